import Classification

/// How the systems of a portfolio fall into the bands at one level: STIL's chart row.
public struct LevelBandDistribution: Sendable, Hashable, Codable {
    public var level: String
    /// Systems per band (every band present, 0 when none).
    public var systems: [String: Int]
    /// Systems with nothing counted at this level.
    public var withoutUnits: Int
    /// Systems with units at this level but too little known about them for a band (coverage below the threshold).
    public var insufficientData: Int

    public init(level: String, systems: [String: Int], withoutUnits: Int, insufficientData: Int) {
        self.level = level
        self.systems = systems
        self.withoutUnits = withoutUnits
        self.insufficientData = insufficientData
    }

    private enum CodingKeys: String, CodingKey { case level, systems, withoutUnits, insufficientData }

    /// Reads a row; documents of version 1.0 counted insufficient data as nothing (read as 0).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        level = try container.decode(String.self, forKey: .level)
        systems = try container.decode([String: Int].self, forKey: .systems)
        withoutUnits = try container.decode(Int.self, forKey: .withoutUnits)
        insufficientData = try container.decodeIfPresent(Int.self, forKey: .insufficientData) ?? 0
    }
}

/// A system's dependence on proprietary platforms outside the EU: Copenhagen's deep-dive list.
public struct PlatformDependence: Sendable, Hashable, Codable {
    public var system: String
    /// The platforms, sorted.
    public var platforms: [String]
    /// SDK components binding to them.
    public var components: Int
}

/// The aggregation of several system analyses.
public struct PortfolioAnalysis: Sendable, Hashable, Codable {
    public var systems: Int
    /// One row per Applikation and Infrastruktur level and one per group (`Applikation`, `Infrastruktur`).
    public var bands: [LevelBandDistribution]
    /// The sum of every system's overall counts (a technology used by two systems counts twice).
    public var overall: ShareCount
    /// Components per bloc summed over the systems, sorted by count.
    public var byBloc: [OriginShare]
    /// Components per SEAL level summed over the systems.
    public var seal: [String: Int]
    /// Systems bound to non-EU proprietary platforms, most platforms first (then most components, then name).
    public var nonEUPlatformDependence: [PlatformDependence]
    /// Every system with the clouds it runs on and their jurisdiction, sorted by system name (empty in documents
    /// written before it was recorded).
    public var hosting: [SystemHosting]

    private enum CodingKeys: String, CodingKey {
        case systems, bands, overall, byBloc, seal, nonEUPlatformDependence, hosting
    }

    /// Reads a portfolio; documents without `hosting` (older versions) read as no hosting known.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        systems = try container.decode(Int.self, forKey: .systems)
        bands = try container.decode([LevelBandDistribution].self, forKey: .bands)
        overall = try container.decode(ShareCount.self, forKey: .overall)
        byBloc = try container.decode([OriginShare].self, forKey: .byBloc)
        seal = try container.decode([String: Int].self, forKey: .seal)
        nonEUPlatformDependence = try container.decode([PlatformDependence].self, forKey: .nonEUPlatformDependence)
        hosting = try container.decodeIfPresent([SystemHosting].self, forKey: .hosting) ?? []
    }

    public init(_ analyses: [SystemAnalysis], cutoffs: BandCutoffs = .stil) {
        systems = analyses.count
        var rows: [LevelBandDistribution] = []
        func row(_ name: String, _ counts: [ShareCount]) -> LevelBandDistribution {
            var perBand: [String: Int] = [:]
            for band in OSSBand.allCases { perBand[band.rawValue] = counts.filter { $0.band == band }.count }
            return LevelBandDistribution(level: name, systems: perBand, withoutUnits: counts.filter { $0.total == 0 }.count,
                                         insufficientData: counts.filter(\.insufficientData).count)
        }
        for level in StackLevel.allCases where level.group != nil {
            rows.append(row(level.rawValue, analyses.compactMap { $0.levels.first { $0.level == level }?.count }))
        }
        for group in StilGroup.allCases {
            rows.append(row(group.rawValue, analyses.compactMap { $0.groups.first { $0.group == group }?.count }))
        }
        bands = rows
        overall = ShareCount.sum(analyses.map(\.overall), cutoffs: cutoffs)
        var blocs: [String: (components: Int, presumed: Int)] = [:]
        for analysis in analyses {
            for origin in analysis.byBloc {
                blocs[origin.key, default: (0, 0)].components += origin.components
                blocs[origin.key]?.presumed += origin.presumed
            }
        }
        let blocTotal = Double(blocs.values.reduce(0) { $0 + $1.components })
        byBloc = blocs.map { OriginShare(key: $0.key, name: $0.key, components: $0.value.components,
                                         share: blocTotal > 0 ? Double($0.value.components) / blocTotal : 0,
                                         presumed: $0.value.presumed) }
            .sorted { ($1.components, $0.key) < ($0.components, $1.key) }
        var sealCounts: [String: Int] = [:]
        for analysis in analyses { for (level, count) in analysis.seal.counts { sealCounts[level, default: 0] += count } }
        seal = sealCounts
        nonEUPlatformDependence = analyses.compactMap { analysis in
            let bound = analysis.bindings.filter { $0.proprietary && $0.bloc != .eu }
            guard !bound.isEmpty else { return nil }
            return PlatformDependence(system: analysis.name, platforms: bound.map(\.platform).sorted(),
                                      components: bound.reduce(0) { $0 + $1.components.count })
        }.sorted { ($1.platforms.count, $1.components, $0.system) < ($0.platforms.count, $0.components, $1.system) }
        hosting = analyses.map(SystemHosting.init).sorted { $0.system < $1.system }
    }
}
