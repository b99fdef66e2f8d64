/// The package ecosystem a component comes from.
public enum Ecosystem: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case maven
    case npm
    case swift
    /// Container images (Dockerfile `FROM`, compose and Kubernetes `image:`), `pkg:docker/...`.
    case container
    /// CI/CD building blocks: GitHub Actions (`pkg:github/...`), GitLab CI includes, hosted runners.
    case ci
    /// Terraform/OpenTofu providers and modules.
    case terraform
    /// Components read from an imported SBOM whose ecosystem is not one of the above.
    case generic

    /// The purl type used for components of this ecosystem (the most common one where several are used).
    public var purlType: String {
        switch self {
        case .maven: "maven"
        case .npm: "npm"
        case .swift: "swift"
        case .container: "docker"
        case .ci: "github"
        case .terraform, .generic: "generic"
        }
    }

    /// The ecosystem of a purl type, `.generic` for types sovscan does not catalog itself.
    public init(purlType: String) {
        switch purlType {
        case "maven": self = .maven
        case "npm": self = .npm
        case "swift", "github": self = .swift
        case "docker", "oci": self = .container
        default: self = .generic
        }
    }

    public static func < (lhs: Ecosystem, rhs: Ecosystem) -> Bool { lhs.rawValue < rhs.rawValue }
}
