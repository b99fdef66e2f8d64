import Dispatch
import Foundation

/// Makes a sequence of values on other threads and hands them, in order, to a consumer on the calling thread
/// (issue 17: a portfolio's systems are scanned on every core while the reports take them one by one). At most
/// `ahead` values are made or waiting beyond the one the consumer has, so memory follows the largest values,
/// not their number; the consumer sees the same values in the same order as a sequential loop.
enum OrderedPipeline {
    /// Calls `consume` with `make(0)`, `make(1)`, … `make(count - 1)` in that order, the values made by `ahead`
    /// workers. With one value or `ahead` below 2 everything runs on the calling thread. When `consume` throws, no
    /// further value is started, the workers are waited for, and the error is rethrown.
    static func run<Value: Sendable>(count: Int, ahead: Int, make: @escaping @Sendable (Int) -> Value,
                                     consume: (Value) throws -> Void) rethrows {
        guard count > 1, ahead > 1 else {
            for index in 0..<count { try consume(make(index)) }
            return
        }
        let handoff = Handoff<Value>(count: count, ahead: ahead)
        for _ in 0..<min(ahead, count) {
            handoff.workerStarted()
            DispatchQueue.global().async {
                while let index = handoff.claim() { handoff.deliver(make(index), at: index) }
                handoff.workerFinished()
            }
        }
        defer { handoff.stopAndWait() }
        for index in 0..<count { try consume(handoff.take(index)) }
    }
}

/// The state the workers and the consumer of an `OrderedPipeline` share; every member is read and written under
/// `condition` only.
private final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let ahead: Int
    /// The next index a worker may claim.
    private var next = 0
    /// The index the consumer takes next.
    private var taken = 0
    /// Values made and not yet taken, by index.
    private var made: [Int: Value] = [:]
    private var stopped = false
    private var workers = 0

    init(count: Int, ahead: Int) {
        self.count = count
        self.ahead = ahead
    }

    func workerStarted() {
        condition.withLock { workers += 1 }
    }

    /// The next index to make, once it is fewer than `ahead` beyond the consumer's; `nil` when every index is
    /// claimed or the pipeline stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && next >= taken + ahead { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ value: Value, at index: Int) {
        condition.withLock {
            made[index] = value
            condition.broadcast()
        }
    }

    /// The value at `index`, waited for; frees its place for the next claim.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = made.removeValue(forKey: index) {
                taken = index + 1
                condition.broadcast()
                return value
            }
            condition.wait()
        }
    }

    func workerFinished() {
        condition.withLock {
            workers -= 1
            condition.broadcast()
        }
    }

    /// Lets no worker claim another index and waits until every worker has returned.
    func stopAndWait() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while workers > 0 { condition.wait() }
    }
}
