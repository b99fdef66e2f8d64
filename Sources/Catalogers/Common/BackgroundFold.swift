import Foundation

/// A fold run on a thread of its own: the items given to `add` are folded into the state in the order given, while
/// the caller goes on making the next ones; `finish` waits for the last and returns the state. For a producer that
/// must stay on one thread (the Maven resolution, whose caches are not shared) and a step that needs only what the
/// producer hands over, so the two overlap without either sharing anything else. The state is touched by the
/// folding thread alone until `finish` hands it back, so the result is that of folding the items in order on the
/// caller's thread.
final class BackgroundFold<State, Item>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Items given and not yet taken by the folding thread, in order.
    private var pending: [Item] = []
    private var isClosed = false
    private var isDone = false
    private var state: State
    private let step: (inout State, Item) -> Void

    /// Starts the folding thread on `initial`.
    init(_ initial: State, step: @escaping (inout State, Item) -> Void) {
        state = initial
        self.step = step
        Thread { [self] in run() }.start()
    }

    /// Items folded, handed back to be released on the caller's thread, which made them: glibc frees a block
    /// made on another thread under the lock of the maker's arena, against the maker's own allocations.
    private var folded: [Item] = []
    /// How many items may wait: a caller that runs ahead waits, so what waits (the Maven collector's graphs are
    /// large) stays bounded.
    static var maximumPending: Int { 16 }

    /// Hands `item` to the fold (after every item given before it); waits while `maximumPending` items wait.
    func add(_ item: Item) {
        var released: [Item] = []
        condition.lock()
        precondition(!isClosed, "an item added after finish")
        while pending.count >= Self.maximumPending { condition.wait() }
        pending.append(item)
        swap(&released, &folded)
        condition.broadcast()
        condition.unlock()
        withExtendedLifetime(released) {}
    }

    /// Waits until every item given is folded and returns the state. Called once.
    func finish() -> State {
        condition.lock()
        isClosed = true
        condition.broadcast()
        while !isDone { condition.wait() }
        let result = state
        condition.unlock()
        return result
    }

    /// The folding thread: takes what is pending, folds it without holding the lock, until closed and drained.
    private func run() {
        condition.lock()
        while true {
            while pending.isEmpty && !isClosed { condition.wait() }
            if pending.isEmpty { break }
            let items = pending
            pending.removeAll(keepingCapacity: true)
            condition.broadcast()
            condition.unlock()
            for item in items { step(&state, item) }
            condition.lock()
            folded += items
        }
        isDone = true
        condition.broadcast()
        condition.unlock()
    }
}
