/// The package ecosystem a component comes from.
public enum Ecosystem: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case maven
    case npm
    case swift
    /// Components read from an imported SBOM whose ecosystem is not one of the above.
    case generic

    /// The purl type used for components of this ecosystem.
    public var purlType: String {
        switch self {
        case .maven: "maven"
        case .npm: "npm"
        case .swift: "swift"
        case .generic: "generic"
        }
    }

    /// The ecosystem of a purl type, `.generic` for types sovscan does not catalog itself.
    public init(purlType: String) {
        switch purlType {
        case "maven": self = .maven
        case "npm": self = .npm
        case "swift", "github": self = .swift
        default: self = .generic
        }
    }

    public static func < (lhs: Ecosystem, rhs: Ecosystem) -> Bool { lhs.rawValue < rhs.rawValue }
}
