import Foundation
import Testing
@testable import Catalogers
import SovScanModel

struct JSONDocumentTests {
    private func parse(_ text: String) throws -> JSONDocument { try JSONDocument(bytes: Array(text.utf8)) }

    @Test func valuesKeepTheirLines() throws {
        let document = try parse("""
        {
          "name": "app",
          "dependencies": {
            "lodash": "^4.17.21"
          }
        }
        """)
        let dependencies = try #require(document.root["dependencies"]?.object)
        let lodash = try #require(dependencies.member("lodash"))
        #expect(lodash.value.string == "^4.17.21")
        #expect(document.location(ofOffset: lodash.keyOffset, file: "package.json") == SovScanModel.SourceLocation(file: "package.json", line: 4, column: 5))
        #expect(document.location(of: try #require(document.root["name"]), file: "p").line == 2)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let document = try parse(#"{"a": "x\n\"y\" \u00e6 \ud83d\ude00 \/"}"#)
        #expect(document.root["a"]?.string == "x\n\"y\" æ 😀 /")
    }

    @Test func numbersKeepTheirText() throws {
        let document = try parse(#"[1.10, -0, 12345678901234567890, 1e3, true, false, null]"#)
        let values = try #require(document.root.array)
        #expect(values.compactMap(\.numberText) == ["1.10", "-0", "12345678901234567890", "1e3"])
        #expect(values[4].bool == true)
        #expect(values[5].bool == false)
        if case .null = values[6].kind {} else { Issue.record("null expected") }
    }

    @Test func duplicateKeysAreReported() throws {
        let document = try parse("{\"a\": 1,\n \"a\": 2}")
        #expect(document.root["a"]?.int == 2)
        #expect(document.duplicateKeys.map(\.key) == ["a"])
        #expect(document.lines.position(of: document.duplicateKeys[0].offset).line == 2)
    }

    /// Small objects are searched member by member, large ones (a lockfile's `packages`) through a set of their
    /// keys: repeats are found on both sides of that switch, each repeat once, in document order.
    @Test func duplicateKeysAreReportedInLargeObjects() throws {
        let keys = (0..<40).map { "k\($0)" } + ["k3", "k20", "k39", "k3"]
        let text = "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ",\n") + "}"
        let document = try parse(text)
        #expect(document.duplicateKeys.map(\.key) == ["k3", "k20", "k39", "k3"])
        #expect(document.duplicateKeys.map { document.lines.position(of: $0.offset).line } == [41, 42, 43, 44])
        #expect(document.root["k3"]?.int == 43)
        let early = try parse(#"{"a": 1, "b": 2, "a": 3, "c": 4, "b": 5}"#)
        #expect(early.duplicateKeys.map(\.key) == ["a", "b"])
        let none = try parse("{" + (0..<20).map { "\"n\($0)\": \($0)" }.joined(separator: ", ") + "}")
        #expect(none.duplicateKeys.isEmpty)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let document = try JSONDocument(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"k\": \"v\"}".utf8))
        #expect(document.root["k"]?.string == "v")
    }

    @Test(arguments: [
        ("{\"a\": 1,\n\"b\": }", 2, "unexpected character"),
        ("{\"a\": [1, 2", 1, "end of file"),
        ("{\"a\" 1}", 1, "expected ':'"),
        ("[1,]", 1, "unexpected character"),
        ("{\"a\": \"unterminated}", 1, "unterminated string"),
        ("{} x", 1, "after the JSON value"),
        ("", 1, "end of file"),
        ("[01]", 1, "expected ','"),
        ("\"\\x\"", 1, "invalid escape"),
    ])
    func syntaxErrorsSayWhere(_ text: String, _ line: Int, _ fragment: String) {
        do {
            _ = try parse(text)
            Issue.record("expected a syntax error for \(text)")
        } catch let error as JSONSyntaxError {
            #expect(error.line == line)
            #expect(error.message.contains(fragment), "\(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
    }

    @Test func agreesWithFoundationOnValidDocument() throws {
        let text = #"{"a": [1, 2.5, "x", {"b": null}], "c": {"d": "é"}, "e": false}"#
        let ours = try parse(text)
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((foundation?["c"] as? [String: String])?["d"] == ours.root["c"]?["d"]?.string)
        #expect((foundation?["a"] as? [Any])?.count == ours.root["a"]?.array?.count)
    }
}
