/// What a share rests on: how many units were counted, how many of their licences are unknown, the coverage
/// (known / all), the share if every unknown were not OSS, and whether the data was too thin for a band. The
/// `Analysis` stage decides all of it; the reports only lay it out.
public struct ShareCoverage: Sendable, Hashable, Codable {
    /// Units counted (OSS, not OSS and unknown).
    public var units: Int
    /// Of which the licence is unknown.
    public var unknown: Int
    /// `(units - unknown) / units`; `nil` without units.
    public var coverage: Double?
    /// The OSS share counting every unknown as not OSS; `nil` without units.
    public var shareCountingUnknownAsNotOSS: Double?
    /// Whether the share has units but no band because too little is known about them.
    public var insufficientData: Bool

    public init(units: Int, unknown: Int, coverage: Double?, shareCountingUnknownAsNotOSS: Double?, insufficientData: Bool) {
        self.units = units
        self.unknown = unknown
        self.coverage = coverage
        self.shareCountingUnknownAsNotOSS = shareCountingUnknownAsNotOSS
        self.insufficientData = insufficientData
    }

    /// Units whose licence (or binding) is known.
    public var known: Int { units - unknown }
}
