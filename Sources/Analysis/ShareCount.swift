import Classification

/// What a counted unit (a technology or a component) is for the share.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    case oss
    case notOSS = "not-oss"
    case unknown
}

/// The OSS count of one level, group or system: OSS, non-OSS and unknown units, with first-party code apart.
public struct ShareCount: Sendable, Hashable, Codable {
    public var oss: Int
    public var notOSS: Int
    /// Units whose licence is unknown: outside `share`, inside `shareCountingUnknownAsNotOSS`.
    public var unknown: Int
    /// First-party units (own development): never in a share.
    public var firstParty: Int
    /// `oss / (oss + notOSS)`; `nil` when both are 0.
    public var share: Double?
    /// `oss / (oss + notOSS + unknown)`: the share if every unknown turned out not to be OSS; `nil` when 0 units.
    public var shareCountingUnknownAsNotOSS: Double?
    /// The band of `share`; `nil` when `share` is.
    public var band: OSSBand?
    /// The band of `shareCountingUnknownAsNotOSS`.
    public var bandCountingUnknownAsNotOSS: OSSBand?

    public init(oss: Int = 0, notOSS: Int = 0, unknown: Int = 0, firstParty: Int = 0, cutoffs: BandCutoffs = .stil) {
        self.oss = oss
        self.notOSS = notOSS
        self.unknown = unknown
        self.firstParty = firstParty
        let known = oss + notOSS
        share = known > 0 ? Double(oss) / Double(known) : nil
        shareCountingUnknownAsNotOSS = known + unknown > 0 ? Double(oss) / Double(known + unknown) : nil
        band = cutoffs.band(oss: oss, total: known)
        bandCountingUnknownAsNotOSS = cutoffs.band(oss: oss, total: known + unknown)
    }

    /// The sum of counts, with bands recomputed.
    public static func sum(_ counts: [ShareCount], cutoffs: BandCutoffs) -> ShareCount {
        ShareCount(oss: counts.reduce(0) { $0 + $1.oss }, notOSS: counts.reduce(0) { $0 + $1.notOSS },
                   unknown: counts.reduce(0) { $0 + $1.unknown }, firstParty: counts.reduce(0) { $0 + $1.firstParty },
                   cutoffs: cutoffs)
    }

    /// `share` in percent, computed from the counts (`oss × 100 / (oss + notOSS)`), so whole percentages such as
    /// 70 or 80 come out exact; `nil` when `share` is.
    public var percent: Double? {
        let known = oss + notOSS
        return known > 0 ? Double(oss * 100) / Double(known) : nil
    }

    /// Third-party units counted (OSS, non-OSS and unknown).
    public var total: Int { oss + notOSS + unknown }
}
