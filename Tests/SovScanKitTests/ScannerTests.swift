import Catalogers
import Foundation
import SovScanModel
import Testing
@testable import SovScanKit

/// A cataloger for tests: one component per manifest it is given, named after the manifest's folder, with
/// an edge from the first to every other and one edge to a purl no manifest declares.
private struct FolderCataloger: Cataloger {
    let name = "folders"
    let kinds: Set<ManifestKind> = [.mavenPOM]

    func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let purls = manifests.map { manifest in
            // Every test manifest sits in a folder with a plain name, so the purl is valid.
            try! PackageURL(type: "maven", namespace: "test", name: manifest.directory.isEmpty ? "root" : manifest.directory, version: "1")
        }
        for (manifest, purl) in zip(manifests, purls) {
            result.components.append(Component(purl: purl, ecosystem: .maven, group: "test", name: purl.name, version: "1",
                                               isDirect: true, locations: [SovScanModel.SourceLocation(file: manifest.relativePath, line: 1)]))
        }
        if let first = purls.first {
            result.edges += purls.dropFirst().map { DependencyEdge(from: first, to: $0, scope: .compile) }
            result.edges.append(DependencyEdge(from: first, to: try! PackageURL(parsing: "pkg:maven/test/ghost@1"), scope: .compile))
        }
        if case .failure(let diagnostic) = context.read(ManifestFile(relativePath: "missing.xml", kind: .mavenPOM)) {
            result.diagnostics.append(diagnostic)
        }
        return result
    }
}

struct ScannerTests {
    private func tree(_ files: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-scanner-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("<project/>".utf8).write(to: url)
        }
        return root
    }

    @Test func routesManifestsMergesAndChecksEdges() throws {
        let root = try tree(["pom.xml", "a/pom.xml", "b/pom.xml", "web/package.json"])
        defer { try? FileManager.default.removeItem(at: root) }
        let inventory = Scanner(catalogers: [FolderCataloger()]).scan(paths: [root.path])
        let system = try #require(inventory.systems.first)
        #expect(system.name == root.lastPathComponent)
        #expect(system.manifests == ["a/pom.xml", "b/pom.xml", "pom.xml", "web/package.json"])
        #expect(system.components.map(\.name) == ["a", "b", "root"])
        #expect(system.graph.edges.count == 2, "the edge to the undeclared purl is dropped")
        #expect(system.diagnostics.contains { $0.severity == .warning && $0.message.contains("pkg:maven/test/ghost@1") })
        #expect(system.diagnostics.contains { $0.severity == .error && $0.location?.file == "missing.xml" })
        #expect(inventory.isIncomplete)
    }

    @Test func missingPathIsAScanDiagnosticAndOtherPathsGoOn() throws {
        let root = try tree(["pom.xml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let inventory = Scanner(catalogers: [FolderCataloger()]).scan(paths: ["/nonexistent/sovscan", root.path])
        #expect(inventory.systems.count == 1)
        #expect(inventory.diagnostics.first?.location?.file == "/nonexistent/sovscan")
    }

    @Test func aManifestFileIsScannedAlone() throws {
        let root = try tree(["pom.xml", "a/pom.xml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let inventory = Scanner(catalogers: [FolderCataloger()]).scan(paths: [root.appendingPathComponent("a/pom.xml").path])
        let system = try #require(inventory.systems.first)
        #expect(system.manifests == ["pom.xml"])
        #expect(system.name == "a")
    }

    @Test func excludesApply() throws {
        let root = try tree(["pom.xml", "examples/pom.xml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = ScanOptions(excludes: [try Glob("examples")])
        let inventory = Scanner(options: options, catalogers: [FolderCataloger()]).scan(paths: [root.path])
        #expect(inventory.systems.first?.manifests == ["pom.xml"])
    }

    @Test func bundledRulesAreFoundFromTheSourceTree() throws {
        let rules = try #require(RulesLocator.bundledRules(executable: URL(fileURLWithPath: "/nonexistent/bin/sovscan")))
        #expect(FileManager.default.fileExists(atPath: rules.appendingPathComponent(RulesLocator.markerFile).path))
    }

    @Test func installedLayoutIsPreferred() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let rules = prefix.appendingPathComponent("share/sovscan/Rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Data("format: 1\n".utf8).write(to: rules.appendingPathComponent(RulesLocator.markerFile))
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        let found = RulesLocator.bundledRules(executable: prefix.appendingPathComponent("bin/sovscan"))
        #expect(found?.standardizedFileURL.path == rules.standardizedFileURL.path)
    }
}

struct LicenceFileDedupTests {
    @Test func identicalLicenceFilesAreIdentifiedOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-dedup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in [("a/LICENSE", "MIT text"), ("b/LICENSE", "MIT text"), ("c/LICENSE", "other, longer text"), ("a/NOTICE", "MIT text")] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let kept = LicenseStage.distinctLicenceFiles(["a/LICENSE", "b/LICENSE", "c/LICENSE", "a/NOTICE"], root: root.path)
        #expect(kept == ["a/LICENSE", "c/LICENSE", "a/NOTICE"])
    }
}
