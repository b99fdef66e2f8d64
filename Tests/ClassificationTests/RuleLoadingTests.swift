import Foundation
import Testing
@testable import Classification
import SovScanModel

let ruleFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/rules")

@Suite struct RuleLoadingTests {
    @Test func loadsEveryRuleKind() {
        let (rules, diagnostics) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")])
        #expect(diagnostics.isEmpty)
        #expect(rules.vendors.keys.sorted() == ["acme", "eu-cloud", "eu-foundation"])
        #expect(rules.technologies.map(\.id) == ["bundler", "cloud-provider", "newdb", "server-kit", "ui", "util", "webfw", "webfw-test"])
        #expect(rules.bindings.map(\.id) == ["acme-cloud", "eu-cloud"])
        #expect(rules.relicensing.map(\.id) == ["webfw-bsl"])
        let ui = rules.technologies.first { $0.id == "ui" }
        #expect(ui?.level == .frontend)
        #expect(ui?.location?.line == 15)
        #expect(ui?.patterns.first?.pattern.normalized == "pkg:npm/@ui/*")
        #expect(rules.technologies.first { $0.id == "util" }?.level == nil)
        #expect(rules.technologies.first { $0.id == "newdb" }?.patterns.first?.versions?.text == "[2.0,)")
    }

    @Test func ruleLocationsDoNotDependOnWhereTheRulesLie() throws {
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("sovscan-rules-\(UUID().uuidString)").appendingPathComponent("base")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: ruleFixtures.appendingPathComponent("base"), to: copy)
        let original = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules
        let moved = RuleSet.load(directories: [copy]).rules
        #expect(original.technologies.first { $0.id == "ui" }?.location
                == SovScanModel.SourceLocation(file: "base/technologies/base.yml", line: 15, column: 5))
        #expect(original.technologies.map(\.location) == moved.technologies.map(\.location))
        #expect(original.vendors.mapValues(\.location) == moved.vendors.mapValues(\.location))
    }

    @Test func userLayerOverridesByIDAndExtends() {
        let (rules, diagnostics) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base"),
                                                              ruleFixtures.appendingPathComponent("user")])
        #expect(diagnostics.isEmpty)
        #expect(rules.vendors["acme"]?.name == "Acme Europe SE")
        #expect(rules.vendors["acme"]?.bloc == .eu)
        #expect(rules.technologies.first { $0.id == "ui" }?.name == "UI Kit (user)")
        #expect(rules.technologies.first { $0.id == "ui" }?.patterns.count == 1)
        #expect(rules.technologies.contains { $0.id == "inhouse" })
        #expect(rules.technologies.contains { $0.id == "webfw" })
    }

    @Test func brokenRulesGiveDiagnosticsWithLines() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("broken")])
        let texts = diagnostics.map(\.description)
        func has(_ file: String, _ line: Int, _ fragment: String) -> Bool {
            diagnostics.contains {
                $0.location?.file.hasSuffix(file) == true && $0.location?.line == line && $0.message.contains(fragment)
            }
        }
        #expect(has("vendors.yml", 3, "missing required key 'sources'"), "\(texts)")
        #expect(has("vendors.yml", 13, "unknown key 'homepage'"), "\(texts)")
        #expect(has("vendors.yml", 20, "is not an http(s) URL"), "\(texts)")
        #expect(has("technologies/bad.yml", 7, "must start with 'pkg:'"), "\(texts)")
        #expect(has("technologies/bad.yml", 10, "'kitchen' is not one of"), "\(texts)")
        #expect(has("technologies/bad.yml", 16, "'banana' is not a version"), "\(texts)")
        #expect(has("relicensing.yml", 3, "missing required key 'sources'"), "\(texts)")
        #expect(has("relicensing.yml", 10, "is not YYYY-MM-DD"), "\(texts)")
        #expect(diagnostics.contains { $0.location?.file.hasSuffix("bindings.yml") == true
            && $0.message.hasPrefix("YAML syntax") && $0.location?.line != nil }, "\(texts)")
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func crossReferencesAreChecked() {
        let rules = RuleSet(
            vendors: [Vendor(id: "a", name: "A", country: "FR", bloc: .us, governance: .company, parent: "nobody",
                             sources: ["https://a.example"])],
            technologies: [TechnologyRule(id: "t", name: "T", level: nil, vendor: "ghost",
                                          patterns: [PatternSpec(pattern: try! PurlPattern("pkg:npm/t"))])])
        let messages = rules.validate().map(\.message)
        #expect(messages.contains { $0.contains("country FR belongs to bloc EU, not US") })
        #expect(messages.contains { $0.contains("parent 'nobody' is not a known vendor") })
        #expect(messages.contains { $0.contains("vendor 'ghost' is not a known vendor") })
    }

    @Test func missingDirectoryIsAnError() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("does-not-exist")])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "rules directory not found")
    }
}
