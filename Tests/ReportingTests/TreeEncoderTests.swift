import Analysis
import Classification
import Foundation
@testable import Reporting
import SovScanModel
import Testing

/// `TreeEncoder`, and the scan JSON written with it, give the bytes Foundation's `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` for the same value.
struct TreeEncoderTests {
    private func foundation<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    private enum Shape: Encodable {
        case circle(radius: Double)
        case labelled(String, count: Int)
        case none
    }

    private struct Sample: Encodable {
        /// Keys in every position of the byte order: upper case before lower case, digits compared as text, non-ASCII
        /// last; what `.sortedKeys` gives on Linux.
        var keys: [String: Int] = Dictionary(uniqueKeysWithValues: [
            "b", "B", "a10", "a9", "a09", "_x", "Z", "z", "a-b", "ab", "aB", "Ab", "a_b", "a.b", "[", "`", "~", "é", "e",
            "1", "10", "2", "a b", "", ":", "@", "ä", "x2y10", "x2y9", "Ω", "ß", "ss",
        ].enumerated().map { ($1, $0) })
        var numbers: [Double] = [0, 1, 0.5, 1.0 / 3, 200.0 / 3, 1e-7, 1e21, 1e16, 123_456_789_012_345_680, 100, -2.5,
                                 0.1 + 0.2, 5e-324, 75.000_000_000_000_01, -0.0]
        var float: Float = 0.1
        var integers: [Int8] = [-128, 0, 127]
        var unsigned: UInt64 = .max
        var text = "a/b\u{1}\u{7F}\"\\\n\t é 😀\u{2028}"
        var missing: String?
        var optionals: [String?] = ["x", nil]
        var empty: [String] = []
        var emptyObject: [String: String] = [:]
        var nested: [[String: [Int]]] = [["a": [1, 2], "b": []], [:]]
        var url = URL(string: "https://example.org/a b?q=1")
        var data = Data([0, 1, 2, 250, 255])
        var decimal = Decimal(string: "12.50")
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var shapes: [Shape] = [.circle(radius: 2), .labelled("x", count: 3), .none]
        var flag = false
        var intKeys: [Int: String] = [10: "ten", 9: "nine"]
    }

    @Test func edgeCasesMatchFoundation() throws {
        let sample = Sample()
        #expect(Array(try TreeEncoder.encode(sample)) == (try foundation(sample)))
    }

    @Test func topLevelFragmentsAndEmptyContainersMatchFoundation() throws {
        #expect(Array(try TreeEncoder.encode("x")) == (try foundation("x")))
        #expect(Array(try TreeEncoder.encode([[String]]())) == (try foundation([[String]]())))
        #expect(Array(try TreeEncoder.encode([String: Int]())) == (try foundation([String: Int]())))
        #expect(Array(try TreeEncoder.encode(42, appending: [0x0A])) == (try foundation(42)) + [0x0A])
    }

    @Test func nonFiniteNumbersAreErrors() {
        #expect(throws: EncodingError.self) { try TreeEncoder.encode([1, Double.nan]) }
        #expect(throws: EncodingError.self) { try TreeEncoder.encode(["share": Double.infinity]) }
    }

    /// A document large enough to pass the output's chunk size several times.
    @Test func largeDocumentMatchesFoundation() throws {
        let rows = (0..<5_000).map { ["name": "component-\($0)", "Version": "\($0).0.\($0 % 7)", "path": "a/b/\($0)"] }
        #expect(Array(try TreeEncoder.encode(rows)) == (try foundation(rows)))
    }

    @Test func scanDocumentMatchesFoundation() throws {
        let inventory = TestInventories.rich()
        let classified = TestReports.classified()
        let analysis = AnalysisDocument(generator: "sovscan test", options: AnalysisOptions(),
                                        systems: [Analyzer().analyse(classified)])
        let inputs = [
            ReportInput(inventory: inventory),
            ReportInput(inventory: inventory, classifications: [classified], analysis: analysis),
        ]
        for input in inputs {
            let written = try ScanJSONWriter().write(input, context: TestInventories.context)
            let document = ScanJSONWriter.Document(
                schema: ScanJSONWriter.schema, tool: "sovscan \(TestInventories.context.toolVersion)",
                timestamp: TestInventories.context.isoTimestamp, incomplete: inventory.isIncomplete, inventory: inventory,
                classifications: input.classifications.isEmpty ? nil : input.classifications, analysis: input.analysis)
            #expect(Array(written) == (try foundation(document)) + [0x0A])
        }
        // The analysis has shares (floating-point numbers) and the classification facts: both are in the document.
        let full = String(decoding: try ScanJSONWriter().write(inputs[1], context: TestInventories.context), as: UTF8.self)
        #expect(full.contains("\"sovscan-analysis\""))
        #expect(full.contains("\"classifications\" : ["))
    }

    /// A hand-written encoding that writes one key twice, in a small object and in one past the linear search.
    private struct RepeatedKeys: Encodable {
        var members: Int

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for index in 0..<members { try container.encode(index, forKey: Key(stringValue: "k\(index)")) }
            try container.encode("again", forKey: Key(stringValue: "k1"))
            try container.encode("last", forKey: Key(stringValue: "k\(members - 1)"))
        }
    }

    @Test(arguments: [4, 40, 200])
    func aRepeatedKeyKeepsTheLastValueAsFoundationDoes(members: Int) throws {
        let ours = Array(try TreeEncoder.encode(RepeatedKeys(members: members)))
        #expect(ours == (try foundation(RepeatedKeys(members: members))))
        #expect(String(decoding: ours, as: UTF8.self).components(separatedBy: "\"k1\"").count == 2)
    }

    private class Base: Encodable {
        var name = "base"
    }

    private final class Derived: Base {
        var extra = [1, 2]

        private enum CodingKeys: String, CodingKey { case extra }

        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(extra, forKey: .extra)
            try super.encode(to: container.superEncoder())
        }
    }

    private struct InArray: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(1)
            try Base().encode(to: container.superEncoder())
        }
    }

    @Test func superEncodersMatchFoundation() throws {
        #expect(Array(try TreeEncoder.encode(Derived())) == (try foundation(Derived())))
        #expect(Array(try TreeEncoder.encode(InArray())) == (try foundation(InArray())))
    }
}
