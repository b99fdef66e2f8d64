import Foundation
@testable import SovScanKit
import Testing

/// `OrderedPipeline`: values made on other threads reach the consumer in order, a bounded number ahead of it, and
/// a consumer's error stops the making (issue 17: a portfolio's systems scanned on every core).
struct OrderedPipelineTests {
    /// Counts what the workers do, from their threads.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var started = 0
        private var finished = 0
        private var highest = -1
        private var consumedUpTo = -1
        /// The most values claimed beyond the last one the consumer started on.
        private var widest = 0

        func start(_ index: Int) {
            lock.withLock {
                started += 1
                highest = max(highest, index)
                widest = max(widest, index - consumedUpTo)
            }
        }

        func finish() { lock.withLock { finished += 1 } }
        func consume(_ index: Int) { lock.withLock { consumedUpTo = index } }
        var counts: (started: Int, finished: Int, highest: Int, widest: Int) {
            lock.withLock { (started, finished, highest, widest) }
        }
    }

    private struct Stop: Error {}

    @Test(arguments: [1, 2, 3, 8])
    func valuesReachTheConsumerInOrder(ahead: Int) {
        let tally = Tally()
        var consumed: [Int] = []
        OrderedPipeline.run(count: 40, ahead: ahead, make: { index in
            tally.start(index)
            defer { tally.finish() }
            return index * index
        }, consume: { value in
            let index = consumed.count
            tally.consume(index)
            consumed.append(value)
        })
        #expect(consumed == (0..<40).map { $0 * $0 })
        let counts = tally.counts
        #expect(counts.started == 40 && counts.finished == 40)
        // A value is claimed only while fewer than `ahead` are claimed beyond the one the consumer has taken.
        #expect(counts.widest <= max(ahead, 1) + 1, "claimed \(counts.widest) beyond the consumer with ahead \(ahead)")
    }

    @Test func aConsumersErrorStopsTheMakingAndIsRethrown() {
        let tally = Tally()
        #expect(throws: Stop.self) {
            try OrderedPipeline.run(count: 1_000, ahead: 2, make: { index in
                tally.start(index)
                defer { tally.finish() }
                return index
            }, consume: { index in
                tally.consume(index)
                if index == 3 { throw Stop() }
            })
        }
        let counts = tally.counts
        #expect(counts.started == counts.finished, "every worker has returned when the error is rethrown")
        #expect(counts.highest <= 3 + 2, "no value far beyond the failed one was made: \(counts.highest)")
    }

    @Test func noValueIsMadeForAnEmptyRun() {
        OrderedPipeline.run(count: 0, ahead: 2, make: { _ -> Int in
            Issue.record("made a value of an empty run")
            return 0
        }, consume: { _ in Issue.record("consumed a value of an empty run") })
    }
}
