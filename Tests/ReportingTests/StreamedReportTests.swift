import Analysis
import Classification
import Foundation
@testable import Reporting
import SovScanModel
import Testing

/// CycloneDX, JSON and HTML written to a `ReportOutput` as they are laid out (issue 17): the bytes are those of the
/// whole document made in memory, and they arrive in chunks of about `ReportOutput.chunkSize`, so a file receives
/// a large report without it ever being whole in memory.
struct StreamedReportTests {
    /// The rich system with 3,000 more npm components, each classified, and the analysis: documents of several
    /// megabytes, many chunks each.
    static func large() -> ReportInput {
        var inventory = TestInventories.rich()
        var classifications = TestReports.classified().classifications
        let vendor = TestReports.vendor("Fællesskabet", country: "DK", bloc: .eu, governance: .community)
        for number in 0..<3_000 {
            let text = "pkg:npm/%40kommune/modul-\(number)@1.\(number % 13).0"
            inventory.systems[0].components.append(Component(
                purl: TestInventories.purl(text), ecosystem: .npm, group: "@kommune", name: "modul-\(number)",
                version: "1.\(number % 13).0", isDirect: number % 10 == 0,
                concludedLicense: ConcludedLicense(expression: .license(id: "MIT"), confidence: 1, reason: "lockfile"),
                properties: ["resolved": "https://registry.npmjs.org/@kommune/modul-\(number)/-/modul-\(number).tgz"]))
            classifications.append(TestReports.classification(
                text, level: .frontend, technology: "Modul \(number)", vendor: vendor, oss: true, seal: 3))
        }
        let classified = ClassifiedSystem(name: inventory.systems[0].name, classifications: classifications)
        let analysis = AnalysisDocument(generator: "sovscan test", options: AnalysisOptions(),
                                        systems: [Analyzer().analyse(classified)])
        return ReportInput(inventory: inventory, classifications: [classified], analysis: analysis)
    }

    /// The chunks a writer hands to its output, in order.
    private final class Chunks {
        var sizes: [Int] = []
        var bytes = Data()
    }

    private static func streamed(_ write: (ReportOutput) throws -> Void) throws -> Chunks {
        let chunks = Chunks()
        let output = ReportOutput { bytes in
            chunks.sizes.append(bytes.count)
            chunks.bytes.append(contentsOf: bytes)
        }
        try write(output)
        return chunks
    }

    /// The streamed bytes equal the whole document's, and no chunk is more than twice the chunk size (a chunk
    /// ends at the first entry or element after the buffer is full).
    private static func expectStreamed(_ chunks: Chunks, equal whole: Data, _ format: String) {
        #expect(chunks.bytes == whole, "\(format): streamed bytes differ from the whole document")
        #expect(whole.count > 8 * ReportOutput.chunkSize, "\(format): \(whole.count) bytes are too few to test chunks")
        let largest = chunks.sizes.max() ?? 0
        #expect(largest < 2 * ReportOutput.chunkSize, "\(format): a chunk of \(largest) bytes")
        #expect(chunks.sizes.count > 8, "\(format): \(chunks.sizes.count) chunks")
    }

    @Test func cycloneDXStreamsTheBytesOfTheWholeDocument() throws {
        let input = Self.large()
        let context = TestInventories.context
        let whole = try CycloneDXJSONWriter().write(input.inventory, classifications: input.classifications, context: context)
        let chunks = try Self.streamed {
            try CycloneDXJSONWriter().write(input.inventory, classifications: input.classifications, context: context, to: $0)
        }
        Self.expectStreamed(chunks, equal: whole, "cyclonedx")
        // The whole document is the one Foundation's encoder writes from the complete model.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let model = CycloneDXBuilder.document(input.inventory, classifications: input.classifications, context: context)
        #expect(whole == (try encoder.encode(model)) + Data([0x0A]))
    }

    /// The CycloneDX layout has the JSON objects of a batch of components made and laid out on every core
    /// (`CycloneDXBuilder.laidOutComponents(at:depth:)`): they are the objects made one after another, in the same
    /// order, for an empty batch, one component, a whole batch, the tail and every component at once.
    @Test func cycloneDXBatchesHoldTheComponentsInOrder() throws {
        let input = Self.large()
        let builder = CycloneDXBuilder(input.inventory, classifications: input.classifications, context: TestInventories.context)
        let all = builder.componentPositions
        #expect(all.count > 2 * CycloneDXBuilder.batchSize)
        let start = all.lowerBound
        for batch in [start..<start, start..<start + 1, start..<start + CycloneDXBuilder.batchSize,
                      all.upperBound - 7..<all.upperBound, all] {
            let serial = batch.map { JSONOutput.object(atDepth: 2, builder.component(at: $0).writeMembers) }
            #expect(builder.laidOutComponents(at: batch, depth: 2) == serial, "batch \(batch)")
        }
    }

    @Test func scanJSONStreamsTheBytesOfTheWholeDocument() throws {
        let input = Self.large()
        let whole = try ScanJSONWriter().write(input, context: TestInventories.context)
        let chunks = try Self.streamed { try ScanJSONWriter().write(input, context: TestInventories.context, to: $0) }
        Self.expectStreamed(chunks, equal: whole, "json")
    }

    @Test func htmlStreamsTheBytesOfTheWholePage() throws {
        let input = Self.large()
        for language in [ReportLanguage.en, .da] {
            let writer = HTMLReportWriter(language: language)
            let whole = writer.write(input, context: TestInventories.context)
            let chunks = try Self.streamed { try writer.write(input, context: TestInventories.context, to: $0) }
            Self.expectStreamed(chunks, equal: whole, "html \(language)")
        }
        // A portfolio's single file too.
        let portfolio = ReportSamples.portfolio(systems: 40)
        let writer = HTMLReportWriter(language: .da)
        let chunks = try Self.streamed { try writer.write(portfolio, context: ReportSamples.context, to: $0) }
        #expect(chunks.bytes == writer.write(portfolio, context: ReportSamples.context))
    }

    /// Written to a file handle, the file holds the document.
    @Test func aFileHandleReceivesTheDocument() throws {
        let input = Self.large()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-streamed-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        let kept = ReportOutput(handle)
        try ScanJSONWriter().write(input, context: TestInventories.context, to: kept)
        try handle.close()
        #expect(try kept.finish().isEmpty, "nothing is kept in memory")
        #expect(try Data(contentsOf: file) == (try ScanJSONWriter().write(input, context: TestInventories.context)))
    }

    /// A write that fails (a full disk: `/dev/full`) is an error of the writer, not a truncated report that passes
    /// for a whole one.
    @Test func aFailedWriteIsAnError() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        defer { try? full.close() }
        let input = Self.large()
        #expect(throws: (any Error).self) {
            try CycloneDXJSONWriter().write(input.inventory, classifications: input.classifications,
                                            context: TestInventories.context, to: ReportOutput(full))
        }
        #expect(throws: (any Error).self) {
            try HTMLReportWriter().write(input, context: TestInventories.context, to: ReportOutput(full))
        }
    }
}
