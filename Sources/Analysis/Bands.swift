import Classification

/// STIL's three OSS-share bands.
public enum OSSBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Share above the upper cut-off (STIL: ">75% OSS-teknologi").
    case primary = "primaert-oss"
    /// Share from the lower cut-off up to and including the upper one (STIL: "50%-75%").
    case predominant = "overvejende-oss"
    /// Share below the lower cut-off (STIL: "<50%").
    case limited = "begraenset-oss"

    /// STIL's label.
    public var label: String {
        switch self {
        case .primary: "Primært OSS"
        case .predominant: "Overvejende OSS"
        case .limited: "Begrænset OSS"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: OSSBand, rhs: OSSBand) -> Bool { lhs.rank < rhs.rank }
}

/// The cut-offs between the bands, in percent, and the coverage a share needs to get a band at all. With the
/// defaults (75, 50): a share above 75% is Primært OSS; exactly 75% and exactly 50% are Overvejende OSS; below
/// 50% is Begrænset OSS; a share whose licences are known for less than 80% of its units gets no band.
public struct BandCutoffs: Sendable, Hashable, Codable {
    /// A share strictly above this is `primary`.
    public var primaryAbove: Double
    /// A share at or above this (and not above `primaryAbove`) is `predominant`; below it `limited`.
    public var predominantFrom: Double
    /// The least coverage (known units / all units, in percent) a share needs for a band (`--min-coverage`).
    public var minCoverage: Double

    /// The default of `minCoverage`.
    public static let defaultMinCoverage: Double = 80

    public init(primaryAbove: Double = 75, predominantFrom: Double = 50, minCoverage: Double = BandCutoffs.defaultMinCoverage) {
        self.primaryAbove = primaryAbove
        self.predominantFrom = predominantFrom
        self.minCoverage = minCoverage
    }

    private enum CodingKeys: String, CodingKey { case primaryAbove, predominantFrom, minCoverage }

    /// Reads cut-offs; documents of version 1.0 had no coverage threshold (read as 0).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        primaryAbove = try container.decode(Double.self, forKey: .primaryAbove)
        predominantFrom = try container.decode(Double.self, forKey: .predominantFrom)
        minCoverage = try container.decodeIfPresent(Double.self, forKey: .minCoverage) ?? 0
    }

    /// Whether a share may carry a band: some unit is known by its licence (not only platform bindings), and the
    /// known units are at least `minCoverage` percent of all units (compared as `known × 100 ≥ minCoverage × all`).
    public func hasEnoughData(known: Int, all: Int, platformBindings: Int) -> Bool {
        guard all > 0, known - platformBindings > 0 else { return false }
        return Double(known) * 100 >= minCoverage * Double(all)
    }

    /// STIL's published cut-offs.
    public static let stil = BandCutoffs()

    /// The band of a share given in percent (0-100), by the same cut-offs as `band(oss:total:)`.
    public func band(percent: Double) -> OSSBand {
        if percent > primaryAbove { return .primary }
        if percent >= predominantFrom { return .predominant }
        return .limited
    }

    /// The band of `oss` OSS units out of `total`; `nil` when there is nothing to count. Compared as
    /// `oss × 100` against `cut-off × total`, so whole-number cut-offs are exact.
    public func band(oss: Int, total: Int) -> OSSBand? {
        guard total > 0 else { return nil }
        let scaled = Double(oss) * 100
        if scaled > primaryAbove * Double(total) { return .primary }
        if scaled >= predominantFrom * Double(total) { return .predominant }
        return .limited
    }
}
