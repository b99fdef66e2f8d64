import Analysis
import Classification
import Foundation
@testable import Reporting
import Testing

/// `AnalysisJSONDocument` writes an analysis document a system at a time (issue 17): its bytes must be those
/// `JSONEncoder` writes for the same document held whole, as the portfolio JSON was written before.
struct AnalysisJSONLayoutTests {
    private func foundation<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }

    /// A document of the portfolio JSON's shape: the analysis among members before and after it in key order, one of
    /// them absent.
    private struct Document: Encodable {
        let schema = "sovscan-portfolio/1"
        let systems: [String]
        let analysis: AnalysisDocument
        let trend: [String]?
        let aardvark: Int
    }

    private func written(_ document: Document) throws -> [UInt8] {
        let output = ReportOutput()
        try AnalysisJSONDocument.write(["analysis": .analysis(document.analysis), "schema": .value(document.schema),
                                        "systems": .value(document.systems), "trend": .value(document.trend),
                                        "aardvark": .value(document.aardvark)], to: output)
        return Array(try output.finish())
    }

    /// `count` systems, named so that their order in the document is not the order they were made in.
    private func analysis(systems count: Int, generator: String?) -> AnalysisDocument {
        let system = Analyzer().analyse(TestReports.classified())
        let systems = (0..<count).map { index -> SystemAnalysis in
            var copy = system
            copy.name = "system \((index * 7) % max(count, 1)) of \(count)"
            return copy
        }
        return AnalysisDocument(generator: generator, options: AnalysisOptions(), systems: systems)
    }

    @Test(arguments: [1, 2, 5])
    func documentIsTheBytesOfJSONEncoder(systems: Int) throws {
        let withPortfolio = analysis(systems: systems, generator: "sovscan test")
        #expect((withPortfolio.portfolio != nil) == (systems > 1))
        for document in [
            Document(systems: ["a", "b/c"], analysis: withPortfolio, trend: nil, aardvark: 1),
            Document(systems: [], analysis: analysis(systems: systems, generator: nil), trend: ["up"], aardvark: 2),
        ] {
            let bytes = try written(document)
            #expect(bytes == (try foundation(document)))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("\"trend\"") == (document.trend != nil))
            let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            let analysis = object?["analysis"] as? [String: Any]
            #expect((analysis?["systems"] as? [Any])?.count == systems)
        }
    }

    /// Past the output's chunk size many times, to a consumer that takes the chunks as they come.
    @Test func manySystemsAreHandedOverInChunks() throws {
        let document = Document(systems: [], analysis: analysis(systems: 300, generator: "sovscan test"), trend: nil, aardvark: 0)
        var chunks: [Int] = []
        var bytes: [UInt8] = []
        let output = ReportOutput { chunk in
            chunks.append(chunk.count)
            bytes += chunk
        }
        try AnalysisJSONDocument.write(["analysis": .analysis(document.analysis), "schema": .value(document.schema),
                                        "systems": .value(document.systems), "trend": .value(document.trend),
                                        "aardvark": .value(document.aardvark)], to: output)
        #expect(bytes == (try foundation(document)))
        #expect(chunks.count > 10)
        #expect(chunks.allSatisfy { $0 < 2 * ReportOutput.chunkSize })
    }
}
