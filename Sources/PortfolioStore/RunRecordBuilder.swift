import Analysis
import Classification
import Foundation

extension RunRecord {
    /// The record of one analysed system: shares per level and group, counted units, every component's
    /// classification facts, bindings, and the findings of a check.
    public init(system: SystemRecord, analysis: SystemAnalysis, classified: ClassifiedSystem, complete: Bool,
                provenance: RunProvenance, findings: [FindingRecord] = []) {
        var levels = analysis.levels.map { LevelRecord(level: $0.level.rawValue, $0.count) }
        levels += analysis.groups.map { LevelRecord(level: $0.group.rawValue, $0.count) }
        levels.append(LevelRecord(level: "overall", analysis.overall))
        let units = analysis.levels.flatMap { share in
            share.units.map { UnitRecord(level: share.level.rawValue, name: $0.name, verdict: $0.verdict.rawValue,
                                         components: $0.components, isBinding: $0.isBinding) }
        }
        let components = classified.classifications.map(ComponentRecord.init)
        let bindings = analysis.bindings.map {
            BindingRecord(platform: $0.platform, rule: $0.rule, vendor: $0.vendor, bloc: $0.bloc.rawValue,
                          proprietary: $0.proprietary, level: $0.level.rawValue, hasExitPlan: $0.hasExitPlan,
                          components: $0.components.count)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.init(system: system, provenance: provenance, complete: complete, countBy: analysis.countBy.rawValue,
                  levels: levels, units: units, components: components, bindings: bindings, findings: findings,
                  analysisJSON: try? encoder.encode(analysis))
    }

    /// The stored analysis of the system, when it was recorded and this version of sovscan can read it.
    public var analysis: SystemAnalysis? {
        analysisJSON.flatMap { try? JSONDecoder().decode(SystemAnalysis.self, from: $0) }
    }
}

extension LevelRecord {
    /// The row of a level, group or the whole system, from the analysis' count.
    init(level: String, _ count: ShareCount) {
        self.init(level: level, oss: count.oss, notOSS: count.notOSS, unknown: count.unknown,
                  firstParty: count.firstParty, band: count.band?.rawValue)
    }
}

extension ComponentRecord {
    /// The facts of one classification.
    init(_ classification: Classification) {
        self.init(purl: classification.purl.description, level: classification.level?.rawValue,
                  technology: classification.technology, vendor: classification.vendor?.id,
                  vendorCountry: classification.vendor?.country, vendorPresumed: classification.vendor?.isPresumed ?? false,
                  bloc: classification.bloc.rawValue,
                  governance: classification.governance?.rawValue, licenseCategory: classification.license.category.rawValue,
                  oss: classification.isOSS, firstParty: classification.isFirstParty, ships: classification.ships,
                  binding: classification.binding.flatMap { $0.developmentOnly == true ? nil : $0.platform }, relicensing: classification.relicensing.map(\.event),
                  seal: classification.seal)
    }
}
