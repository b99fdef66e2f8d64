import Catalogers
import Fetching
import Foundation
import SovScanKit
import SovScanModel
import Testing

/// The Maven oracle's worlds (a local repository and a project for which real Maven 3.8.7 wrote the answer) served
/// as a remote repository on loopback: `--online --maven-remote` must give exactly what `--maven-repo` gives, which
/// `MavenOracleTests` proves equal to real Maven. The committed cases always run; `MAVEN_ORACLE_CASES` (set by
/// scripts/maven-oracle.sh) adds freshly generated ones.
@Suite(.serialized) struct OnlineMavenOracleTests {
    static var cases: [String] {
        let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CatalogersTests/Fixtures/maven/oracle").path
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: committed)) ?? []).sorted()
        let generated = ProcessInfo.processInfo.environment["MAVEN_ORACLE_CASES"]?.split(separator: ":").map(String.init) ?? []
        return entries.map { committed + "/" + $0 } + generated
    }

    /// What a resolution is compared by: every component with scope and flags, every edge.
    static func summary(_ inventory: Inventory) -> [String] {
        inventory.systems.flatMap { system in
            system.components.map { "\($0.purl) \($0.scope) optional=\($0.isOptional) direct=\($0.isDirect)" }
                + system.graph.edges.map { "\($0.from) -> \($0.to) \($0.scope)" }
        }.sorted()
    }

    /// A copy of a local repository laid out as a remote one: every artifact folder has the `maven-metadata.xml`
    /// a remote repository publishes (a local repository's `maven-metadata-local.xml`, or one listing the version
    /// folders), since a remote repository cannot be listed.
    static func asRemoteRepository(_ local: String) throws -> TemporaryFolder {
        let copy = try TemporaryFolder()
        let target = copy.url.appendingPathComponent("repository")
        try FileManager.default.copyItem(atPath: local, toPath: target.path)
        let files = FileManager.default.enumerator(atPath: target.path)?.compactMap { $0 as? String } ?? []
        let pomFolders = Set(files.filter { $0.hasSuffix(".pom") }.map {
            (($0 as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        })
        for artifact in pomFolders {
            let folder = target.path + "/" + artifact
            let published = folder + "/maven-metadata.xml"
            if FileManager.default.fileExists(atPath: folder + "/maven-metadata-local.xml") {
                try FileManager.default.copyItem(atPath: folder + "/maven-metadata-local.xml", toPath: published)
                continue
            }
            let versions = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder) && isFolder.boolValue
            }.sorted()
            let listed = versions.map { "<version>\($0)</version>" }.joined()
            try Data("<metadata><versioning><versions>\(listed)</versions></versioning></metadata>".utf8)
                .write(to: URL(fileURLWithPath: published))
        }
        return try TemporaryFolder.wrapping(copy, child: "repository")
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func remoteRepositoryResolvesAsTheLocalOne() throws {
        let cases = Self.cases
        #expect(cases.count >= 4, "the committed oracle cases are missing")
        var http = HTTPClientTests.testConfiguration
        http.maximumConcurrentTransfers = 4
        for folder in cases {
            let project = folder + "/project"
            let local = Scanner(options: ScanOptions(catalog: CatalogOptions(mavenRepository: folder + "/m2"),
                                                     fetch: FetchOptions(home: folder)))
            let expected = Self.summary(local.scan(paths: [project]))
            let served = try Self.asRemoteRepository(folder + "/m2")
            let server = try LoopbackServer(root: served.url)
            let cache = try TemporaryFolder()
            let empty = try TemporaryFolder()
            let online = Scanner(options: ScanOptions(
                catalog: CatalogOptions(mavenRepository: empty.path),
                fetch: FetchOptions(online: true, cacheDirectory: cache.path, mavenRemotes: [server.url], home: folder,
                                    http: http)))
            let inventory = online.scan(paths: [project])
            #expect(Self.summary(inventory) == expected, "\(folder)")
            #expect(!inventory.allDiagnostics.contains { $0.message.contains("requests to") }, "\(folder): a fetch failed")
            // A second run from the cache alone, with the server gone, resolves the same.
            server.stop()
            let cached = Scanner(options: ScanOptions(
                catalog: CatalogOptions(mavenRepository: empty.path),
                fetch: FetchOptions(online: false, cacheDirectory: cache.path, home: folder)))
            #expect(Self.summary(cached.scan(paths: [project])) == expected, "\(folder) from the cache")
        }
    }
}
