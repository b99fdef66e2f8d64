import Classification

/// A cloud a system runs on, as its evidence shows: a binding of kind `cloud`.
public struct CloudUse: Sendable, Hashable, Codable {
    public var platform: String
    public var vendor: String?
    /// The vendor's legal seat (ISO 3166 code) and bloc: the jurisdiction the system's hosting answers to.
    public var country: String?
    public var bloc: Bloc
    public var proprietary: Bool
    /// Where the evidence came from (`InfrastructureEvidence`), sorted.
    public var evidence: [String]
    /// How many components bind the system to it.
    public var components: Int
}

/// The clouds of one system (none when nothing in it names a cloud).
public struct SystemHosting: Sendable, Hashable, Codable {
    public var system: String
    /// Sorted by platform.
    public var clouds: [CloudUse]

    /// The clouds among a system's bindings.
    public init(_ analysis: SystemAnalysis) {
        system = analysis.name
        clouds = analysis.bindings.filter { $0.kind == .cloud }.map { binding in
            CloudUse(platform: binding.platform, vendor: binding.vendorName ?? binding.vendor, country: binding.country,
                     bloc: binding.bloc, proprietary: binding.proprietary,
                     evidence: Array(Set(binding.components.map(InfrastructureEvidence.kind(of:)))).sorted(),
                     components: binding.components.count)
        }.sorted { $0.platform < $1.platform }
    }
}

/// What kind of file a binding component came from, read from its package URL (the catalogers' identities,
/// docs/infrastructure.md): `terraform` (providers), `kubernetes` (kinds, annotations, ingress classes,
/// provisioners), `container image` (a cloud's registry), `ci` (actions, pipeline tasks, hosted runners), else
/// `sdk` (a library in the application).
public enum InfrastructureEvidence {
    public static func kind(of purl: String) -> String {
        if purl.hasPrefix("pkg:generic/kubernetes/") { return "kubernetes" }
        if purl.hasPrefix("pkg:generic/registry.terraform.io/") || purl.hasPrefix("pkg:generic/registry.opentofu.org/") {
            return "terraform"
        }
        if purl.hasPrefix("pkg:docker/") || purl.hasPrefix("pkg:oci/") { return "container image" }
        if purl.hasPrefix("pkg:github/") || purl.hasPrefix("pkg:generic/dev.azure.com/")
            || purl.hasPrefix("pkg:generic/github.com/hosted-runners/") {
            return "ci"
        }
        return "sdk"
    }
}
