import Foundation
import Policy
import SovScanModel
import Testing

/// The bundled rules feed the policy: licence categories, bindings, relicensing, SEAL and shares reach the judge.
struct PolicySubjectBuilderTests {
    static let rules = TestSupport.repositoryRoot.appendingPathComponent("Rules")

    static func inventory() -> Inventory {
        func component(_ purl: String, _ license: String?, line: Int) -> Component {
            let parsed = TestSupport.purl(purl)
            return Component(purl: parsed, ecosystem: Ecosystem(purlType: parsed.type), group: parsed.namespace,
                             name: parsed.name, version: parsed.version, isDirect: true,
                             declaredLicenses: license.map { [DeclaredLicense(text: $0, source: .manifest)] } ?? [],
                             locations: [SovScanModel.SourceLocation(file: "pom.xml", line: line)])
        }
        let system = SystemInventory(name: "sag", root: ".", components: [
            component("pkg:maven/software.amazon.awssdk/s3@2.25.0", "Apache License, Version 2.0", line: 10),
            component("pkg:maven/org.elasticsearch/elasticsearch@7.17.0", "Elastic License 2.0", line: 11),
            component("pkg:maven/org.postgresql/postgresql@42.7.4", "BSD-2-Clause", line: 12),
            component("pkg:maven/com.example/mystery@1.0", nil, line: 13),
        ])
        return Inventory(systems: [system])
    }

    @Test func classificationFactsReachTheJudge() throws {
        let builder = try PolicySubjectBuilder(rulesDirectory: Self.rules)
        #expect(builder.ruleDiagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(builder.knowledge.category(of: "MIT") == .permissive)
        #expect(builder.knowledge.category(of: "AGPL-3.0-only") == .networkCopyleft)
        let subjects = builder.subjects(for: Self.inventory())
        let subject = try #require(subjects.first)
        let s3 = try #require(subject.facts[TestSupport.purl("pkg:maven/software.amazon.awssdk/s3@2.25.0")])
        #expect(s3.binding?.platform == "AWS" && s3.binding?.kind == "cloud" && s3.binding?.bloc == "US")
        let elastic = try #require(subject.facts[TestSupport.purl("pkg:maven/org.elasticsearch/elasticsearch@7.17.0")])
        #expect(elastic.relicensing.map(\.event).contains("elasticsearch-7.11"))
        #expect(subject.inventory.components.first { $0.name == "postgresql" }?.concludedLicense?.expression == .license(id: "BSD-2-Clause"))
        #expect(subject.facts.values.allSatisfy { $0.seal != nil })
        #expect(subject.seal != nil)

        let policy = try TestSupport.load("""
            extends: [kombit]
            licenses:
              allow: [permissive]
              unknown: deny
            relicensed: deny
            seal: { minimum: 2 }
            """)
        let findings = PolicyJudge(policy: policy, knowledge: builder.knowledge, today: TestSupport.day).judge(subjects)
        let keys = Set(findings.map { "\($0.component?.name ?? "")/\($0.rule.rawValue)" })
        #expect(keys.contains("s3/binding-bloc-not-allowed"))
        #expect(keys.contains("elasticsearch/relicensed-version"))
        #expect(keys.contains("elasticsearch/license-not-allowed"))
        #expect(keys.contains("mystery/license-unknown"))
        #expect(!keys.contains { $0.hasPrefix("postgresql/") })
        #expect(findings.first { $0.rule == .bindingBlocNotAllowed }?.location?.line == 10)
    }

    @Test func withoutRulesOnlyTheInventoryIsJudged() throws {
        let builder = PolicySubjectBuilder(enricher: nil, classifier: nil)
        let subject = try #require(builder.subjects(for: Self.inventory()).first)
        #expect(subject.facts.isEmpty && subject.shares.isEmpty && subject.seal == nil)
        #expect(subject.inventory.components.allSatisfy { $0.concludedLicense == nil })
    }
}
