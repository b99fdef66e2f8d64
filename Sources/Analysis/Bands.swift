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

/// The cut-offs between the bands, in percent. With the defaults (75, 50): a share above 75% is Primært OSS;
/// exactly 75% and exactly 50% are Overvejende OSS; below 50% is Begrænset OSS.
public struct BandCutoffs: Sendable, Hashable, Codable {
    /// A share strictly above this is `primary`.
    public var primaryAbove: Double
    /// A share at or above this (and not above `primaryAbove`) is `predominant`; below it `limited`.
    public var predominantFrom: Double

    public init(primaryAbove: Double = 75, predominantFrom: Double = 50) {
        self.primaryAbove = primaryAbove
        self.predominantFrom = predominantFrom
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
