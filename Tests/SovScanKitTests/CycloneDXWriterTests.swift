import Foundation
import Reporting
import SovScanModel
import Testing

struct CycloneDXWriterTests {
    private func inventory() throws -> Inventory {
        let app = try PackageURL(parsing: "pkg:npm/sag-frontend@1.4.0")
        let axios = try PackageURL(parsing: "pkg:npm/axios@1.7.7")
        let dual = try PackageURL(parsing: "pkg:npm/dual@1.0.0")
        let hostile = try PackageURL(type: "npm", name: "evil", version: "1.0.0")
        let components = [
            Component(purl: app, ecosystem: .npm, name: "sag-frontend", version: "1.4.0", isFirstParty: true),
            Component(purl: axios, ecosystem: .npm, name: "axios", version: "1.7.7", isDirect: true,
                      concludedLicense: ConcludedLicense(expression: .license(id: "MIT"), confidence: 1, reason: "lockfile"),
                      properties: ["integrity": "sha512-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==", "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz"]),
            Component(purl: dual, ecosystem: .npm, name: "dual", version: "1.0.0", scope: .dev,
                      concludedLicense: ConcludedLicense(expression: .or([.license(id: "MIT"), .license(id: "GPL-3.0-only")]),
                                                         confidence: 1, reason: "lockfile")),
            Component(purl: hostile, ecosystem: .npm, name: "<script>alert(\"x\")</script>\u{202E}", version: "1.0.0", isOptional: true,
                      declaredLicenses: [DeclaredLicense(text: "Custom \"licence\"\nline 2", source: .manifest)]),
        ]
        let graph = DependencyGraph(edges: [DependencyEdge(from: app, to: axios, scope: .runtime),
                                            DependencyEdge(from: app, to: dual, scope: .dev)])
        return Inventory(systems: [SystemInventory(name: "sag", root: "sag", components: components, graph: graph)])
    }

    private func document(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func licencesGoInTheRightField() throws {
        let data = try CycloneDXJSONWriter().write(try inventory(), context: ReportContext(toolVersion: "t", timestamp: Date(timeIntervalSince1970: 0)))
        let components = try #require(try document(data)["components"] as? [[String: Any]])
        func licenses(_ name: String) -> [[String: Any]]? {
            components.first { ($0["purl"] as? String)?.contains(name) == true }?["licenses"] as? [[String: Any]]
        }
        #expect((licenses("axios")?.first?["license"] as? [String: Any])?["id"] as? String == "MIT")
        #expect(licenses("dual")?.first?["expression"] as? String == "MIT OR GPL-3.0-only")
        #expect((licenses("evil")?.first?["license"] as? [String: Any])?["name"] as? String == "Custom \"licence\"\nline 2")
    }

    @Test func scopesHashesReferencesAndGraph() throws {
        let data = try CycloneDXJSONWriter().write(try inventory(), context: ReportContext(toolVersion: "t", timestamp: Date(timeIntervalSince1970: 0)))
        let root = try document(data)
        let components = try #require(root["components"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: components.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["axios"]?["scope"] as? String == "required")
        #expect(byName["dual"]?["scope"] as? String == "excluded")
        #expect(byName["sag-frontend"]?["type"] as? String == "application")
        let hash = (byName["axios"]?["hashes"] as? [[String: String]])?.first
        #expect(hash?["alg"] == "SHA-512")
        #expect(hash?["content"] == "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
        let dependencies = try #require(root["dependencies"] as? [[String: Any]])
        let refs = Set(components.compactMap { $0["bom-ref"] as? String })
        for dependency in dependencies {
            for target in dependency["dependsOn"] as? [String] ?? [] { #expect(refs.contains(target)) }
        }
        let app = dependencies.first { $0["ref"] as? String == "pkg:npm/sag-frontend@1.4.0" }
        #expect(app?["dependsOn"] as? [String] == ["pkg:npm/axios@1.7.7", "pkg:npm/dual@1.0.0"])
        let metadata = try #require(root["metadata"] as? [String: Any])
        #expect(metadata["timestamp"] as? String == "1970-01-01T00:00:00Z")
        #expect(root["specVersion"] as? String == "1.6")
        let serial = try #require(root["serialNumber"] as? String)
        #expect(serial.range(of: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", options: .regularExpression) != nil)
    }

    @Test func outputIsDeterministic() throws {
        let context = ReportContext(toolVersion: "t", timestamp: Date(timeIntervalSince1970: 1_700_000_000))
        let first = try CycloneDXJSONWriter().write(try inventory(), context: context)
        let second = try CycloneDXJSONWriter().write(try inventory(), context: context)
        #expect(first == second)
    }

    @Test func hostileTextStaysInsideJSONStrings() throws {
        let data = try CycloneDXJSONWriter().write(try inventory(), context: ReportContext(toolVersion: "t", timestamp: Date()))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""name" : "Custom \"licence\"\nline 2""#), "newline and quotes are escaped")
        let components = try #require(try document(data)["components"] as? [[String: Any]])
        #expect(components.contains { $0["name"] as? String == "<script>alert(\"x\")</script>\u{202E}" })
    }

    @Test func sourceDateEpochSetsTheTimestamp() {
        let context = ReportContext.fromEnvironment(toolVersion: "t", environment: ["SOURCE_DATE_EPOCH": "86400"])
        #expect(context.isoTimestamp == "1970-01-02T00:00:00Z")
    }

    @Test func formatRequestsParse() throws {
        #expect(try OutputRequest(parsing: "cyclonedx:out/bom.json") == OutputRequest(format: .cyclonedx, file: "out/bom.json"))
        #expect(try OutputRequest(parsing: "TABLE") == OutputRequest(format: .table))
        #expect(throws: OutputRequestError.unknownFormat("bogus")) { try OutputRequest(parsing: "bogus") }
        #expect(throws: OutputRequestError.emptyFile("json:")) { try OutputRequest(parsing: "json:") }
        // The policy formats belong to `check`: scan refuses them with a message that names it.
        #expect(throws: OutputRequestError.policyFindings("sarif")) { try OutputRequest(parsing: "SARIF:out.sarif") }
        #expect(String(describing: OutputRequestError.policyFindings("junit")).contains("sovscan check --format junit"))
        #expect(OutputFormat.policyFindingFormats.allSatisfy { OutputFormat(rawValue: $0) == nil })
    }
}
