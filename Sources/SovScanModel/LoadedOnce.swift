import Foundation

/// A value made the first time it is asked for, once however many threads ask; copies of whatever holds it share
/// it. sovscan decodes its compiled rules and licence data this way, when the first component needs them, so a
/// scan with nothing to classify never pays for them (issue 17).
public final class LoadedOnce<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case pending(@Sendable () -> Value)
        case made(Value)
    }

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var state: State

    /// A value `make` makes at the first `value`.
    public init(_ make: @escaping @Sendable () -> Value) {
        state = .pending(make)
    }

    /// A value already made.
    public init(loaded value: Value) {
        state = .made(value)
    }

    /// Whether the value has been made.
    public var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        if case .made = state { return true }
        return false
    }

    /// The value, made at the first call.
    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .made(let value):
            return value
        case .pending(let make):
            let value = make()
            state = .made(value)
            return value
        }
    }
}
