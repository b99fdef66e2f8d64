import Catalogers
import Classification
import Foundation
import SovScanKit
import SovScanModel
import Testing

/// A relicensing event decides the licence verdict of a version whose licence nothing else states (issue 15,
/// pattern 6): Elasticsearch >= 7.11 is source-available, iText 5 is AGPL (network copyleft, OSS); an earlier
/// Elasticsearch stays unknown, and a declared licence is never overridden.
struct RelicensedLicenceTests {
    @Test func eventLicenceStandsInForAnUnknownLicence() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-relicensed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func dependency(_ group: String, _ artifact: String, _ version: String) -> String {
            "<dependency><groupId>\(group)</groupId><artifactId>\(artifact)</artifactId><version>\(version)</version></dependency>"
        }
        try Data("""
            <project><modelVersion>4.0.0</modelVersion><groupId>dk.example</groupId><artifactId>app</artifactId><version>1</version>
            <dependencies>\(dependency("org.elasticsearch", "elasticsearch", "7.17.0"))\(dependency("com.itextpdf", "itextpdf", "5.5.13"))
            \(dependency("org.elasticsearch.client", "transport", "7.10.2"))</dependencies></project>
            """.utf8).write(to: folder.appendingPathComponent("pom.xml"))
        let empty = folder.appendingPathComponent("m2").path
        let result = Scanner(options: ScanOptions(catalog: CatalogOptions(mavenRepository: empty)))
            .run(paths: [folder.path])
        let system = try #require(result.classified.first)
        let elastic = try #require(system.classification(of: PackageURL(parsing: "pkg:maven/org.elasticsearch/elasticsearch@7.17.0")))
        #expect(elastic.license.category == .sourceAvailable)
        #expect(elastic.license.effectiveOSS == false)
        #expect(elastic.explanation.contains { $0.fact == "license" && $0.rule == "elasticsearch-7.11" })
        let itext = try #require(system.classification(of: PackageURL(parsing: "pkg:maven/com.itextpdf/itextpdf@5.5.13")))
        #expect(itext.license.category == .networkCopyleft)
        #expect(itext.license.effectiveOSS == true)
        let older = try #require(system.classification(of: PackageURL(parsing: "pkg:maven/org.elasticsearch.client/transport@7.10.2")))
        #expect(older.license.category == .unknown)
    }

    /// The container images a compose file names are matched as their purls are written: Docker Hub's official
    /// images under `library/`, a vendor's registry with its host (the relicensing patterns once named
    /// `pkg:docker/mongo`, which no scanned image has).
    @Test func containerImagesOfRelicensedServersAreMatched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-relicensed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            services:
              db: { image: "mongo:7.0" }
              cache: { image: "redis:7.4.1" }
              old-cache: { image: "redis:7.2.4" }
              search: { image: "docker.elastic.co/elasticsearch/elasticsearch:8.15.0" }
              vault: { image: "hashicorp/vault:1.17.2" }
            """.utf8).write(to: folder.appendingPathComponent("docker-compose.yml"))
        let system = try #require(Scanner().run(paths: [folder.path]).classified.first)
        for (purl, event) in [("pkg:docker/library/mongo@7.0", "mongodb-sspl"), ("pkg:docker/library/redis@7.4.1", "redis-7.4"),
                              ("pkg:docker/docker.elastic.co/elasticsearch/elasticsearch@8.15.0", "elasticsearch-7.11"),
                              ("pkg:docker/hashicorp/vault@1.17.2", "vault-bsl")] {
            let image = try #require(system.classification(of: PackageURL(parsing: purl)), "\(purl)")
            #expect(image.relicensing.map(\.event).contains(event), "\(purl)")
            #expect(image.license.effectiveOSS == false, "\(purl)")
        }
        let older = try #require(system.classification(of: PackageURL(parsing: "pkg:docker/library/redis@7.2.4")))
        #expect(older.relicensing.isEmpty)
    }
}
