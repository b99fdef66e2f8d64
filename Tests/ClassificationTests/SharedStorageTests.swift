import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 20: a classification pass stores equal vendors, bindings and decision bases once, and a classification
/// and its decisions stay small, without changing what they say or how they are coded.
@Suite struct SharedStorageTests {
    let classifier: Classifier

    init() {
        let (rules, _) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")])
        classifier = Classifier(rules: rules)
    }

    private func classify(_ purls: [String]) throws -> [Classification] {
        let components = try purls.map { try component($0, direct: true) }
        let system = SystemInventory(name: "app", root: "/app", components: components)
        return classifier.classify(system) { _ in LicenseFacts(category: .permissive, isOSS: true) }.classifications
    }

    /// Whether two values of a type holding references share every reference (their bytes are equal).
    private func sameStorage<Value>(_ left: Value, _ right: Value) -> Bool {
        withUnsafeBytes(of: left) { leftBytes in
            withUnsafeBytes(of: right) { rightBytes in leftBytes.elementsEqual(rightBytes) }
        }
    }

    @Test func aDecisionIsAValueAndAPointer() {
        #expect(MemoryLayout<Decision>.size == MemoryLayout<String>.size + MemoryLayout<AnyObject>.size)
        #expect(MemoryLayout<RuleMatch>.size <= 3 * MemoryLayout<AnyObject>.size, "rules are held by reference")
        #expect(MemoryLayout<Classification>.size <= 240, "\(MemoryLayout<Classification>.size) bytes inline")
    }

    @Test func componentsOfOneTechnologyShareVendorAndDecisionBases() throws {
        let results = try classify(["pkg:maven/com.acme.web/web-core@2.0.0", "pkg:maven/com.acme.web/web-util@2.0.0"])
        #expect(results.count == 2)
        let (first, second) = (results[0], results[1])
        #expect(first.vendor?.id == "acme")
        #expect(first.vendor == second.vendor)
        #expect(first.explanation.count == second.explanation.count)
        for (left, right) in zip(first.explanation, second.explanation) where left.value == right.value {
            #expect(left == right)
            #expect(sameStorage(left, right), "\(left.fact): one stored basis for equal decisions")
        }
    }

    @Test func componentsWithoutRulesShareTheirDecisionBasesButKeepTheirValues() throws {
        let results = try classify(["pkg:npm/left-pad@1.3.0", "pkg:npm/right-pad@1.0.0"])
        let technologies = results.map { try? #require($0.explanation.first { $0.fact == "technology" }) }
        #expect(technologies.map { $0?.value } == ["left-pad", "right-pad"])
        #expect(technologies[0]?.reason == "no technology rule; grouped by npm package name")
        #expect(technologies[0]?.reason == technologies[1]?.reason)
    }

    @Test func changingAPartOfADecisionKeepsTheOthers() {
        var decision = Decision(fact: "level", value: "backend", reason: "why", rule: "r", location: SourceLocation(file: "f.yml", line: 3))
        let original = decision
        decision.reason = "another reason"
        #expect(decision.fact == "level")
        #expect(decision.value == "backend")
        #expect(decision.rule == "r")
        #expect(decision.location == SourceLocation(file: "f.yml", line: 3))
        #expect(decision.reason == "another reason")
        #expect(original.reason == "why", "the other copy keeps its basis")
        #expect(decision != original)
        decision.reason = "why"
        #expect(decision == original)
        #expect(decision.hashValue == original.hashValue)
    }

    @Test func codedAsBefore() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decision = Decision(fact: "vendor", value: "Acme", reason: "vendor of technology Web", rule: "acme",
                                location: SourceLocation(file: "vendors.yml", line: 2))
        let text = String(decoding: try encoder.encode(decision), as: UTF8.self)
        #expect(text == #"{"fact":"vendor","location":{"file":"vendors.yml","line":2},"reason":"vendor of technology Web","rule":"acme","value":"Acme"}"#)
        #expect(try JSONDecoder().decode(Decision.self, from: Data(text.utf8)) == decision)
        let classification = try #require(try classify(["pkg:maven/com.acme.web/web-core@2.0.0"]).first)
        let coded = try encoder.encode(classification)
        let object = try #require(try JSONSerialization.jsonObject(with: coded) as? [String: Any])
        #expect((object["vendor"] as? [String: Any])?["id"] as? String == "acme", "the vendor keeps its key")
        #expect(object.keys.allSatisfy { !$0.hasPrefix("shared") })
        #expect(try JSONDecoder().decode(Classification.self, from: coded) == classification)
    }
}
