import Analysis
import Classification
import Licenses
import SovScanModel

/// Turns what the pipeline produced (DESIGN section 1: the enriched inventory, its classifications and the
/// analysis) into what the policy judges: per component the vendor, bloc, binding, relicensing and SEAL facts,
/// per system the OSS shares (percent) and SEAL level.
public enum PolicySubjectBuilder {
    /// The subject of one system; without classification or analysis only the inventory is judged.
    public static func subject(_ system: SystemInventory, classified: ClassifiedSystem?, analysis: SystemAnalysis?) -> PolicySubject {
        var facts: [PackageURL: ComponentFacts] = [:]
        for classification in classified?.classifications ?? [] where !classification.isFirstParty {
            facts[classification.purl] = Self.facts(classification)
        }
        var shares: [String: MeasuredShare] = [:]
        func measured(_ count: ShareCount) -> MeasuredShare? {
            guard let percent = count.percent, let band = count.band else { return nil }
            return MeasuredShare(percent: percent, band: band)
        }
        for group in analysis?.groups ?? [] {
            shares[group.group == .applikation ? "application" : "infrastructure"] = measured(group.count)
        }
        for level in analysis?.levels ?? [] {
            shares[level.level.rawValue] = measured(level.count)
        }
        return PolicySubject(inventory: system, facts: facts, shares: shares, seal: analysis?.seal.minimum)
    }

    /// The subjects of several systems, matched by position (as `ScanResult` keeps them).
    public static func subjects(_ systems: [SystemInventory], classified: [ClassifiedSystem], analyses: [SystemAnalysis]) -> [PolicySubject] {
        systems.indices.map { index in
            subject(systems[index], classified: classified.indices.contains(index) ? classified[index] : nil,
                    analysis: analyses.indices.contains(index) ? analyses[index] : nil)
        }
    }

    /// Licence categories as the SPDX data and `Rules/licenses/categories.yml` give them; nothing is known
    /// without licence data.
    public static func knowledge(_ list: LicenseList?) -> LicenseKnowledge {
        guard let list else { return LicenseKnowledge(table: [:]) }
        return LicenseKnowledge(category: { list.license($0)?.category ?? .unknown }, isKnown: { list.license($0) != nil })
    }

    /// The facts the policy reads from a classification.
    static func facts(_ classification: Classification) -> ComponentFacts {
        ComponentFacts(
            vendorID: classification.vendor?.id,
            vendorName: classification.vendor?.name,
            bloc: classification.vendor == nil ? nil : classification.bloc.rawValue,
            binding: classification.binding.map {
                BindingFact(platform: $0.platform, kind: $0.kind.rawValue, bloc: $0.vendor?.bloc.rawValue)
            },
            relicensing: classification.relicensing.filter { !$0.ossAfter }.map {
                RelicensingFact(event: $0.event, to: $0.to, versions: $0.versions)
            },
            seal: classification.seal)
    }
}
