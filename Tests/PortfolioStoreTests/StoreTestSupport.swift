import CLITestSupport
import Foundation
import Testing

/// Runs the built `sovscan` binary and lays out systems from the fixtures in temporary folders.
enum StoreTestSupport {
    typealias Run = SovScanRun

    /// The `sovscan` binary built beside the test bundle.
    static var binary: URL? { SovScanCLI.binary }

    /// A fixture folder or file under Fixtures/.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: (Bundle.module.resourcePath ?? ".") + "/Fixtures/" + name)
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Replaces the files of `folder` (all but `.git` and `.sovscan`) with a fixture's, as a new commit would.
    static func checkOut(_ fixture: String, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder.path) where entry != ".git" && entry != ".sovscan" {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
        }
        let source = Self.fixture(fixture)
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: folder.appendingPathComponent(entry))
        }
    }

    /// Writes a `.git` folder whose HEAD is `branch` at `commit` (a loose ref).
    static func writeGit(in folder: URL, branch: String, commit: String) throws {
        let git = folder.appendingPathComponent(".git")
        let reference = git.appendingPathComponent("refs/heads/\(branch)")
        try FileManager.default.createDirectory(at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("ref: refs/heads/\(branch)\n".utf8).write(to: git.appendingPathComponent("HEAD"))
        try Data((commit + "\n").utf8).write(to: reference)
    }

    /// Starts `sovscan` with arguments and extra environment; the caller waits.
    static func start(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil,
                      prefix: [String] = []) throws -> (Process, Pipe, Pipe) {
        try SovScanCLI.start(arguments, in: folder, environment: environment, prefix: prefix)
    }

    /// Runs `sovscan` to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil,
                    prefix: [String] = []) throws -> Run {
        try SovScanCLI.run(arguments, in: folder, environment: environment, prefix: prefix)
    }

    /// Parses JSON output.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}
