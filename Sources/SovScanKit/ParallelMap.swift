import Dispatch
import Foundation

/// Maps over a collection on all cores, keeping the order of results.
public enum ParallelMap {
    /// `transform` of every input, made on as many threads as there are cores (one input: on the calling thread),
    /// in the order of `inputs`.
    public static func run<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        if inputs.count <= 1 { return inputs.map(transform) }
        let box = ResultBox<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            box.set(index, transform(inputs[index]))
        }
        return box.values()
    }
}

/// Results written from several threads, one slot each, under a lock.
private final class ResultBox<Output: Sendable>: @unchecked Sendable {
    private var slots: [Output?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Output] { slots.compactMap { $0 } }
}
