import SovScanModel

/// What the policy needs to know about licence ids: their category. The `Licenses` module's list answers it;
/// a table serves where that list is not loaded.
public struct LicenseKnowledge: Sendable {
    private let lookup: @Sendable (String) -> LicenseCategory

    /// Knowledge from a function that gives the category of an SPDX id (`.unknown` for an id it does not know).
    public init(category: @escaping @Sendable (String) -> LicenseCategory) {
        lookup = category
    }

    /// Knowledge from a table of ids (compared without regard to case).
    public init(table: [String: LicenseCategory]) {
        let lowered = Dictionary(table.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        lookup = { lowered[$0.lowercased()] ?? .unknown }
    }

    /// The category of a licence id; `LicenseRef-` references are unknown unless the table names them.
    public func category(of id: String) -> LicenseCategory { lookup(id) }
}
