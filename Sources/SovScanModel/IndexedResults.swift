import Dispatch
import Foundation

/// Results made on several threads, each written once into its own slot under a lock and read back in index order
/// when all are made (`ParallelMap`, the classifier's rule matching, the CycloneDX writer's components).
public final class IndexedResults<Output: Sendable>: @unchecked Sendable {
    private var slots: [Output?]
    private let lock = NSLock()

    /// Slots for `count` results.
    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores the result of index `index`.
    public func set(_ index: Int, _ value: Output) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The results in index order; every slot must have been set.
    public func values() -> [Output] { slots.map { $0! } }

    /// `make` of every index below `count`, in index order, made on every core, each core taking every n-th index
    /// (on the calling thread alone when there is one core or one index).
    public static func made(count: Int, _ make: @Sendable (Int) -> Output) -> [Output] {
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, count)
        guard parts > 1 else { return (0..<count).map(make) }
        let results = IndexedResults(count: count)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for index in stride(from: part, to: count, by: parts) { results.set(index, make(index)) }
        }
        return results.values()
    }
}
