import Foundation
import Licenses
import Policy
import SovScanKit
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

    /// The pipeline on the inventory: licences concluded, then classified and analysed with the bundled rules.
    static func subjects(_ inventory: Inventory = inventory()) throws
        -> (subjects: [PolicySubject], knowledge: LicenseKnowledge) {
        let enricher = try LicenseEnricher(rulesDirectory: rules)
        var inventory = inventory
        for index in inventory.systems[0].components.indices {
            var concluded = enricher.conclude(inventory.systems[0].components[index], root: ".")
            concluded.category = enricher.category(of: concluded)
            let status = enricher.isOSS(concluded)
            concluded.isOSS = status == .unknown ? nil : status == .yes
            inventory.systems[0].components[index].concludedLicense = concluded
        }
        let scanner = Scanner(options: ScanOptions(rulesDirectory: rules), catalogers: [], licenses: enricher,
                              classification: ClassificationStage(ruleDirectories: [rules]))
        let result = scanner.analyse(inventory)
        let subjects = PolicySubjectBuilder.subjects(result.inventory.systems, classified: result.classified,
                                                     analyses: result.analysis.systems, cutoffs: result.analysis.options.cutoffs)
        return (subjects, PolicySubjectBuilder.knowledge(enricher.normalizer.resolver.list))
    }

    @Test func classificationFactsReachTheJudge() throws {
        let (subjects, knowledge) = try Self.subjects()
        #expect(knowledge.category(of: "MIT") == .permissive)
        #expect(knowledge.category(of: "AGPL-3.0-only") == .networkCopyleft)
        #expect(knowledge.isKnown("Apache-2.0") && !knowledge.isKnown("Apache2"))
        let subject = try #require(subjects.first)
        let s3 = try #require(subject.facts[TestSupport.purl("pkg:maven/software.amazon.awssdk/s3@2.25.0")])
        #expect(s3.binding?.platform == "AWS" && s3.binding?.kind == "cloud" && s3.binding?.bloc == "US")
        let elastic = try #require(subject.facts[TestSupport.purl("pkg:maven/org.elasticsearch/elasticsearch@7.17.0")])
        #expect(elastic.relicensing.map(\.event).contains("elasticsearch-7.11"))
        #expect(subject.inventory.components.first { $0.name == "postgresql" }?.concludedLicense?.expression == .license(id: "BSD-2-Clause"))
        // Every third-party component with a known licence verdict is rated; an unknown licence is not.
        for component in subject.inventory.components where !component.isFirstParty {
            let seal = subject.facts[component.purl]?.seal
            if component.concludedLicense?.isOSS != nil { #expect(seal != nil, "\(component.purl)") }
        }
        #expect(elastic.seal != nil, "the relicensing event decides elasticsearch's verdict")
        #expect(subject.seal != nil)

        let policy = try TestSupport.load("""
            extends: [kombit]
            licenses:
              allow: [permissive]
              unknown: deny
            relicensed: deny
            seal: { minimum: 2 }
            """)
        let findings = PolicyJudge(policy: policy, knowledge: knowledge, today: TestSupport.day).judge(subjects)
        let keys = Set(findings.map { "\($0.component?.name ?? "")/\($0.rule.rawValue)" })
        #expect(keys.contains("s3/binding-bloc-not-allowed"))
        #expect(keys.contains("elasticsearch/relicensed-version"))
        #expect(keys.contains("elasticsearch/license-not-allowed"))
        #expect(keys.contains("mystery/license-unknown"))
        #expect(!keys.contains { $0.hasPrefix("postgresql/") }, "\(keys.sorted())")
        #expect(findings.first { $0.rule == .bindingBlocNotAllowed }?.location?.line == 10)
    }

    /// The AWS SDK of a test-scoped component serves development only: its binding reaches no judge (issue 15,
    /// twentieth session), while the shipped S3 client's still does.
    @Test func aDevelopmentOnlyBindingIsNotJudged() throws {
        var inventory = Self.inventory()
        let cloudWatch = TestSupport.purl("pkg:maven/software.amazon.awssdk/cloudwatch@2.25.0")
        inventory.systems[0].components.append(Component(
            purl: cloudWatch, ecosystem: .maven, group: cloudWatch.namespace, name: cloudWatch.name,
            version: cloudWatch.version, scope: .test, isDirect: true,
            declaredLicenses: [DeclaredLicense(text: "Apache License, Version 2.0", source: .manifest)],
            locations: [SovScanModel.SourceLocation(file: "pom.xml", line: 14)]))
        inventory.systems[0].components.sort { $0.purl < $1.purl }
        let (subjects, knowledge) = try Self.subjects(inventory)
        let subject = try #require(subjects.first)
        #expect(subject.facts[cloudWatch]?.level == .developmentTooling)
        #expect(subject.facts[cloudWatch]?.binding == nil)
        let policy = try TestSupport.load("""
            bindings:
              require-exit-plan: true
            """)
        let findings = PolicyJudge(policy: policy, knowledge: knowledge, today: TestSupport.day).judge(subjects)
        let bound = Set(findings.filter { $0.rule == .bindingWithoutExitPlan }.compactMap { $0.component?.name })
        #expect(bound == ["s3"])
    }

    @Test func withoutClassificationOnlyTheInventoryIsJudged() throws {
        let subject = PolicySubjectBuilder.subject(Self.inventory().systems[0], classified: nil, analysis: nil, cutoffs: .stil)
        #expect(subject.facts.isEmpty && subject.shares.isEmpty && subject.seal == nil)
        #expect(subject.inventory.components.count == 4)
        #expect(!PolicySubjectBuilder.knowledge(nil).isKnown("MIT"))
    }
}
