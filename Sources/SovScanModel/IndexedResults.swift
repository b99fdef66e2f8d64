import Foundation

/// Results made on several threads, each written once into its own slot under a lock and read back in index order
/// when all are made (`ParallelMap`, the classifier's rule matching).
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
}
