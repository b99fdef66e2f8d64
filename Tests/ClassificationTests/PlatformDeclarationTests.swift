import Foundation
import Testing
import Yams
@testable import Classification
import SovScanModel

/// Issue 15, pattern 5: a system declares the provider really behind a binding (`platforms:`); the declaration
/// replaces the provider inferred from the SDK, with its country and bloc, and says so in the explanation.
@Suite struct PlatformDeclarationTests {
    let rules = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules

    private func parse(_ yaml: String) throws -> (declarations: [PlatformDeclaration], diagnostics: [Diagnostic]) {
        let node = try #require(try Yams.compose(yaml: yaml))
        return PlatformDeclaration.parse(node, file: ".sovscan.yml")
    }

    private func classify(_ platforms: [PlatformDeclaration]) throws -> Classification {
        let system = SystemInventory(name: "s", root: "/s", components: [
            try component("pkg:maven/com.example/app@1.0", firstParty: true),
            try component("pkg:maven/com.acme.cloud/storage@2.0", direct: true),
        ], graph: DependencyGraph(edges: [try edge("pkg:maven/com.example/app@1.0", "pkg:maven/com.acme.cloud/storage@2.0")]))
        let result = Classifier(rules: rules).classify(system, platforms: platforms) { _ in
            LicenseFacts(category: .permissive, isOSS: true)
        }
        return try #require(result.classification(of: try PackageURL(parsing: "pkg:maven/com.acme.cloud/storage@2.0")))
    }

    @Test func readsDeclarationsWithTheirLines() throws {
        let parsed = try parse("""
            - binding: acme-cloud
              provider: EU Cloud
              vendor: eu-cloud
              note: S3-compatible storage
            - binding: OtherCloud
              provider: Nordic Hosting
              country: DK
              proprietary: false
            """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.declarations.map(\.binding) == ["acme-cloud", "OtherCloud"])
        #expect(parsed.declarations[0].vendor == "eu-cloud")
        #expect(parsed.declarations[0].note == "S3-compatible storage")
        #expect(parsed.declarations[1].country == "DK")
        #expect(parsed.declarations[1].proprietary == false)
        #expect(parsed.declarations[1].location == SourceLocation(file: ".sovscan.yml", line: 5, column: 3))
    }

    @Test func badEntriesAreErrorsWithLinesAndTheGoodOnesStay() throws {
        let parsed = try parse("""
            - binding: acme-cloud
              provider: EU Cloud
              country: Germany
            - binding: acme-cloud
              provider: EU Cloud
              region: eu-de
            - provider: Nowhere
            - binding: acme-cloud
              provider: EU Cloud
              country: DE
            - binding: ACME-CLOUD
              provider: Twice
            """)
        #expect(parsed.declarations.count == 1)
        #expect(parsed.declarations.first?.country == "DE")
        let messages = parsed.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3: country: 'Germany' is not an ISO 3166-1 alpha-2 code") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("6: platform declaration: unknown key 'region'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("7: platform declaration: missing required key 'binding'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("11: binding 'ACME-CLOUD' is declared twice") }, "\(messages)")
        #expect(try parse("platforms: yes").diagnostics.first?.message.contains("must be a list") == true)
    }

    @Test func aDeclaredVendorReplacesTheInferredProvider() throws {
        let declaration = PlatformDeclaration(binding: "acme-cloud", provider: "EU Cloud", vendor: "eu-cloud",
                                              location: SourceLocation(file: ".sovscan.yml", line: 4))
        let item = try classify([declaration])
        let binding = try #require(item.binding)
        #expect(binding.platform == "EU Cloud")
        #expect(binding.inferredPlatform == "AcmeCloud")
        #expect(binding.isDeclared)
        #expect(binding.vendor?.id == "eu-cloud")
        #expect(binding.vendor?.bloc == .eu)
        #expect(binding.proprietary)
        let decisions = item.explanation.filter { $0.fact == "binding" }
        #expect(decisions.map(\.value) == ["AcmeCloud", "EU Cloud"])
        #expect(decisions.last?.location == SourceLocation(file: ".sovscan.yml", line: 4))
        #expect(decisions.last?.reason.contains("declared: the system runs AcmeCloud's API at EU Cloud (EU Cloud GmbH, DE)") == true,
                "\(decisions)")
        // The SDK's own vendor stays the technology's steward.
        #expect(item.vendor?.id == "acme")
    }

    @Test func aDeclarationByPlatformNameWithACountryOnly() throws {
        let item = try classify([PlatformDeclaration(binding: "acmecloud", provider: "Nordic Hosting", country: "NO",
                                                     proprietary: false)])
        let binding = try #require(item.binding)
        #expect(binding.platform == "Nordic Hosting")
        #expect(binding.vendor?.name == "Nordic Hosting")
        #expect(binding.vendor?.country == "NO")
        #expect(binding.vendor?.bloc == .eu)
        #expect(binding.proprietary == false)
    }

    @Test func aDeclarationForAnotherBindingChangesNothing() throws {
        let item = try classify([PlatformDeclaration(binding: "eu-cloud", provider: "Somewhere", country: "US")])
        let binding = try #require(item.binding)
        #expect(binding.platform == "AcmeCloud")
        #expect(!binding.isDeclared)
        #expect(binding.inferredPlatform == nil)
        #expect(binding.vendor?.id == "acme")
        #expect(item.explanation.filter { $0.fact == "binding" }.count == 1)
    }

    @Test func validationNamesUnknownBindingsAndVendors() {
        let problems = PlatformDeclaration.validate([
            PlatformDeclaration(binding: "acme-cloud", provider: "EU Cloud", vendor: "eu-cloud"),
            PlatformDeclaration(binding: "mystery-cloud", provider: "X", country: "DE"),
            PlatformDeclaration(binding: "EUCloud", provider: "Y", vendor: "nobody"),
            PlatformDeclaration(binding: "eu-cloud", provider: "Z"),
        ], against: rules)
        #expect(problems.map(\.message) == [
            "platforms: no binding rule has the id or platform 'mystery-cloud'",
            "platforms: vendor 'nobody' is not in the rules' vendors",
            "platforms: 'eu-cloud' names neither a country nor a vendor; its bloc is unknown",
        ])
        #expect(problems.map(\.severity) == [.error, .error, .warning])
    }
}
