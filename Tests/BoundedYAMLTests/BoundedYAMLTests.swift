import BoundedYAML
import Testing
import Yams

/// Alias amplification is refused before a reader walks it; ordinary documents, aliases included, pass.
struct BoundedYAMLTests {
    /// `levels` anchors, each a list of `width` aliases of the one before: width^levels leaves from a few lines.
    static func laughs(levels: Int, width: Int) -> String {
        var text = "a0: &a0 [\"lol\"]\n"
        for level in 1...levels {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: width).joined(separator: ", ") + "]\n"
        }
        return text
    }

    @Test func billionLaughsIsRefusedQuickly() {
        let text = Self.laughs(levels: 9, width: 10)
        let start = ContinuousClock.now
        #expect(throws: BoundedYAML.TooLarge.self) { try BoundedYAML.compose(text) }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func aliasedListRepeatedInManyEntriesIsRefused() {
        // The shape of a rules layer or pnpm lockfile that makes one list stand for a million entries.
        var text = "list: &list [" + (0..<1000).map { "\"p\($0)\"" }.joined(separator: ", ") + "]\nentries:\n"
        for index in 0..<1000 { text += "  - {id: e\(index), patterns: *list}\n" }
        #expect(text.utf8.count < 100_000)
        #expect(throws: BoundedYAML.TooLarge.self) { try BoundedYAML.compose(text) }
    }

    @Test func ordinaryDocumentsWithAliasesPass() throws {
        let text = "defaults: &defaults {level: backend, vendor: acme}\nrules:\n  - *defaults\n  - *defaults\n"
        let root = try #require(try BoundedYAML.compose(text))
        #expect(root["rules"]?.sequence?.count == 2)
        #expect(root["rules"]?[1]?["vendor"]?.string == "acme")
        #expect(BoundedYAML.expandedCount(of: root, upTo: 1000) == 19, "root, 2 keys, defaults (1 + 4), rules (1 + 2 × 5)")
    }

    @Test func countingStopsAtTheLimit() throws {
        let root = try #require(try Yams.compose(yaml: Self.laughs(levels: 6, width: 10)))
        #expect(BoundedYAML.expandedCount(of: root, upTo: 500) == 501)
    }

    @Test func syntaxErrorsStillThrowYamlError() {
        #expect(throws: YamlError.self) { try BoundedYAML.compose("a: [unclosed\n") }
    }
}
