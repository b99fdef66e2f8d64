import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Licences known by rule: a technology rule's `license` and `license-source` (issue 15, pattern 6).
@Suite struct RuleLicenseTests {
    let rules = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules
    let provider = "pkg:terraform/eu-cloud/cloud@4.2.0"
    let mpl = LicenseFacts(category: .weakCopyleft, isOSS: true)

    private func classify(_ purl: String, own: LicenseFacts?, ruleLicenses: [String: LicenseFacts]) throws
        -> Classification {
        var classifier = Classifier(rules: rules)
        classifier.ruleLicenses = ruleLicenses
        let system = SystemInventory(name: "infra", root: "/infra", components: [try component(purl, direct: true)],
                                     graph: DependencyGraph(edges: []))
        return try #require(classifier.classify(system) { _ in own }.classifications.first)
    }

    @Test func ruleParsesLicenceAndSource() throws {
        let rule = try #require(rules.technologies.first { $0.id == "cloud-provider" })
        #expect(rule.license == "MPL-2.0")
        #expect(rule.licenseSource == "https://eu-cloud.example.de/provider/LICENSE")
        #expect(rules.technologies.first { $0.id == "webfw" }?.license == nil)
    }

    @Test func componentWithoutLicenceTakesTheRulesLicenceKnownByRule() throws {
        let item = try classify(provider, own: nil, ruleLicenses: ["cloud-provider": mpl])
        #expect(item.license == mpl)
        #expect(item.isOSS == true)
        let decision = try #require(item.explanation.first { $0.fact == "license" })
        #expect(decision.rule == "cloud-provider")
        #expect(decision.value == "weak-copyleft")
        #expect(decision.reason.hasPrefix("known by rule"))
        #expect(decision.reason.contains("MPL-2.0"))
        #expect(decision.reason.contains("https://eu-cloud.example.de/provider/LICENSE"))
        #expect(decision.location?.file.hasSuffix("base/technologies/base.yml") == true)
    }

    @Test func proprietaryRuleLicenceMakesTheVerdictNotOSS() throws {
        let proprietary = LicenseFacts(category: .proprietary, isOSS: false)
        let item = try classify(provider, own: .unknown, ruleLicenses: ["cloud-provider": proprietary])
        #expect(item.isOSS == false)
        #expect(item.license.category == .proprietary)
    }

    @Test func ownLicenceAlwaysWinsOverTheRule() throws {
        let apache = LicenseFacts(category: .permissive, isOSS: true)
        let item = try classify(provider, own: apache, ruleLicenses: ["cloud-provider": mpl])
        #expect(item.license == apache)
        let decision = try #require(item.explanation.first { $0.fact == "license" })
        #expect(decision.rule == nil)
        #expect(!decision.reason.contains("known by rule"))
    }

    @Test func ruleWithoutLicenceOrUnknownFactsLeavesTheLicenceUnknown() throws {
        let unmatched = try classify("pkg:maven/com.acme.web/web-core@2.0.0", own: nil, ruleLicenses: ["webfw": mpl])
        #expect(unmatched.license == .unknown)
        let unresolved = try classify(provider, own: nil, ruleLicenses: [:])
        #expect(unresolved.license == .unknown)
        #expect(unresolved.isOSS == nil)
    }

    @Test func licenceFieldsAreValidatedWithFileAndLine() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("broken-licence")])
        let texts = diagnostics.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            diagnostics.contains {
                $0.location?.file.hasSuffix("technologies/licence.yml") == true && $0.location?.line == line
                    && $0.message.contains(fragment) && $0.severity == .error
            }
        }
        #expect(has(6, "needs a 'license-source'"), "\(texts)")
        #expect(has(10, "'MIT OR' is not an SPDX licence expression"), "\(texts)")
        #expect(has(15, "'license-source' is given without a 'license'"), "\(texts)")
        #expect(has(20, "is not an http(s) URL"), "\(texts)")
        #expect(diagnostics.count == 4, "\(texts)")
        #expect(RuleSet.load(directories: [ruleFixtures.appendingPathComponent("broken-licence")]).rules
            .technologies.isEmpty)
    }

    @Test(arguments: [
        ("MIT", true), ("PostgreSQL", true), ("LicenseRef-Oracle-FUTC", true), ("GPL-2.0+", true),
        ("(Apache-2.0 OR MIT) AND BSD-3-Clause", true), ("GPL-2.0-only WITH Classpath-exception-2.0", true),
        ("", false), ("MIT OR", false), ("(MIT", false), ("MIT)", false), ("MIT BSD-2-Clause", false),
        ("AND MIT", false), ("MIT WITH (Classpath)", false), ("see LICENSE.txt!", false), ("()", false),
    ])
    func expressionSyntax(text: String, wellFormed: Bool) {
        #expect(LicenseExpressionSyntax.isWellFormed(text) == wellFormed)
    }
}
