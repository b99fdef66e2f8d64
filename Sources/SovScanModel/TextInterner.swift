/// Keeps one copy of each distinct text: texts made per component that read the same for many components (a
/// decision's reason, a licence's reason) then share one storage instead of holding one each. Not thread-safe:
/// one interner per pass.
public struct TextInterner {
    private var known: Set<String> = []

    public init() {}

    /// The stored copy of `text`, storing `text` when it is new.
    public mutating func intern(_ text: String) -> String {
        if let stored = known.firstIndex(of: text) { return known[stored] }
        known.insert(text)
        return text
    }
}
