import Foundation
@testable import Reporting
import SovScanModel
import Testing

/// `JSONOutput` and the writers built on it (CycloneDX, SPDX) give the bytes Foundation's `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` for the same model.
struct JSONOutputTests {
    private func foundation<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    private struct Sample: Encodable {
        var empty: [String] = []
        var emptyObject: [String: String] = [:]
        var flag = true
        var missing: String?
        var nested: [[String: String]] = [["a": "1", "b": "2"], [:]]
        var number = -42
        var text: String
    }

    @Test func layoutAndEscapesMatchFoundation() throws {
        // Every ASCII character, slashes, non-ASCII letters, an emoji and the line separators.
        let text = String(decoding: Array(0..<128), as: UTF8.self) + "/é😀\u{2028}\u{2029}"
        var json = JSONOutput()
        json.object { json in
            json.member("empty", strings: [])
            json.member("emptyObject", object: { _ in })
            json.member("flag", true)
            json.member("missing", nil as String?)
            json.member("nested", array: { json in
                json.element(object: { json in
                    json.member("a", "1")
                    json.member("b", "2")
                })
                json.element(object: { _ in })
            })
            json.member("number", -42)
            json.member("text", text)
        }
        #expect(Array(try json.finish()) == (try foundation(Sample(text: text))))
    }

    /// The escapes are found wherever they fall in the eight-byte words `escaped` looks at: every character that
    /// needs one, at every position of strings of 1 to 20 bytes, between plain and non-ASCII bytes.
    @Test func escapesAtEveryPositionOfAWordMatchFoundation() throws {
        let marks = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\"]
        var texts: [String] = []
        for length in 1...20 {
            for position in 0..<length {
                for mark in marks {
                    texts.append(String(repeating: "a", count: position) + mark
                                 + String(repeating: "é", count: (length - position) / 2))
                }
            }
        }
        var json = JSONOutput()
        json.array(texts)
        #expect(Array(try json.finish()) == (try foundation(texts)))
    }

    /// `mayNeedEscape` is true for a word exactly when one of its bytes needs an escape: one byte of every value
    /// at every position, among bytes of every value.
    @Test func wordTestFindsEveryByteThatNeedsAnEscape() {
        func needs(_ byte: UInt64) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
        var mismatches = 0
        for filler in UInt64(0)...0xFF {
            for byte in UInt64(0)...0xFF {
                for position in UInt64(0)..<8 {
                    var word: UInt64 = 0
                    for slot in UInt64(0)..<8 { word |= (slot == position ? byte : filler) << (8 * slot) }
                    if JSONOutput.mayNeedEscape(word) != (needs(filler) || needs(byte)) { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func cycloneDXMatchesFoundation() throws {
        let classified = TestReports.classified()
        for classifications in [[], [classified]] {
            let document = CycloneDXBuilder.document(TestInventories.rich(), classifications: classifications,
                                                     context: TestInventories.context)
            let written = try CycloneDXJSONWriter().write(TestInventories.rich(), classifications: classifications,
                                                          context: TestInventories.context)
            #expect(Array(written) == (try foundation(document)) + [0x0A])
        }
    }

    /// An npm lockfile's `resolved` is the `distribution`, a POM's `<scm><url>` (without Maven's `scm:git:`) the
    /// `vcs` reference; a source that is no URL with a scheme (`git@host:owner/repo`) stays a property only.
    @Test func cycloneDXNamesWhereComponentsComeFromAndWhereTheirSourceLives() throws {
        let document = CycloneDXBuilder.document(TestInventories.rich(), classifications: [], context: TestInventories.context)
        let data = try JSONSerialization.jsonObject(with: Data(try foundation(document))) as? [String: Any]
        let components = data?["components"] as? [[String: Any]] ?? []
        func references(_ name: String) -> [[String: String]] {
            components.first { $0["name"] as? String == name }?["externalReferences"] as? [[String: String]] ?? []
        }
        #expect(references("spring-core") == [["type": "vcs", "url": "https://github.com/spring-projects/spring-framework"]])
        #expect(references("core").first?["type"] == "distribution")
        var inventory = TestInventories.rich()
        inventory.systems[0].components = inventory.systems[0].components.map { component in
            var changed = component
            if component.name == "spring-core" { changed.properties[Component.sourceRepositoryProperty] = "git@github.com:o/r.git" }
            return changed
        }
        let scp = CycloneDXBuilder.document(inventory, classifications: [], context: TestInventories.context)
        let scpData = try JSONSerialization.jsonObject(with: Data(try foundation(scp))) as? [String: Any]
        let spring = (scpData?["components"] as? [[String: Any]])?.first { $0["name"] as? String == "spring-core" }
        #expect(spring?["externalReferences"] == nil)
    }

    @Test func spdxMatchesFoundation() throws {
        let classified = TestReports.classified()
        for classifications in [[], [classified]] {
            let document = SPDXJSONWriter().document(TestInventories.rich(), classifications: classifications,
                                                     context: TestInventories.context)
            let written = try SPDXJSONWriter().write(TestInventories.rich(), classifications: classifications,
                                                     context: TestInventories.context)
            #expect(Array(written) == (try foundation(document)) + [0x0A])
        }
    }

    @Test func bytesGrowPastTheirRoomAndKeepEveryByte() {
        let buffer = JSONBytes(capacity: 16)
        var expected: [UInt8] = []
        for round in 0..<200 {
            let run = Array(repeating: UInt8(ascii: "a") + UInt8(round % 26), count: round % 37)
            run.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(UInt8(ascii: " "), times: round % 11)
            buffer.append(UInt8(ascii: ","), UInt8(ascii: "\n"))
            buffer.append("ü\(round)")
            expected += run + Array(repeating: UInt8(ascii: " "), count: round % 11) + [UInt8(ascii: ","), 0x0A]
                + Array("ü\(round)".utf8)
        }
        #expect(buffer.array == expected)
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.array.isEmpty)
    }
}
