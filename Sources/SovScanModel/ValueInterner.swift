/// Keeps one copy of each distinct value: values made per component that are equal for many components (a
/// decision's reason, a concluded licence with its expression tree) then share one storage instead of holding
/// one each. Not thread-safe: one interner per pass.
public struct ValueInterner<Value: Hashable> {
    private var known: Set<Value> = []

    public init() {}

    /// The stored copy of `value`, storing `value` when it is new.
    public mutating func intern(_ value: Value) -> Value {
        if let stored = known.firstIndex(of: value) { return known[stored] }
        known.insert(value)
        return value
    }
}
