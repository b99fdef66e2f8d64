import Foundation
import Licenses
import SovScanModel

/// Builds what the policy judges from a scan: one subject per system, with every component's licence concluded
/// (where the scan did not already) and the licence categories of the bundled SPDX data. Classification and
/// analysis facts are added here as those stages land.
public struct PolicySubjectBuilder: Sendable {
    /// The licence enrich stage; `nil` when no licence data was found.
    public let enricher: LicenseEnricher?

    public init(enricher: LicenseEnricher?) {
        self.enricher = enricher
    }

    /// Loads the licence data of a rules folder.
    /// - Throws: when the licence data cannot be read.
    public init(rulesDirectory: URL) throws {
        enricher = try LicenseEnricher(rulesDirectory: rulesDirectory)
    }

    /// Licence categories as the SPDX data and `Rules/licenses/categories.yml` give them.
    public var knowledge: LicenseKnowledge {
        guard let list = enricher?.normalizer.resolver.list else { return LicenseKnowledge(table: [:]) }
        return LicenseKnowledge { list.license($0)?.category ?? .unknown }
    }

    /// The subjects of every system of the inventory.
    public func subjects(for inventory: Inventory) -> [PolicySubject] {
        inventory.systems.map { system in
            var enriched = system
            if let enricher {
                for index in enriched.components.indices where enriched.components[index].concludedLicense == nil {
                    enriched.components[index].concludedLicense = enricher.conclude(enriched.components[index], root: system.root)
                }
            }
            return PolicySubject(inventory: enriched)
        }
    }
}
