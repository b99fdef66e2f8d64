import Foundation
import Testing

/// Runs the built `sovscan` binary as a user would.
struct CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `sovscan` binary built beside the test bundle.
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ].map { $0.appendingPathComponent("sovscan") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Run {
        let binary = try #require(Self.binary, "the sovscan binary is built with the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? Self.repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func versionAndHelp() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try run(["scan", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format"))
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format 'bogus'"))
    }

    @Test func notYetImplementedFormatIsAUsageError() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "sarif"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not implemented yet"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        #expect(try run(["scan", "--no-such-option"]).status == 2)
    }

    @Test func twoFormatsOnStandardOutputAreRefused() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "json", "--format", "cyclonedx"])
        #expect(result.status == 2)
    }

    @Test func sampleScanPrintsASummary() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--no-color"])
        #expect(result.stdout.contains("System kommune-sag"))
        #expect(result.stdout.contains("manifests:"))
        #expect(!result.stdout.contains("\u{1B}["), "--no-color writes no escape codes")
    }

    @Test func missingPathIsAnIncompleteScan() throws {
        let result = try run(["scan", "/nonexistent/sovscan/path"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("/nonexistent/sovscan/path: error: the path does not exist"))
    }

    @Test func malformedManifestIsReportedAndTheScanGoesOn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bad"), withIntermediateDirectories: true)
        try Data("{\n  \"name\": \"broken\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n".utf8)
            .write(to: folder.appendingPathComponent("bad/package-lock.json"))
        try Data("{\"name\": \"bad\", \"version\": \"1.0.0\"}".utf8).write(to: folder.appendingPathComponent("bad/package.json"))
        let result = try run(["scan", folder.path, "--format", "json"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("\"incomplete\" : true"))
        #expect(result.stdout.contains("bad/package-lock.json"))
    }

    @Test func cycloneDXFileIsByteIdenticalAcrossRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.json").path
        let second = folder.appendingPathComponent("second.json").path
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        _ = try run(["scan", "SampleProjects/kommune-sag", "--format", "cyclonedx:\(first)", "--quiet"], environment: environment)
        _ = try run(["scan", "SampleProjects/kommune-sag", "--format", "cyclonedx:\(second)", "--quiet"], environment: environment)
        let firstData = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(!firstData.isEmpty)
        #expect(firstData == (try Data(contentsOf: URL(fileURLWithPath: second))))
        #expect(String(decoding: firstData, as: UTF8.self).contains("\"timestamp\" : \"2023-11-14T22:13:20Z\""))
    }

    @Test func unwritableOutputIsAnError() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "json:/nonexistent/dir/out.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write"))
    }
}
