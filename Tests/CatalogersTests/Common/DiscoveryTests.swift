import Foundation
import Testing
@testable import Catalogers
import SovScanModel

struct DiscoveryTests {
    /// A temporary folder tree; removed when the test ends.
    final class Tree {
        let root: URL

        init(_ files: [String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-discovery-\(UUID().uuidString)")
            for file in files {
                let url = root.appendingPathComponent(file)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("{}".utf8).write(to: url)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    @Test func findsManifestsAndSkipsBuildFolders() throws {
        let tree = try Tree([
            "pom.xml", "backend/pom.xml", "backend/target/classes/pom.xml",
            "frontend/package.json", "frontend/package-lock.json", "frontend/node_modules/x/package.json",
            "app/Package.swift", "app/Package.resolved", "app/.build/checkouts/y/Package.swift",
            ".git/pom.xml", "docs/readme.md", "web/yarn.lock", "web/pnpm-lock.yaml",
        ])
        let found = Discovery().manifests(under: tree.root.path)
        #expect(found.diagnostics.isEmpty)
        #expect(found.files.map(\.relativePath) == [
            "app/Package.resolved", "app/Package.swift", "backend/pom.xml",
            "frontend/package-lock.json", "frontend/package.json", "pom.xml", "web/pnpm-lock.yaml", "web/yarn.lock",
        ])
        #expect(found.files.first { $0.relativePath == "web/yarn.lock" }?.kind == .yarnLock)
    }

    @Test func excludesByNameAndByPath() throws {
        let tree = try Tree(["a/pom.xml", "examples/b/pom.xml", "c/examples/pom.xml", "d/package.json"])
        let byName = Discovery(excludes: [try Glob("examples")]).manifests(under: tree.root.path)
        #expect(byName.files.map(\.relativePath) == ["a/pom.xml", "d/package.json"])
        let byPath = Discovery(excludes: [try Glob("examples/**")]).manifests(under: tree.root.path)
        #expect(byPath.files.map(\.relativePath) == ["a/pom.xml", "c/examples/pom.xml", "d/package.json"])
    }

    @Test func symlinkLoopsEnd() throws {
        let tree = try Tree(["a/pom.xml"])
        try FileManager.default.createSymbolicLink(atPath: tree.root.appendingPathComponent("a/loop").path,
                                                   withDestinationPath: tree.root.appendingPathComponent("a").path)
        try FileManager.default.createSymbolicLink(atPath: tree.root.appendingPathComponent("self").path,
                                                   withDestinationPath: ".")
        let found = Discovery().manifests(under: tree.root.path)
        #expect(found.files.map(\.relativePath) == ["a/pom.xml"])
    }

    @Test func unreadableFolderIsADiagnostic() throws {
        guard getuid() != 0 else {
            print("skipped: running as root, a folder cannot be made unreadable")
            return
        }
        let tree = try Tree(["ok/pom.xml", "locked/pom.xml"])
        let locked = tree.root.appendingPathComponent("locked").path
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        let found = Discovery().manifests(under: tree.root.path)
        #expect(found.files.map(\.relativePath) == ["ok/pom.xml"])
        #expect(found.diagnostics.first?.location?.file == "locked")
    }

    @Test func missingFileReadIsADiagnostic() {
        let result = FileReader().read("/nonexistent/sovscan/pom.xml", reportedAs: "pom.xml")
        guard case .failure(let diagnostic) = result else {
            Issue.record("reading a missing file succeeded")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.file == "pom.xml")
    }

    @Test func oversizedFileIsRefused() throws {
        let tree = try Tree(["package.json"])
        let result = FileReader(maximumSize: 1).read(tree.root.appendingPathComponent("package.json").path, reportedAs: "package.json")
        guard case .failure(let diagnostic) = result else {
            Issue.record("an oversized file was read")
            return
        }
        #expect(diagnostic.message.contains("limit"))
    }
}
