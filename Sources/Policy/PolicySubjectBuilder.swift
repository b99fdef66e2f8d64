import Analysis
import Classification
import Licenses
import SovScanModel

/// Turns what the pipeline produced (DESIGN section 1: the enriched inventory, its classifications and the
/// analysis) into what the policy judges: per component the vendor, bloc, binding, relicensing and SEAL facts,
/// per system the OSS shares (percent) and SEAL level.
public enum PolicySubjectBuilder {
    /// The subject of one system; without classification or analysis only the inventory is judged. `cutoffs` are
    /// the run's band cut-offs and coverage threshold (the analysis document's options).
    public static func subject(_ system: SystemInventory, classified: ClassifiedSystem?, analysis: SystemAnalysis?,
                               cutoffs: BandCutoffs) -> PolicySubject {
        var facts: [PackageURL: ComponentFacts] = [:]
        for classification in classified?.classifications ?? [] where !classification.isFirstParty {
            facts[classification.purl] = Self.facts(classification)
        }
        var shares: [String: MeasuredShare] = [:]
        func measured(_ count: ShareCount, _ units: [CountedUnit]) -> MeasuredShare {
            MeasuredShare(count: count, cutoffs: cutoffs, notOSSUnits: units.filter { $0.verdict == .notOSS }.map(\.name),
                          unknownUnits: units.filter { $0.verdict == .unknown }.map(\.name))
        }
        let levels = analysis?.levels ?? []
        for group in analysis?.groups ?? [] {
            let units = levels.filter { $0.level.group == group.group }.flatMap(\.units)
            shares[group.group == .applikation ? "application" : "infrastructure"] = measured(group.count, units)
        }
        for level in levels {
            shares[level.level.rawValue] = measured(level.count, level.units)
        }
        return PolicySubject(inventory: system, facts: facts, shares: shares, seal: analysis?.seal.minimum)
    }

    /// The subjects of several systems, matched by position (as `ScanResult` keeps them).
    public static func subjects(_ systems: [SystemInventory], classified: [ClassifiedSystem], analyses: [SystemAnalysis],
                                cutoffs: BandCutoffs) -> [PolicySubject] {
        systems.indices.map { index in
            subject(systems[index], classified: classified.indices.contains(index) ? classified[index] : nil,
                    analysis: analyses.indices.contains(index) ? analyses[index] : nil, cutoffs: cutoffs)
        }
    }

    /// Licence categories as the SPDX data and `Rules/licenses/categories.yml` give them; nothing is known
    /// without licence data.
    public static func knowledge(_ list: LicenseList?) -> LicenseKnowledge {
        guard let list else { return LicenseKnowledge(table: [:]) }
        return LicenseKnowledge(category: { list.license($0)?.category ?? .unknown }, isKnown: { list.license($0) != nil })
    }

    /// The facts the policy reads from a classification.
    /// A presumed vendor (no rule names the steward) is not judged: a presumption should not fail a gate. Nor is an
    /// optional binding (an SDK shipped beside open alternatives for the same role): it ties the system to nothing.
    static func facts(_ classification: Classification) -> ComponentFacts {
        let vendor = classification.vendor.flatMap { $0.isPresumed ? nil : $0 }
        return ComponentFacts(
            vendorID: vendor?.id,
            vendorName: vendor?.name,
            bloc: vendor == nil ? nil : classification.bloc.rawValue,
            binding: classification.binding.flatMap { $0.binds ? $0 : nil }.map {
                BindingFact(platform: $0.platform, kind: $0.kind.rawValue, bloc: $0.vendor?.bloc.rawValue, rule: $0.rule)
            },
            relicensing: classification.relicensing.filter { !$0.ossAfter }.map {
                RelicensingFact(event: $0.event, to: $0.to, versions: $0.versions)
            },
            seal: classification.seal,
            level: classification.level,
            levelReason: classification.explanation.last { $0.fact == "level" }?.description,
            statedLicense: classification.statedLicenseExpression.flatMap { expression in
                classification.technologyRule.map { StatedLicenseFact(expression: expression, rule: $0) }
            })
    }
}
