import SovScanModel

/// Builds what the policy judges from a scan: one subject per system. Classification and analysis facts are
/// added here as those stages land; until then the subjects carry the inventory alone.
public enum PolicySubjectBuilder {
    /// The subjects of every system of the inventory.
    public static func subjects(for inventory: Inventory) -> [PolicySubject] {
        inventory.systems.map { PolicySubject(inventory: $0) }
    }

    /// Licence categories known to the policy.
    public static let licenseKnowledge = LicenseKnowledge(table: [:])
}
