import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, pattern 8: a component without a level of its own (a utility family's rule without a level, or no
/// rule) that inherits its level counts under the technology of the direct dependency that brings it in, so it
/// creates no technology of its own at that level.
@Suite struct UtilityCountingTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules)

    /// A backend whose database driver (rule level database) pulls in a utility of the `util` family (no level)
    /// and a package without any rule, and which uses another utility of the family directly.
    private func system() throws -> ClassifiedSystem {
        let system = SystemInventory(name: "s", root: "/s", components: [
            try component("pkg:maven/com.example/app@1.0", firstParty: true),
            try component("pkg:maven/com.acme.db/driver@3.0", direct: true),
            try component("pkg:maven/org.util/strings@1.0"),
            try component("pkg:maven/org.nobody/buffers@0.9"),
            try component("pkg:maven/org.util/dates@1.0", direct: true),
        ], graph: DependencyGraph(edges: [
            try edge("pkg:maven/com.example/app@1.0", "pkg:maven/com.acme.db/driver@3.0"),
            try edge("pkg:maven/com.example/app@1.0", "pkg:maven/org.util/dates@1.0"),
            try edge("pkg:maven/com.acme.db/driver@3.0", "pkg:maven/org.util/strings@1.0"),
            try edge("pkg:maven/org.util/strings@1.0", "pkg:maven/org.nobody/buffers@0.9"),
        ]))
        return classifier.classify(system) { _ in nil }
    }

    private func item(_ result: ClassifiedSystem, _ purl: String) throws -> Classification {
        try #require(result.classification(of: try PackageURL(parsing: purl)))
    }

    @Test func inheritedUtilitiesCountUnderWhatBringsThemIn() throws {
        let result = try system()
        let strings = try item(result, "pkg:maven/org.util/strings@1.0")
        #expect(strings.level == .database)
        #expect(strings.technology == "Utilities")
        #expect(strings.countedUnder == "New DB driver")
        #expect(strings.countingTechnology == "New DB driver")
        let decision = try #require(strings.explanation.first { $0.fact == "counted-under" })
        #expect(decision.reason.contains("counts as part of New DB driver"))
        // A package without a rule, two edges away, counts under the driver too.
        let buffers = try item(result, "pkg:maven/org.nobody/buffers@0.9")
        #expect(buffers.level == .database)
        #expect(buffers.technology == "org.nobody")
        #expect(buffers.countedUnder == "New DB driver")
    }

    @Test func componentsWithALevelOfTheirOwnCountAsThemselves() throws {
        let result = try system()
        // The driver's level is its rule's; a direct utility takes the default and stays a technology of its own.
        #expect(try item(result, "pkg:maven/com.acme.db/driver@3.0").countedUnder == nil)
        let dates = try item(result, "pkg:maven/org.util/dates@1.0")
        #expect(dates.level == .backend)
        #expect(dates.countedUnder == nil)
        #expect(dates.countingTechnology == "Utilities")
        #expect(!dates.explanation.contains { $0.fact == "counted-under" })
    }
}
