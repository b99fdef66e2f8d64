import Analysis
import Classification
import SovScanModel

extension StilBand {
    /// STIL's band for the analysis's band.
    public init(_ band: OSSBand) {
        switch band {
        case .primary: self = .primarilyOSS
        case .predominant: self = .predominantlyOSS
        case .limited: self = .limitedOSS
        }
    }
}

extension ShareCoverage {
    /// The coverage figures of an analysed count.
    public init(_ count: ShareCount) {
        self.init(units: count.total, unknown: count.unknown, coverage: count.coverage,
                  shareCountingUnknownAsNotOSS: count.shareCountingUnknownAsNotOSS, insufficientData: count.insufficientData)
    }
}

extension SystemFigures {
    /// The figures of an analysed system, laid out for the reports: components named as people know them
    /// (`system` gives the names), vendors with their country and bloc from the classifications.
    public init(_ analysis: SystemAnalysis, system: SystemInventory, classified: ClassifiedSystem, topVendors: Int = 10) {
        let names = Dictionary(system.components.map { ($0.purl.description, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        func named(_ purls: [String]) -> [String] { purls.map { names[$0] ?? $0 }.sorted() }
        var vendorFacts: [String: VendorFacts] = [:]
        for classification in classified.classifications {
            if let vendor = classification.vendor, vendorFacts[vendor.id] == nil { vendorFacts[vendor.id] = vendor }
        }
        let sealCounts = (0...4).map { analysis.seal.counts[String($0)] ?? 0 }
        self.init(
            system: analysis.name,
            ossShare: analysis.overall.share,
            band: analysis.overall.band.map(StilBand.init),
            coverage: ShareCoverage(analysis.overall),
            groups: analysis.groups.map {
                Group(group: $0.group, share: $0.count.share, band: $0.count.band.map(StilBand.init), coverage: ShareCoverage($0.count))
            },
            levels: analysis.levels.map { level in
                Level(level: level.level, technologies: level.count.total, ossTechnologies: level.count.oss,
                      unknownTechnologies: level.count.unknown, share: level.count.share,
                      band: level.count.band.map(StilBand.init), coverage: ShareCoverage(level.count),
                      members: level.units.map { Member(name: $0.name, isOSS: $0.verdict == .unknown ? nil : $0.verdict == .oss) })
            },
            seal: analysis.seal.median,
            sealDistribution: sealCounts,
            blocs: analysis.byBloc.map { BlocCount(bloc: Bloc(rawValue: $0.key) ?? .unknown, components: $0.components) },
            vendors: analysis.byVendor.filter { $0.key != "unknown" }.prefix(topVendors).map { origin in
                VendorShare(name: origin.name, country: vendorFacts[origin.key]?.country,
                            bloc: vendorFacts[origin.key]?.bloc ?? .unknown, components: origin.components)
            },
            bindings: analysis.bindings.map {
                Binding(platform: $0.platform, vendor: $0.vendor, bloc: $0.bloc, proprietary: $0.proprietary, components: named($0.components),
                        declaredInsteadOf: $0.declaredInsteadOf)
            },
            risks: analysis.risks.map { risk in
                let severity: Severity = switch risk.severity {
                case .high: .error
                case .medium: .warning
                case .low: .note
                }
                return Risk(kind: risk.kind.rawValue, severity: severity, message: risk.message, components: named(risk.components))
            }
        )
        sealUnrated = analysis.seal.unrated
    }
}

extension PortfolioFigures {
    /// The portfolio chart's rows from the portfolio analysis (the per-level rows; group rows are left out).
    public init(_ portfolio: PortfolioAnalysis) {
        let overall = portfolio.overall
        self.init(levels: portfolio.bands.compactMap { row in
            guard let level = StackLevel(rawValue: row.level) else { return nil }
            var systems: [StilBand: Int] = [:]
            for (key, count) in row.systems {
                if let band = OSSBand(rawValue: key) { systems[StilBand(band)] = count }
            }
            return LevelBands(level: level, systems: systems, insufficientData: row.insufficientData)
        }, overall: Overall(share: overall.share, band: overall.band.map(StilBand.init), coverage: ShareCoverage(overall)))
        hosting = portfolio.hosting
    }
}
