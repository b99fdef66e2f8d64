import SovScanModel

/// What the policy needs to know about licence ids: their category. The `Licenses` module's list answers it;
/// a table serves where that list is not loaded.
public struct LicenseKnowledge: Sendable {
    private let lookup: @Sendable (String) -> LicenseCategory
    private let known: @Sendable (String) -> Bool

    /// Knowledge from functions that give the category of an id (`.unknown` for an id it does not know) and
    /// whether an id is known at all.
    public init(category: @escaping @Sendable (String) -> LicenseCategory, isKnown: @escaping @Sendable (String) -> Bool) {
        lookup = category
        known = isKnown
    }

    /// Knowledge from a table of ids (compared without regard to case).
    public init(table: [String: LicenseCategory]) {
        let lowered = Dictionary(table.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        lookup = { lowered[$0.lowercased()] ?? .unknown }
        known = { lowered[$0.lowercased()] != nil }
    }

    /// Whether the id is a licence the data knows.
    public func isKnown(_ id: String) -> Bool { known(id) }

    /// The category of a licence id; `LicenseRef-` references are unknown unless the table names them.
    public func category(of id: String) -> LicenseCategory { lookup(id) }
}
