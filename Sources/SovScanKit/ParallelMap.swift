import Dispatch
import Foundation
import SovScanModel

/// Maps over a collection on all cores, keeping the order of results.
public enum ParallelMap {
    /// `transform` of every input, made on as many threads as there are cores (one input: on the calling thread),
    /// in the order of `inputs`.
    public static func run<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        if inputs.count <= 1 { return inputs.map(transform) }
        let box = IndexedResults<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            box.set(index, transform(inputs[index]))
        }
        return box.values()
    }
}
