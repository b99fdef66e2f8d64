import Classification
import SovScanModel

/// Computes a system's shares, origin mix, concentration, SEAL distribution and risks from its classifications.
/// `docs/methodology.md` states every rule used here.
public struct Analyzer: Sendable {
    public let options: AnalysisOptions

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    /// Analyses one classified system.
    public func analyse(_ system: ClassifiedSystem) -> SystemAnalysis {
        let all = system.classifications
        // Nothing is copied: a classification is large, and a supplier's SBOM may hold a million. The subsets are
        // lazy views over the system's array.
        let thirdPartyCount = all.count { !$0.isFirstParty }
        let shippingCount = all.count { !$0.isFirstParty && $0.ships }
        /// Shipping third-party components outside development tooling: the population of origins, SEAL, risks.
        let population = all.lazy.filter { !$0.isFirstParty && $0.ships && $0.level != .developmentTooling }
        let populationCount = population.count
        let countedCount = population.count { $0.level?.group != nil }
        let firstParty = all.lazy.filter { $0.isFirstParty && $0.level?.group != nil }
        let bindings = bindingUses(population, system: system.name, optional: false)
        let optionalBindings = bindingUses(population, system: system.name, optional: true)
        let levels = levelShares(counted: population, firstParty: firstParty, bindings: bindings)
        let groups = StilGroup.allCases.map { group in
            GroupShare(group: group, count: ShareCount.sum(levels.filter { $0.level.group == group }.map(\.count),
                                                           cutoffs: options.cutoffs))
        }
        let totals = ComponentTotals(
            all: all.count, firstParty: all.count - thirdPartyCount, notShipping: thirdPartyCount - shippingCount,
            developmentTooling: shippingCount - populationCount, withoutLevel: populationCount - countedCount,
            counted: countedCount)
        return SystemAnalysis(
            name: system.name, countBy: options.countBy, totals: totals, levels: levels, groups: groups,
            overall: ShareCount.sum(groups.map(\.count), cutoffs: options.cutoffs), bindings: bindings,
            byBloc: Self.origins(population, key: { $0.bloc.rawValue }, name: { $0.bloc.rawValue }),
            byVendor: Self.origins(population, key: { $0.vendor?.id ?? "unknown" }, name: { $0.vendor?.name ?? "unknown" }),
            concentration: Self.concentration(population), seal: Self.sealDistribution(population),
            risks: RiskFinder().risks(population: population, bindings: bindings),
            registries: RegistryUse.registries(in: population),
            optionalBindings: optionalBindings.isEmpty ? nil : optionalBindings)
    }

    /// Analyses several systems into one versioned document.
    public func document(_ systems: [ClassifiedSystem], generator: String? = nil) -> AnalysisDocument {
        AnalysisDocument(generator: generator, options: options,
                         systems: systems.map(analyse))
    }

    // MARK: - Shares

    /// The share of every counted level; `counted` may hold components of no counted level (they match none).
    private func levelShares(counted: some Collection<Classification>, firstParty: some Collection<Classification>,
                             bindings: [BindingUse]) -> [LevelShare] {
        let countedUnits = unitsByLevel(counted)
        let ownUnits = unitsByLevel(firstParty)
        return StackLevel.allCases.filter { $0.group != nil }.map { level in
            var units = countedUnits[level] ?? []
            for binding in bindings where binding.level == level {
                units.append(CountedUnit(name: binding.platform, verdict: binding.proprietary ? .notOSS : .oss,
                                         components: 0, isBinding: true))
            }
            units.sort { ($0.name, $0.isBinding ? 1 : 0) < ($1.name, $1.isBinding ? 1 : 0) }
            let count = ShareCount(oss: units.filter { $0.verdict == .oss }.count,
                                   notOSS: units.filter { $0.verdict == .notOSS }.count,
                                   unknown: units.filter { $0.verdict == .unknown }.count,
                                   firstParty: ownUnits[level]?.count ?? 0, platformBindings: units.filter(\.isBinding).count,
                                   cutoffs: options.cutoffs)
            return LevelShare(level: level, count: count, units: units)
        }
    }

    /// Adds one component with `verdict` to a technology's running verdict and count, in place.
    private static func count(_ verdict: Verdict, into unit: inout (verdict: Verdict, components: Int)) {
        unit = (weaker(unit.verdict, verdict), unit.components + 1)
    }

    /// The units of each level (unsorted: the caller sorts them): one per component, or one per technology whose
    /// verdict is `not-oss` if any of its components is not OSS, else `unknown` if any is unknown, else `oss`.
    /// (`members` is walked once, not once per level: each step of a lazy filter copies a classification.)
    private func unitsByLevel(_ members: some Sequence<Classification>) -> [StackLevel: [CountedUnit]] {
        switch options.countBy {
        case .component:
            var units: [StackLevel: [CountedUnit]] = [:]
            for member in members {
                guard let level = member.level else { continue }
                units[level, default: []].append(CountedUnit(name: member.purl.description, verdict: Self.verdict(member),
                                                             components: 1, isBinding: false))
            }
            return units
        case .technology:
            // One running verdict and count per technology, not a list of verdicts: a million technologies cost a
            // million small records.
            var grouped: [StackLevel: [String: (verdict: Verdict, components: Int)]] = [:]
            for member in members {
                guard let level = member.level else { continue }
                Self.count(Self.verdict(member),
                           into: &grouped[level, default: [:]][member.countingTechnology, default: (.oss, 0)])
            }
            return grouped.mapValues { technologies in
                technologies.map { name, unit in
                    CountedUnit(name: name, verdict: unit.verdict, components: unit.components, isBinding: false)
                }
            }
        }
    }

    /// A technology's verdict with one more component's: `not-oss` if either is, else `unknown` if either is, else
    /// `oss`.
    private static func weaker(_ left: Verdict, _ right: Verdict) -> Verdict {
        if left == .notOSS || right == .notOSS { return .notOSS }
        return left == .unknown || right == .unknown ? .unknown : .oss
    }

    static func verdict(_ classification: Classification) -> Verdict {
        switch classification.isOSS {
        case true?: .oss
        case false?: .notOSS
        case nil: .unknown
        }
    }

    // MARK: - Bindings

    /// The platforms the population binds to (`optional` false) or ships an optional SDK for (`optional` true), one
    /// use per binding rule, sorted by platform.
    private func bindingUses(_ population: some Collection<Classification>, system: String,
                             optional: Bool) -> [BindingUse] {
        var byRule: [String: (BindingFacts, [String])] = [:]
        for item in population {
            guard let binding = item.binding, optional ? binding.optional != nil : binding.binds else { continue }
            byRule[binding.rule, default: (binding, [])].1.append(item.purl.description)
        }
        return byRule.values.map { binding, purls in
            BindingUse(platform: binding.platform, rule: binding.rule, kind: binding.kind,
                       proprietary: binding.proprietary, vendor: binding.vendor?.id,
                       bloc: binding.vendor?.bloc ?? .unknown, level: binding.kind.level,
                       hasExitPlan: options.exitPlans.plan(covering: system, platform: binding.platform,
                                                           rule: binding.rule, components: purls) != nil,
                       components: purls.sorted(), vendorName: binding.vendor?.name, country: binding.vendor?.country,
                       declaredInsteadOf: binding.isDeclared ? binding.inferredPlatform : nil,
                       optional: binding.optional)
        }.sorted { ($0.platform, $0.rule) < ($1.platform, $1.rule) }
    }

    // MARK: - Origin, concentration, SEAL

    private static func origins(_ population: some Collection<Classification>, key: (Classification) -> String,
                                name: (Classification) -> String) -> [OriginShare] {
        var counts: [String: (name: String, components: Int, presumed: Int)] = [:]
        for item in population {
            counts[key(item), default: (name(item), 0, 0)].components += 1
            if item.vendor?.isPresumed == true { counts[key(item)]?.presumed += 1 }
        }
        let total = Double(counts.values.reduce(0) { $0 + $1.components })
        return counts.map { OriginShare(key: $0.key, name: $0.value.name, components: $0.value.components,
                                        share: Double($0.value.components) / total, presumed: $0.value.presumed) }
            .sorted { ($1.components, $0.key) < ($0.components, $1.key) }
    }

    private static func concentration(_ population: some Collection<Classification>) -> Concentration {
        var counts: [String: Int] = [:]
        for item in population { if let vendor = item.vendor?.id { counts[vendor, default: 0] += 1 } }
        let ranked = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let total = population.count
        let top = ranked.first
        return Concentration(
            topVendor: top?.key, topVendorComponents: top?.value ?? 0,
            topVendorShare: total > 0 ? Double(top?.value ?? 0) / Double(total) : nil,
            topThreeShare: total > 0 ? Double(ranked.prefix(3).reduce(0) { $0 + $1.value }) / Double(total) : nil)
    }

    private static func sealDistribution(_ population: some Collection<Classification>) -> SealDistribution {
        // A count per level gives the minimum and the median without a sorted list of every component's level.
        var perLevel: [Int: Int] = [:]
        var unrated = 0
        for item in population {
            if let seal = item.seal { perLevel[seal, default: 0] += 1 }
            if !item.isFirstParty && item.seal == nil { unrated += 1 }
        }
        var counts: [String: Int] = [:]
        for level in 0...4 { counts[String(level)] = perLevel[level] ?? 0 }
        let levels = perLevel.keys.sorted()
        let position = (perLevel.values.reduce(0, +) - 1) / 2
        var seen = 0
        let median = levels.first { level in
            seen += perLevel[level] ?? 0
            return seen > position
        }
        return SealDistribution(counts: counts, minimum: levels.first, median: median, unrated: unrated)
    }
}
