/// STIL's bands of OSS share: Primært OSS (> 75 %), Overvejende OSS (50-75 %), Begrænset OSS (< 50 %).
public enum ShareBand: String, Sendable, Hashable, CaseIterable {
    case primaert
    case overvejende
    case begraenset

    /// The lowest share (in percent) that still lies in the band, and whether that bound is exclusive.
    public var lowerBound: (percent: Double, exclusive: Bool) {
        switch self {
        case .primaert: (75, true)
        case .overvejende: (50, false)
        case .begraenset: (0, false)
        }
    }

    /// The band a share (in percent) lies in.
    public init(share: Double) {
        if share > 75 { self = .primaert } else if share >= 50 { self = .overvejende } else { self = .begraenset }
    }

    /// Whether a share reaches this band or a better one.
    public func isReached(by share: Double) -> Bool {
        let bound = lowerBound
        return bound.exclusive ? share > bound.percent : share >= bound.percent
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

    /// Whether a measured share (percent) meets the requirement.
    public func isMet(by share: Double) -> Bool {
        if let minimum, share < minimum { return false }
        if let band, !band.isReached(by: share) { return false }
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

import SovScanModel
