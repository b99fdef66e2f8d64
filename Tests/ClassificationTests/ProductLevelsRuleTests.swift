import Testing
@testable import Classification
import SovScanModel

/// A technology rule's `products:` field (issue 15, Swift levels): parsing with its shared products and source,
/// validation with file and line, the compiled form, and the level of the products a project links.
@Suite struct ProductLevelsRuleTests {
    private let layered = [ruleFixtures.appendingPathComponent("base"), ruleFixtures.appendingPathComponent("products")]

    @Test func theFieldIsReadAndSurvivesTheCompiledForm() throws {
        let (rules, diagnostics) = RuleSet.load(directories: layered)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let products = try #require(rules.technologies.first { $0.id == "cloud-sdk" }?.products)
        #expect(products.levels == ["CloudAnalytics": .opsSupport, "CloudCrashes": .opsSupport, "CloudStore": .database])
        #expect(products.shared == ["CloudCore"])
        #expect(products.source == "https://example.org/cloud-sdk/products")
        #expect(try RuleSet(compiled: rules.compiled()).technologies == rules.technologies)
    }

    @Test func theLinkedProductsDecideByMajorityWithoutTheSharedOnes() throws {
        let (rules, _) = RuleSet.load(directories: layered)
        let products = try #require(rules.technologies.first { $0.id == "cloud-sdk" }?.products)
        #expect(products.level(linked: "CloudAnalytics, CloudCore, CloudCrashes")?.level == .opsSupport)
        #expect(products.level(linked: "CloudAnalytics, CloudCore, CloudCrashes")?.products == ["CloudAnalytics", "CloudCrashes"])
        #expect(products.level(linked: "CloudAnalytics, CloudCrashes, CloudStore")?.level == .opsSupport)
        // One each: the tie goes to the level listed first (database before ops-support).
        #expect(products.level(linked: "CloudAnalytics, CloudStore")?.level == .database)
        #expect(products.level(linked: "CloudAnalytics, CloudAuth") == nil, "a product without a level leaves it to the app")
        #expect(products.level(linked: "CloudCore") == nil)
        #expect(products.level(linked: nil) == nil)
    }

    @Test func brokenFieldsAreReportedWithFileAndLine() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("broken-products")])
        let texts = diagnostics.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            diagnostics.contains {
                $0.location?.file.hasSuffix("technologies/sdk.yml") == true && $0.location?.line == line
                    && $0.message.contains(fragment) && $0.severity == .error
            }
        }
        #expect(has(7, "missing required key 'source'"), "\(texts)")
        // Levels are read in their order (database before ops-support): the second listing is the ops-support one.
        #expect(has(13, "product 'B' is listed under two levels"), "\(texts)")
        #expect(has(20, "'products' is for a technology without a 'level'"), "\(texts)")
        #expect(has(27, "unknown key 'data-base'"), "\(texts)")
        #expect(has(26, "must give at least one product a level"), "\(texts)")
        #expect(diagnostics.count == 5, "\(texts)")
    }
}
