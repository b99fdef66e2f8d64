import Classification
import SovScanModel

/// Finds classifications by purl without copying them: it keeps the classified systems (whose arrays share their
/// storage) and each purl's position in them. When several systems classified a purl, the first one's
/// classification is found, and within a system the first one for the purl. A dictionary of copied
/// classifications cost about half a kilobyte per component, which a supplier's SBOM of a million components
/// could not afford.
struct ClassificationLookup: Sendable {
    private let systems: [ClassifiedSystem]
    /// The system's position times 2^32 plus the classification's position in that system.
    private let positions: [String: Int]

    init(_ systems: [ClassifiedSystem]) {
        self.systems = systems
        var positions: [String: Int] = [:]
        positions.reserveCapacity(systems.first?.classifications.count ?? 0)
        for (system, classified) in systems.enumerated() {
            for (index, classification) in classified.classifications.enumerated() {
                let key = classification.purl.description
                if positions[key] == nil { positions[key] = system << 32 | index }
            }
        }
        self.positions = positions
    }

    /// The classification of `purl`, if one of the systems classified it.
    subscript(purl: PackageURL) -> Classification? {
        guard let position = positions[purl.description] else { return nil }
        return systems[position >> 32].classifications[position & 0xFFFF_FFFF]
    }
}
