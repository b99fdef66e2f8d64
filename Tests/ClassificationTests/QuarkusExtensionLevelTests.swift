import Foundation
import SovScanModel
import Testing
@testable import Classification

/// A Quarkus extension takes the level of what it integrates, as a Spring Boot starter does (thirteenth sample:
/// pagoPA's FdR service), while its deployment artefact stays build time and test support stays tooling whatever
/// scope the POM gives it.
@Suite struct QuarkusExtensionLevelTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func levels(_ purls: [String]) throws -> [String: String] {
        let system = SystemInventory(name: "fdr", root: "/fdr", components: try purls.map {
            try component($0, scope: .compile, direct: true)
        })
        let result = classifier.classify(system) { _ in nil }
        var found: [String: String] = [:]
        for purl in purls {
            found[purl] = try #require(result.classification(of: try PackageURL(parsing: purl))).level?.rawValue
        }
        return found
    }

    @Test func extensionsTakeTheLevelOfWhatTheyIntegrate() throws {
        let expected = [
            "pkg:maven/io.quarkus/quarkus-jdbc-postgresql@3.15.1": "database",
            "pkg:maven/io.quarkus/quarkus-mongodb-panache@3.15.1": "database",
            "pkg:maven/io.quarkus/quarkus-smallrye-health@3.15.1": "ops-support",
            "pkg:maven/io.quarkus/quarkus-micrometer-registry-prometheus@3.15.1": "ops-support",
            "pkg:maven/io.quarkus/quarkus-messaging-kafka@3.15.1": "middleware",
            "pkg:maven/io.quarkus/quarkus-rest@3.15.1": "backend",
            "pkg:maven/io.quarkus/quarkus-jdbc-postgresql-deployment@3.15.1": "development-tooling",
            "pkg:maven/io.quarkus/quarkus-junit5@3.15.1": "development-tooling",
            "pkg:maven/io.quarkiverse.mockserver/quarkus-mockserver-test@1.0.0": "development-tooling",
            "pkg:maven/jakarta.jms/jakarta.jms-api@3.1.0": "middleware",
            "pkg:maven/org.eclipse.microprofile.health/microprofile-health-api@4.0.1": "ops-support",
            "pkg:maven/org.eclipse.microprofile.jwt/microprofile-jwt-auth-api@2.1": "backend",
        ]
        let found = try levels(Array(expected.keys))
        for (purl, level) in expected { #expect(found[purl] == level, "\(purl): \(found[purl] ?? "none")") }
    }
    /// Quarkiverse's OpenTelemetry exporters send telemetry to one cloud's monitoring: operations support, bound to
    /// that cloud (sixteenth sample: pagoPA's mil-auth exports to Azure Monitor).
    @Test func telemetryExportersBindTheirCloud() throws {
        for (name, platform) in [("azure", "Azure"), ("gcp", "Google Cloud")] {
            let purl = try PackageURL(parsing: "pkg:maven/io.quarkiverse.opentelemetry.exporter/quarkus-opentelemetry-exporter-\(name)@3.16.2.0")
            let match = classifier.match(purl)
            #expect(match.technology?.level == .opsSupport, "\(name)")
            #expect(match.technology?.vendor == "commonhaus", "\(name)")
            #expect(match.binding?.platform == platform, "\(name)")
        }
    }
}
