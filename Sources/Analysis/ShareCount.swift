import Classification

/// What a counted unit (a technology or a component) is for the share.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    case oss
    case notOSS = "not-oss"
    case unknown
}

/// The OSS count of one level, group or system: OSS, non-OSS and unknown units, with first-party code apart.
///
/// Every share comes with its coverage (known units / all units). A share gets a band only when its coverage
/// reaches `BandCutoffs.minCoverage` and at least one unit is known by its licence (a proprietary platform
/// binding alone never makes a band); otherwise it is marked `insufficientData`.
public struct ShareCount: Sendable, Hashable, Codable {
    public var oss: Int
    public var notOSS: Int
    /// Units whose licence is unknown: outside `share`, inside `shareCountingUnknownAsNotOSS`.
    public var unknown: Int
    /// First-party units (own development): never in a share.
    public var firstParty: Int
    /// Of `oss + notOSS`, the units that are platform bindings (known by the binding rule, not by a licence).
    public var platformBindings: Int
    /// `oss / (oss + notOSS)`; `nil` when both are 0.
    public var share: Double?
    /// `oss / (oss + notOSS + unknown)`: the share if every unknown turned out not to be OSS; `nil` when 0 units.
    public var shareCountingUnknownAsNotOSS: Double?
    /// Known units / all units, `(oss + notOSS) / (oss + notOSS + unknown)`; `nil` when 0 units.
    public var coverage: Double?
    /// Whether there are units but no band: the coverage is below the threshold, or only platform bindings are
    /// known.
    public var insufficientData: Bool
    /// The band of `share`; `nil` without units or with insufficient data.
    public var band: OSSBand?
    /// The band of `shareCountingUnknownAsNotOSS`; `nil` when `band` is.
    public var bandCountingUnknownAsNotOSS: OSSBand?

    public init(oss: Int = 0, notOSS: Int = 0, unknown: Int = 0, firstParty: Int = 0, platformBindings: Int = 0,
                cutoffs: BandCutoffs = .stil) {
        self.oss = oss
        self.notOSS = notOSS
        self.unknown = unknown
        self.firstParty = firstParty
        self.platformBindings = platformBindings
        let known = oss + notOSS
        let all = known + unknown
        share = known > 0 ? Double(oss) / Double(known) : nil
        shareCountingUnknownAsNotOSS = all > 0 ? Double(oss) / Double(all) : nil
        coverage = all > 0 ? Double(known) / Double(all) : nil
        let enough = cutoffs.hasEnoughData(known: known, all: all, platformBindings: platformBindings)
        insufficientData = all > 0 && !enough
        band = enough ? cutoffs.band(oss: oss, total: known) : nil
        bandCountingUnknownAsNotOSS = enough ? cutoffs.band(oss: oss, total: all) : nil
    }

    /// The sum of counts, with coverage and bands recomputed.
    public static func sum(_ counts: [ShareCount], cutoffs: BandCutoffs) -> ShareCount {
        ShareCount(oss: counts.reduce(0) { $0 + $1.oss }, notOSS: counts.reduce(0) { $0 + $1.notOSS },
                   unknown: counts.reduce(0) { $0 + $1.unknown }, firstParty: counts.reduce(0) { $0 + $1.firstParty },
                   platformBindings: counts.reduce(0) { $0 + $1.platformBindings }, cutoffs: cutoffs)
    }

    /// `share` in percent, computed from the counts (`oss × 100 / (oss + notOSS)`), so whole percentages such as
    /// 70 or 80 come out exact; `nil` when `share` is.
    public var percent: Double? {
        let known = oss + notOSS
        return known > 0 ? Double(oss * 100) / Double(known) : nil
    }

    /// `shareCountingUnknownAsNotOSS` in percent, computed from the counts; `nil` without units.
    public var percentCountingUnknownAsNotOSS: Double? {
        total > 0 ? Double(oss * 100) / Double(total) : nil
    }

    /// `coverage` in percent, computed from the counts; `nil` without units.
    public var coveragePercent: Double? {
        total > 0 ? Double((oss + notOSS) * 100) / Double(total) : nil
    }

    /// Units known by their licence or binding (`oss + notOSS`).
    public var known: Int { oss + notOSS }

    /// Third-party units counted (OSS, non-OSS and unknown).
    public var total: Int { oss + notOSS + unknown }

    private enum CodingKeys: String, CodingKey {
        case oss, notOSS, unknown, firstParty, platformBindings, share, shareCountingUnknownAsNotOSS, coverage
        case insufficientData, band, bandCountingUnknownAsNotOSS
    }

    /// Reads a count; documents of version 1.0 (before coverage) read as having no bindings and enough data.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        oss = try container.decode(Int.self, forKey: .oss)
        notOSS = try container.decode(Int.self, forKey: .notOSS)
        unknown = try container.decode(Int.self, forKey: .unknown)
        firstParty = try container.decode(Int.self, forKey: .firstParty)
        platformBindings = try container.decodeIfPresent(Int.self, forKey: .platformBindings) ?? 0
        share = try container.decodeIfPresent(Double.self, forKey: .share)
        shareCountingUnknownAsNotOSS = try container.decodeIfPresent(Double.self, forKey: .shareCountingUnknownAsNotOSS)
        let all = oss + notOSS + unknown
        coverage = try container.decodeIfPresent(Double.self, forKey: .coverage)
            ?? (all > 0 ? Double(oss + notOSS) / Double(all) : nil)
        insufficientData = try container.decodeIfPresent(Bool.self, forKey: .insufficientData) ?? false
        band = try container.decodeIfPresent(OSSBand.self, forKey: .band)
        bandCountingUnknownAsNotOSS = try container.decodeIfPresent(OSSBand.self, forKey: .bandCountingUnknownAsNotOSS)
    }
}
