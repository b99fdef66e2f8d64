import Analysis
import SovScanModel

/// The names a policy gives STIL's bands: Primært OSS, Overvejende OSS, Begrænset OSS (by default > 75 %, 50-75 %,
/// < 50 %; the run's `--bands` cut-offs decide).
public enum ShareBand: String, Sendable, Hashable, CaseIterable {
    case primaert
    case overvejende
    case begraenset

    /// The analysis band this name stands for.
    public var band: OSSBand {
        switch self {
        case .primaert: .primary
        case .overvejende: .predominant
        case .begraenset: .limited
        }
    }

    /// The name of an analysis band.
    public init(_ band: OSSBand) {
        switch band {
        case .primary: self = .primaert
        case .predominant: self = .overvejende
        case .limited: self = .begraenset
        }
    }
}

/// An OSS share as the analysis measured it: the counts, the cut-offs of the run (`--bands`, `--min-coverage`) and
/// the units that are not OSS or of unknown licence, so a policy's requirement, its findings and the reports
/// apply one band rule (`ShareCount`) and can name what pulls the share down.
public struct MeasuredShare: Sendable, Hashable {
    public var count: ShareCount
    public var cutoffs: BandCutoffs
    /// The technologies (or components, or platforms) that are not OSS, sorted.
    public var notOSSUnits: [String]
    /// Those whose licence is unknown, sorted.
    public var unknownUnits: [String]

    public init(count: ShareCount, cutoffs: BandCutoffs, notOSSUnits: [String] = [], unknownUnits: [String] = []) {
        self.count = count
        self.cutoffs = cutoffs
        self.notOSSUnits = notOSSUnits.sorted()
        self.unknownUnits = unknownUnits.sorted()
    }

    /// A share of the given counts under `cutoffs`.
    public init(oss: Int, notOSS: Int = 0, unknown: Int = 0, platformBindings: Int = 0, cutoffs: BandCutoffs = .stil,
                notOSSUnits: [String] = [], unknownUnits: [String] = []) {
        self.init(count: ShareCount(oss: oss, notOSS: notOSS, unknown: unknown, platformBindings: platformBindings, cutoffs: cutoffs),
                  cutoffs: cutoffs, notOSSUnits: notOSSUnits, unknownUnits: unknownUnits)
    }
}

/// How a share requirement treats units whose licence is unknown.
public enum UnknownHandling: String, Sendable, Hashable, CaseIterable {
    /// Leave them out of the share (the coverage threshold still applies).
    case exclude
    /// Count them as not OSS.
    case notOSS = "not-oss"
}

/// What a requirement found for a measured share.
public enum ShareOutcome: Sendable, Hashable {
    /// The share meets the requirement, or nothing was counted.
    case met
    /// Too little is known for a band: the count as re-evaluated with the requirement's coverage threshold.
    case insufficientData(ShareCount, minCoverage: Double)
    /// The share (in percent, unknowns handled as the requirement says) and its band are below what is required.
    case below(percent: Double, band: OSSBand?, count: ShareCount)
}

/// One entry of `share:`: a stack level or group that must reach a minimum OSS share or band.
public struct ShareRequirement: Sendable, Hashable {
    /// What is measured: a group (`application`, `infrastructure`) or a stack level (`backend` ...).
    public var target: String
    /// The minimum share in percent (0-100).
    public var minimum: Double?
    /// The minimum band.
    public var band: ShareBand?
    /// Whether unknown licences are left out of the share (default) or counted as not OSS.
    public var unknown: UnknownHandling
    /// The least coverage in percent for this requirement; `nil`: the run's (`--min-coverage`, default 80).
    public var minCoverage: Double?
    /// Where the requirement is written, for findings about it.
    public var location: SovScanModel.SourceLocation?

    public init(target: String, minimum: Double? = nil, band: ShareBand? = nil, unknown: UnknownHandling = .exclude,
                minCoverage: Double? = nil, location: SovScanModel.SourceLocation? = nil) {
        self.target = target
        self.minimum = minimum
        self.band = band
        self.unknown = unknown
        self.minCoverage = minCoverage
        self.location = location
    }

    /// Judges a measured share: nothing counted meets any requirement; a coverage below the threshold never does
    /// (whatever the share); otherwise the share (unknowns handled as `unknown` says) must reach `minimum` and a
    /// band as good as `band`.
    public func evaluate(_ share: MeasuredShare) -> ShareOutcome {
        var cutoffs = share.cutoffs
        if let minCoverage { cutoffs.minCoverage = minCoverage }
        let measured = share.count
        let count = ShareCount(oss: measured.oss, notOSS: measured.notOSS, unknown: measured.unknown, firstParty: measured.firstParty,
                               platformBindings: measured.platformBindings, cutoffs: cutoffs)
        guard count.total > 0 else { return .met }
        if count.insufficientData { return .insufficientData(count, minCoverage: cutoffs.minCoverage) }
        let percent = (unknown == .exclude ? count.percent : count.percentCountingUnknownAsNotOSS) ?? 0
        let band = unknown == .exclude ? count.band : count.bandCountingUnknownAsNotOSS
        if let minimum, percent < minimum { return .below(percent: percent, band: band, count: count) }
        if let required = self.band, band.map({ $0 > required.band }) ?? true {
            return .below(percent: percent, band: band, count: count)
        }
        return .met
    }

    /// The groups and levels a share may be required for, with the names accepted for them.
    public static let targets: [String: String] = [
        "application": "application", "applikation": "application",
        "infrastructure": "infrastructure", "infrastruktur": "infrastructure", "drift": "infrastructure",
        "frontend": "frontend", "backend": "backend", "database": "database",
        "programming-language": "programming-language", "middleware": "middleware",
        "data-technology": "data-technology", "ops-support": "ops-support",
        "cloud-hosting": "cloud-hosting", "platform": "platform",
    ]
}
