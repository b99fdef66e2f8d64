import Dispatch
import Foundation
import Reporting
import Testing

/// `sovscan scan` writes its reports at the same time, one per core, from one shared input (issue 17). Each
/// report's bytes must be those it makes alone however the writers interleave: state the writers shared (a cache,
/// a lazily made value, a formatter) would show here as differing bytes, and under the thread sanitizer
/// (`swift build --sanitize=thread`) as a race.
struct ConcurrentReportTests {
    /// Every format `scan` writes, each writing the shared input into memory as `ScanReports` writes it to a file:
    /// CycloneDX, JSON and HTML streamed through a `ReportOutput`, the others made whole.
    private static func writers(_ input: ReportInput) -> [@Sendable () throws -> Data] {
        let context = TestInventories.context
        func streamed(_ write: @escaping @Sendable (ReportOutput) throws -> Void) -> @Sendable () throws -> Data {
            {
                let output = ReportOutput()
                try write(output)
                return try output.finish()
            }
        }
        return [
            streamed { try CycloneDXJSONWriter().write(input.inventory, classifications: input.classifications,
                                                       context: context, to: $0) },
            streamed { try ScanJSONWriter().write(input, context: context, to: $0) },
            streamed { try HTMLReportWriter(language: .en).write(input, context: context, to: $0) },
            streamed { try HTMLReportWriter(language: .da).write(input, context: context, to: $0) },
            { try SPDXJSONWriter().write(input.inventory, classifications: input.classifications, context: context) },
            { CycloneDXXMLWriter().write(input.inventory, classifications: input.classifications, context: context) },
            { CSVWriter(delimiter: ";", byteOrderMark: true).write(input) },
            { SharesCSVWriter(delimiter: ",", byteOrderMark: false).write(input.analysis) },
            { MarkdownSummaryWriter(language: .da).write(input, context: context) },
        ]
    }

    @Test func formatsWrittenTogetherAreTheBytesOfEachWrittenAlone() throws {
        let input = StreamedReportTests.large()
        let writers = Self.writers(input)
        let alone = try writers.map { try $0() }
        for round in 0..<3 {
            let results = Slots(count: writers.count)
            DispatchQueue.concurrentPerform(iterations: writers.count) { index in
                results.set(index, Result { try writers[index]() })
            }
            let together = try results.values.map { try $0.get() }
            try #require(together.count == writers.count)
            for index in writers.indices {
                #expect(together[index] == alone[index], "round \(round): writer \(index) wrote other bytes beside the others")
            }
        }
    }
}

/// The writers' results, one slot each, set from their threads under a lock.
private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Data, any Error>?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<Data, any Error>) {
        lock.withLock { results[index] = result }
    }

    /// Every slot's result, read once the writers are done.
    var values: [Result<Data, any Error>] {
        lock.withLock { results.compactMap { $0 } }
    }
}
