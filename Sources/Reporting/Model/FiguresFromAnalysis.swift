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
    /// (`system` gives the names), vendors by name with their country and jurisdiction from the classifications
    /// (one row per name), the technologies of each level with their licences and vendors, and the components
    /// that set the SEAL minimum. A system read from a store has no classifications; its figures come from the
    /// analysis alone.
    public init(_ analysis: SystemAnalysis, system: SystemInventory, classified: ClassifiedSystem?, topVendors: Int = 10) {
        let classifications = classified?.classifications ?? []
        let names = Dictionary(system.components.map { ($0.purl.description, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        func named(_ purls: [String]) -> [String] { purls.map { names[$0] ?? $0 }.sorted() }
        var vendorFacts: [String: VendorFacts] = [:]
        for classification in classifications {
            if let vendor = classification.vendor, vendorFacts[vendor.id] == nil { vendorFacts[vendor.id] = vendor }
            if let vendor = classification.binding?.vendor, vendorFacts[vendor.id] == nil { vendorFacts[vendor.id] = vendor }
        }
        // Only the classifications the risks name first are looked up: copying all of them into a dictionary cost
        // about half a kilobyte per component.
        let riskPurls = Set(analysis.risks.compactMap(\.components.first))
        var byPurl: [String: Classification] = [:]
        for classification in classifications where riskPurls.contains(classification.purl.description)
            && byPurl[classification.purl.description] == nil {
            byPurl[classification.purl.description] = classification
        }
        let members = Self.members(analysis, system: system, classifications: classifications)
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
                      members: level.units.map { unit in
                          let facts = members[MemberKey(level: level.level, name: unit.name)]
                          return Member(name: names[unit.name] ?? unit.name, isOSS: unit.verdict == .unknown ? nil : unit.verdict == .oss,
                                        licences: facts?.licences.sorted() ?? [], vendors: facts?.vendors.sorted() ?? [],
                                        isBinding: unit.isBinding)
                      })
            },
            seal: analysis.seal.median,
            sealDistribution: sealCounts,
            blocs: analysis.byBloc.map { BlocCount(bloc: Bloc(rawValue: $0.key) ?? .unknown, components: $0.components) },
            vendors: Self.vendors(analysis.byVendor, facts: vendorFacts, top: topVendors),
            bindings: (analysis.bindings + (analysis.optionalBindings ?? [])).map {
                Binding(platform: $0.platform, vendor: $0.vendor.map { vendorFacts[$0]?.name ?? $0 }, bloc: $0.bloc,
                        proprietary: $0.proprietary, kind: $0.kind, hasExitPlan: $0.hasExitPlan, components: named($0.components),
                        declaredInsteadOf: $0.declaredInsteadOf, optionalBeside: $0.optional?.alternatives)
            },
            risks: Self.merged(analysis.risks.map { risk in
                let severity: Severity = switch risk.severity {
                case .high: .error
                case .medium: .warning
                case .low: .note
                }
                return Risk(kind: risk.kind.rawValue, severity: severity, message: risk.message, subject: risk.subject,
                            detail: Self.detail(risk, facts: risk.components.first.flatMap { byPurl[$0] }, bindings: analysis.bindings),
                            components: named(risk.components))
            })
        )
        sealUnrated = analysis.seal.unrated
        sealMinimum = analysis.seal.minimum
        if let minimum = analysis.seal.minimum {
            sealMinimumComponents = classifications.filter { $0.ships && !$0.isFirstParty && $0.seal == minimum }
                .map { names[$0.purl.description] ?? $0.purl.description }.sorted()
        }
        excluded = Excluded(notShipping: analysis.totals.notShipping, developmentTooling: analysis.totals.developmentTooling,
                            withoutLevel: analysis.totals.withoutLevel,
                            unresolvedVersions: system.components.count { !$0.isFirstParty && $0.version == nil })
        // Counted in place: `thirdPartyComponents` would copy every component (most of a big SBOM's peak memory).
        thirdPartyComponents = system.thirdPartyCount
    }

    private struct MemberKey: Hashable {
        var level: StackLevel
        var name: String
    }

    /// The licences and vendors behind each counted unit: a technology's components at that level (counting
    /// components: the component itself; a binding's platform: the binding's vendor).
    private static func members(_ analysis: SystemAnalysis, system: SystemInventory,
                                classifications: [Classification]) -> [MemberKey: (licences: Set<String>, vendors: Set<String>)] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(system.components.count)
        for (index, component) in system.components.enumerated() where positions[component.purl.description] == nil {
            positions[component.purl.description] = index
        }
        var result: [MemberKey: (licences: Set<String>, vendors: Set<String>)] = [:]
        for item in classifications where item.ships && !item.isFirstParty {
            let purl = item.purl.description
            let licence = positions[purl].map { ComponentText.licence(system.components[$0]) } ?? ""
            if let level = item.level {
                let key = MemberKey(level: level, name: analysis.countBy == .component ? purl : item.technology)
                if !licence.isEmpty { result[key, default: ([], [])].licences.insert(licence) }
                if let vendor = item.vendor?.name { result[key, default: ([], [])].vendors.insert(vendor) }
            }
            if let binding = item.binding {
                let key = MemberKey(level: binding.kind.level, name: binding.platform)
                if let vendor = binding.vendor?.name { result[key, default: ([], [])].vendors.insert(vendor) }
            }
        }
        return result
    }

    /// The largest vendors by name: two rule entries with one name (a company listed under two ids) are one row.
    private static func vendors(_ origins: [OriginShare], facts: [String: VendorFacts], top: Int) -> [VendorShare] {
        var rows: [VendorShare] = []
        for origin in origins where origin.key != "unknown" {
            if let index = rows.firstIndex(where: { $0.name == origin.name }) {
                rows[index].components += origin.components
                rows[index].presumed += origin.presumed
            } else {
                rows.append(VendorShare(name: origin.name, country: facts[origin.key]?.country,
                                        bloc: facts[origin.key]?.bloc ?? .unknown, components: origin.components,
                                        presumed: origin.presumed))
            }
        }
        return Array(rows.sorted { ($1.components, $0.name) < ($0.components, $1.name) }.prefix(top))
    }

    /// One row per risk as the reader sees it: the analysis groups risks by technology, so one vendor outside the
    /// EU behind two technologies (Apple: swift-log and swift-collections) would read as the same line twice.
    /// Linear in the number of risks (a supplier's SBOM can have a risk per component).
    private static func merged(_ risks: [Risk]) -> [Risk] {
        struct Key: Hashable {
            var kind: String
            var severity: Severity
            var detail: RiskDetail
        }
        var rows: [Risk] = []
        var index: [Key: Int] = [:]
        var merged: Set<Int> = []
        for risk in risks {
            let key = Key(kind: risk.kind, severity: risk.severity, detail: risk.detail)
            if let row = index[key] {
                rows[row].components += risk.components
                merged.insert(row)
            } else {
                index[key] = rows.count
                rows.append(risk)
            }
        }
        for row in merged { rows[row].components = Array(Set(rows[row].components)).sorted() }
        return rows
    }

    /// The facts of a risk from the classification of its first component and the system's bindings.
    private static func detail(_ risk: Analysis.Risk, facts: Classification?, bindings: [BindingUse]) -> RiskDetail {
        switch risk.kind {
        case .proprietary: return .proprietaryLicence
        case .sourceAvailable: return .sourceAvailableLicence
        case .unknownLicense: return .unknownLicence
        case .relicensed:
            let event = facts?.relicensing.first { event in
                [event.project, event.from, event.to, event.versions, event.date].allSatisfy { risk.message.contains($0) }
            }
            guard let event else { return .other(risk.message) }
            return .relicensed(project: event.project, from: event.from, to: event.to, versions: event.versions, date: event.date)
        case .nonEUSingleCompany:
            guard let vendor = facts?.vendor else { return .other(risk.message) }
            return .nonEUCompany(vendor: vendor.name, country: vendor.country ?? vendor.bloc.rawValue)
        case .bindingWithoutExitPlan:
            guard let binding = bindings.first(where: { $0.platform == risk.subject }) else { return .other(risk.message) }
            return .bindingWithoutExitPlan(platform: binding.platform, kind: binding.kind, bloc: binding.bloc)
        }
    }
}

extension PortfolioFigures {
    /// The portfolio chart's rows from the portfolio analysis (the per-level rows; group rows are left out), the
    /// overall share and the systems bound outside the EU.
    public init(_ portfolio: PortfolioAnalysis) {
        let overall = portfolio.overall
        self.init(levels: portfolio.bands.compactMap { row in
            guard let level = StackLevel(rawValue: row.level) else { return nil }
            var systems: [StilBand: Int] = [:]
            for (key, count) in row.systems {
                if let band = OSSBand(rawValue: key) { systems[StilBand(band)] = count }
            }
            return LevelBands(level: level, systems: systems, insufficientData: row.insufficientData)
        }, overall: Overall(share: overall.share, band: overall.band.map(StilBand.init), coverage: ShareCoverage(overall)),
        nonEUBindings: portfolio.nonEUPlatformDependence.map {
            NonEUBinding(system: $0.system, platforms: $0.platforms, components: $0.components)
        })
        hosting = portfolio.hosting
    }
}
