import Testing
@testable import Classification
import SovScanModel

/// A technology rule's `known-dependencies:` field (issue 15, Swift pins no manifest connects): a list of statements
/// read with their members' ranges and sources, kept by the compiled form, and validated with file and line.
@Suite struct KnownDependencyRuleTests {
    private let layered = [ruleFixtures.appendingPathComponent("base"),
                           ruleFixtures.appendingPathComponent("known-dependencies")]

    @Test func theStatementsAreReadWithTheirMembersRangesAndSources() throws {
        let (rules, diagnostics) = RuleSet.load(directories: layered)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let known = try #require(rules.technologies.first { $0.id == "cloud-sdk" }?.knownDependencies)
        #expect(known.map(\.source) == ["https://example.org/cloud-sdk/Package.swift",
                                        "https://example.org/analytics/Package.swift",
                                        "https://example.org/cloud-sdk/Package.swift"])
        // A statement that names the products needing its dependencies holds for a project linking one of them, or
        // whose linked products are not known; one without products for every product.
        #expect(known[2].products == ["CloudDatabase", "CloudStore"])
        #expect(known[2].productsNeeding(linked: "CloudAnalytics, CloudStore") == ["CloudStore"])
        #expect(known[2].productsNeeding(linked: "CloudAnalytics") == [])
        #expect(known[2].productsNeeding(linked: nil) == nil)
        #expect(known[0].productsNeeding(linked: "CloudAnalytics") == nil)
        let sdk = "pkg:swift/github.com/example/cloud-sdk"
        #expect(known[0].covers(parentKey: sdk, parentVersion: "11.14.0",
                                childKey: "pkg:swift/github.com/other/promises", childVersion: "2.4.0"))
        #expect(!known[0].covers(parentKey: sdk, parentVersion: "9.6.0",
                                 childKey: "pkg:swift/github.com/other/promises", childVersion: "2.4.0"))
        #expect(!known[1].covers(parentKey: sdk, parentVersion: "11.14.0",
                                 childKey: "pkg:swift/github.com/other/utilities", childVersion: "8.1.0"))
        let compiled = try RuleSet(compiled: rules.compiled())
        #expect(compiled.technologies == rules.technologies)
        let bundled = RuleSet.load(directories: [bundledRules]).rules
        #expect(bundled.technologies.first { $0.id == "firebase-ios" }?.knownDependencies.isEmpty == false)
    }

    /// Firebase's manifest declares app-check (AppCheckCore, for FirebaseAppCheck) from 10.18.0; 10.17.0's declares
    /// none, so an app-check pin beside an older Firebase came with something else.
    @Test func firebaseStatesAppCheckFromTheVersionThatDeclaresIt() throws {
        let bundled = RuleSet.load(directories: [bundledRules]).rules
        let known = try #require(bundled.technologies.first { $0.id == "firebase-ios" }?.knownDependencies)
        func states(_ firebase: String, _ dependency: String) -> Bool {
            known.contains { $0.covers(parentKey: "pkg:swift/github.com/firebase/firebase-ios-sdk", parentVersion: firebase,
                                       childKey: "pkg:swift/github.com/google/\(dependency)", childVersion: nil) }
        }
        #expect(!states("10.17.0", "app-check"))
        #expect(states("10.18.0", "app-check"))
        #expect(states("11.14.0", "app-check"))
        #expect(states("10.0.0", "googleappmeasurement"))
    }

    @Test func brokenStatementsAreReportedWithFileAndLine() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("broken-known-dependencies")])
        let texts = diagnostics.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            diagnostics.contains {
                $0.location?.file.hasSuffix("technologies/known.yml") == true && $0.location?.line == line
                    && $0.message.contains(fragment) && $0.severity == .error
            }
        }
        #expect(has(7, "must be a list"), "\(texts)")
        #expect(has(9, "known-dependencies pattern 'pkg:npm/d' is no Swift package"), "\(texts)")
        #expect(has(15, "known dependency 'pkg:swift/github.com/e/e' is one of the rule's own patterns"), "\(texts)")
        #expect(has(25, "missing required key 'source'"), "\(texts)")
        #expect(has(31, "'products' must name at least one product"), "\(texts)")
        #expect(has(38, "unknown key 'products'"), "\(texts)")
        #expect(diagnostics.count == 6, "\(texts)")
    }
}
