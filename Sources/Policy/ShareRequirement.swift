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

/// An OSS share as the analysis measured it: the percentage and the band the analysis gave it (by the cut-offs
/// of the run, `--bands`), so a policy's band requirement and the reports never disagree.
public struct MeasuredShare: Sendable, Hashable {
    /// 0-100.
    public var percent: Double
    public var band: OSSBand

    public init(percent: Double, band: OSSBand) {
        self.percent = percent
        self.band = band
    }

    /// A share with its band by `cutoffs`.
    public init(percent: Double, cutoffs: BandCutoffs = .stil) {
        self.init(percent: percent, band: cutoffs.band(percent: percent))
    }
}

/// One entry of `share:`: a stack level or group that must reach a minimum OSS share or band.
public struct ShareRequirement: Sendable, Hashable {
    /// What is measured: a group (`application`, `infrastructure`) or a stack level (`backend` ...).
    public var target: String
    /// The minimum share in percent (0-100).
    public var minimum: Double?
    /// The minimum band.
    public var band: ShareBand?
    /// Where the requirement is written, for findings about it.
    public var location: SovScanModel.SourceLocation?

    public init(target: String, minimum: Double? = nil, band: ShareBand? = nil, location: SovScanModel.SourceLocation? = nil) {
        self.target = target
        self.minimum = minimum
        self.band = band
        self.location = location
    }

    /// Whether a measured share meets the requirement: at least the minimum percentage, and a band as good as
    /// the required one or better.
    public func isMet(by share: MeasuredShare) -> Bool {
        if let minimum, share.percent < minimum { return false }
        if let band, share.band > band.band { return false }
        return true
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
