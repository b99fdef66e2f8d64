/// An immutable value held by reference, so that many classifications (or rule matches) that carry the same
/// vendor, binding, rule or decision basis hold one pointer to one stored copy instead of an inline copy each.
/// Equal, hashed and coded as the value it holds: a type that stores a `SharedValue` in place of the value keeps
/// its equality and its coded form.
final class SharedValue<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (left: SharedValue, right: SharedValue) -> Bool {
        left === right || left.value == right.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

extension SharedValue: Codable where Value: Codable {
    convenience init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Value.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// Keeps one stored copy of each distinct shared value met in one pass (one classification run): equal values
/// then share one `SharedValue`. Not thread-safe: one interner per pass.
struct SharedValueInterner<Value: Hashable & Sendable> {
    private var known: Set<SharedValue<Value>> = []

    /// The stored copy equal to `shared`, storing `shared` when it is new.
    mutating func intern(_ shared: SharedValue<Value>) -> SharedValue<Value> {
        if let stored = known.firstIndex(of: shared) { return known[stored] }
        known.insert(shared)
        return shared
    }
}
