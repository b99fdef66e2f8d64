import Foundation
import Testing
@testable import Classification
import SovScanModel

/// A binding rule's `exclude:` field (issue 15): packages its patterns reach that bind nothing, such as the type
/// declarations of an SDK family. Parsing and validation with file and line, the compiled form, and matching.
@Suite struct BindingExclusionTests {
    private let layered = [ruleFixtures.appendingPathComponent("base"),
                           ruleFixtures.appendingPathComponent("binding-exclusions")]

    private func binding(_ purl: String, _ classifier: Classifier) throws -> String? {
        classifier.match(try PackageURL(parsing: purl)).binding?.id
    }

    @Test func theFieldIsReadWithItsRanges() throws {
        let (rules, diagnostics) = RuleSet.load(directories: layered)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let rule = try #require(rules.bindings.first { $0.id == "acme-cloud" })
        #expect(rule.exclusions.map(\.pattern.text) == ["pkg:npm/@acme/*-types", "pkg:maven/com.acme.cloud/acme-bom"])
        #expect(rule.exclusions.map { $0.versions?.text } == [nil, "< 2"])
        #expect(rules.bindings.first { $0.id == "acme-types-hub" }?.exclusions.isEmpty == true)
    }

    @Test func anExcludedPackageTakesNoPartInTheRule() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: layered).rules)
        #expect(try binding("pkg:npm/%40acme/storage@1.0.0", classifier) == "acme-cloud")
        #expect(try binding("pkg:npm/%40acme/storage-types@1.0.0", classifier) == nil)
        // Another binding that matches an excluded package still applies.
        #expect(try binding("pkg:npm/%40acme/hub-types@1.0.0", classifier) == "acme-types-hub")
        // An exclusion with a range excludes only the versions in it.
        #expect(try binding("pkg:maven/com.acme.cloud/acme-bom@1.9.0", classifier) == nil)
        #expect(try binding("pkg:maven/com.acme.cloud/acme-bom@2.0.0", classifier) == "acme-cloud")
        #expect(try binding("pkg:maven/com.acme.cloud/acme-storage@1.0.0", classifier) == "acme-cloud")
    }

    @Test func firebaseTypeDeclarationsBindNothing() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        for types in ["pkg:npm/%40firebase/installations-types@0.5.3", "pkg:npm/%40firebase/app-types@0.9.3",
                      "pkg:npm/%40firebase/auth-interop-types@0.2.4"] {
            #expect(try binding(types, classifier) == nil, "\(types)")
        }
        for sdk in ["pkg:npm/%40firebase/installations@0.6.9", "pkg:npm/%40firebase/app@0.10.13",
                    "pkg:npm/firebase@10.14.1"] {
            #expect(try binding(sdk, classifier) == "firebase", "\(sdk)")
        }
    }

    @Test func compiledRulesKeepTheField() throws {
        let (source, _) = RuleSet.load(directories: layered)
        let compiled = try RuleSet(compiled: source.compiled())
        #expect(compiled.bindings == source.bindings)
        #expect(compiled.bindings.first { $0.id == "acme-cloud" }?.exclusions.last?.versions?.text == "< 2")
        let bundled = RuleSet.load(directories: [bundledRules]).rules
        #expect(try RuleSet(compiled: bundled.compiled()).bindings.first { $0.id == "firebase" }?.exclusions
            .map(\.pattern.text) == ["pkg:npm/@firebase/*-types"])
    }

    @Test func brokenExclusionsAreReportedWithFileAndLine() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("base"),
                                             ruleFixtures.appendingPathComponent("broken-binding-exclusions")])
        let texts = diagnostics.map(\.description)
        func has(_ severity: Diagnostic.Severity, _ line: Int, _ fragment: String) -> Bool {
            diagnostics.contains {
                $0.location?.file.hasSuffix("broken-binding-exclusions/bindings.yml") == true
                    && $0.location?.line == line && $0.message.contains(fragment) && $0.severity == severity
            }
        }
        #expect(has(.error, 3, "exclusion 'pkg:npm/@own/*' is one of the rule's own patterns"), "\(texts)")
        #expect(has(.warning, 10, "exclusion 'pkg:npm/@elsewhere/*-types' matches nothing"), "\(texts)")
        #expect(has(.error, 23, "must start with 'pkg:'"), "\(texts)")
        #expect(has(.error, 30, "'exclude' must name at least one valid purl pattern"), "\(texts)")
        // An exclusion of one of the rule's own patterns for some versions keeps the others bound: no problem.
        #expect(!diagnostics.contains { $0.message.contains("ranged-own-pattern") }, "\(texts)")
    }
}
