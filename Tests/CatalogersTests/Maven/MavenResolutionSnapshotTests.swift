import Catalogers
import Foundation
import SovScanModel
import Testing

/// Guards the Maven resolver's results while its internals change (issue 17): every Maven fixture (reactor,
/// inheritance, BOMs, mediation, undefined properties, the committed oracle worlds) and a generated chain of
/// modules that are each other's parents and dependencies are catalogued, and the complete result (every
/// component with all its fields, every edge, every diagnostic, one JSON object a line) must equal
/// `Fixtures/maven/snapshot/catalog.jsonl`, recorded from the resolver before its speed-ups.
/// `SOVSCAN_UPDATE_MAVEN_SNAPSHOT=1` rewrites the recording (only when a change of result is intended).
/// `SOVSCAN_MAVEN_DUMP=OUT:FOLDER[:FOLDER...]` writes the same dump of other builds (a corpus, generated oracle
/// worlds; `FOLDER/project` with `FOLDER/m2` when present) to OUT, to compare two versions of the resolver.
@Suite struct MavenResolutionSnapshotTests {
    /// The fixture builds: (name in the dump, scanned folder, local repository).
    static var fixtures: [(name: String, root: String, repository: String)] {
        var list: [(String, String, String)] = [
            ("reactor", "reactor", "reactor/m2"),
            ("resolution", "resolution/project", "resolution/m2"),
            ("bom", "bom/project", "bom/m2"),
            ("inheritance", "inheritance/app", "inheritance/m2"),
            ("undefined-properties", "undefined-properties", "undefined-properties/m2"),
        ]
        let oracle = MavenFixtures.path("oracle")
        for seed in ((try? FileManager.default.contentsOfDirectory(atPath: oracle)) ?? []).sorted() {
            list.append(("oracle/" + seed, "oracle/\(seed)/project", "oracle/\(seed)/m2"))
        }
        return list.map { ($0.0, MavenFixtures.path($0.1), MavenFixtures.path($0.2)) }
    }

    @Test func fixturesResolveAsRecorded() throws {
        let chain = try ModuleChain(count: 40)
        defer { chain.remove() }
        var lines: [String] = []
        for fixture in Self.fixtures + [("generated chain of 40 modules", chain.root, chain.root + "/m2")] {
            lines += Self.dump(name: fixture.name, root: fixture.root, repository: fixture.repository)
        }
        let text = lines.joined(separator: "\n") + "\n"
        let recorded = Self.snapshotSourcePath
        if ProcessInfo.processInfo.environment["SOVSCAN_UPDATE_MAVEN_SNAPSHOT"] == "1" {
            try Data(text.utf8).write(to: URL(fileURLWithPath: recorded))
            return
        }
        let expected = String(decoding: MavenFixtures.bytes("snapshot/catalog.jsonl"), as: UTF8.self)
        #expect(!expected.isEmpty, "the recorded snapshot is missing")
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(expectedLines.count == actualLines.count, "line counts differ")
        if let (index, (want, got)) = firstDifference {
            Issue.record("line \(index + 1) differs:\n  recorded \(want)\n  now      \(got)")
        }
        #expect(text.contains("pkg:maven/g/m40@1?type=pom"), "the chain's last module is in the dump")
    }

    @Test func dumpOfGivenFolders() throws {
        guard let spec = ProcessInfo.processInfo.environment["SOVSCAN_MAVEN_DUMP"], !spec.isEmpty else {
            print("skipped: SOVSCAN_MAVEN_DUMP is not set")
            return
        }
        let parts = spec.split(separator: ":").map(String.init)
        var lines: [String] = []
        for folder in parts.dropFirst() {
            let hasProject = FileManager.default.fileExists(atPath: folder + "/project")
            let root = hasProject ? folder + "/project" : folder
            lines += Self.dump(name: folder, root: root, repository: folder + "/m2")
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: parts[0]))
        #expect(lines.count > parts.count - 1)
    }

    /// The cataloguer's whole answer for one build, a JSON object a line (keys sorted).
    static func dump(name: String, root: String, repository: String) -> [String] {
        let manifests = Discovery().manifests(under: root).files
        let context = CatalogContext(root: root, options: CatalogOptions(mavenRepository: repository))
        let result = MavenCataloger().catalog(manifests, in: context)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ kind: String, _ value: some Encodable) -> String {
            let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "unencodable"
            // Absolute paths differ between machines: the root is written as `ROOT`.
            return kind + " " + json.replacingOccurrences(of: root, with: "ROOT")
                .replacingOccurrences(of: repository, with: "REPOSITORY")
        }
        return ["# " + name]
            + result.components.map { line("component", $0) }
            + result.edges.map { line("edge", $0) }
            + result.diagnostics.map { line("diagnostic", $0) }
    }

    /// Where the recording lives in the source tree (the bundle holds a copy).
    private static var snapshotSourcePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/maven/snapshot/catalog.jsonl").path
    }
}

/// A generated build of `count` modules, each the parent of the next and depending on it (module n inherits n - 1
/// direct dependencies), with an empty local repository; written to a temporary folder.
struct ModuleChain {
    let root: String

    init(count: Int) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-chain-\(UUID().uuidString)").path
        let modules = (1...count).map { "<module>m\($0)</module>" }.joined()
        try Self.write(root + "/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                       + "<artifactId>m0</artifactId><version>1</version><packaging>pom</packaging>"
                       + "<modules>\(modules)</modules></project>")
        for index in 1...count {
            let parent = index == 1 ? "../pom.xml" : "../m\(index - 1)/pom.xml"
            let dependency = index == 1 ? "" : "<dependencies><dependency><groupId>g</groupId><artifactId>m\(index - 1)"
                + "</artifactId><version>1</version></dependency></dependencies>"
            try Self.write(root + "/m\(index)/pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><parent><groupId>g</groupId><artifactId>m\(index - 1)</artifactId>
            <version>1</version><relativePath>\(parent)</relativePath></parent><artifactId>m\(index)</artifactId>
            <packaging>pom</packaging>\(dependency)</project>
            """)
        }
        try FileManager.default.createDirectory(atPath: root + "/m2", withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    private static func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
