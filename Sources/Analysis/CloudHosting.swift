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

/// A container registry a system's shipping images are pulled from, with its operator: whose jurisdiction the
/// images' supply answers to (`pkg:generic/container-registries/<host>`, given an operator by rule).
public struct RegistryUse: Sendable, Hashable, Codable {
    /// The registry host (`docker.io`, `mcr.microsoft.com`, `rg.fr-par.scw.cloud`).
    public var registry: String
    /// The operator's vendor id and name, `nil` when no rule names one (a private host).
    public var vendor: String?
    public var vendorName: String?
    public var country: String?
    public var bloc: Bloc

    /// The registries among a system's classified components, sorted by host.
    public static func registries(in classifications: some Sequence<Classification>) -> [RegistryUse] {
        let prefix = "pkg:generic/" + registryNamespace + "/"
        return classifications.compactMap { item -> RegistryUse? in
            guard item.purl.description.hasPrefix(prefix) else { return nil }
            return RegistryUse(registry: item.purl.name, vendor: item.vendor?.id, vendorName: item.vendor?.name,
                               country: item.vendor?.country, bloc: item.bloc)
        }.sorted { $0.registry < $1.registry }
    }

    /// The purl namespace of registry components (the catalogers' `ContainerImageEvidence`).
    static let registryNamespace = "container-registries"
}

/// The clouds of one system (none when nothing in it names a cloud) and the registries its images come from.
public struct SystemHosting: Sendable, Hashable, Codable {
    public var system: String
    /// Sorted by platform.
    public var clouds: [CloudUse]
    /// Sorted by host; empty in documents written before registries were recorded.
    public var registries: [RegistryUse]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        system = try container.decode(String.self, forKey: .system)
        clouds = try container.decode([CloudUse].self, forKey: .clouds)
        registries = try container.decodeIfPresent([RegistryUse].self, forKey: .registries) ?? []
    }

    /// The clouds among a system's bindings, and its registries.
    public init(_ analysis: SystemAnalysis) {
        system = analysis.name
        registries = analysis.registries ?? []
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
/// provisioners), `container image` (a cloud's registry), `ecs` (an ECS task definition file), `ci` (actions,
/// pipeline tasks, hosted runners), else
/// `sdk` (a library in the application).
public enum InfrastructureEvidence {
    public static func kind(of purl: String) -> String {
        if purl.hasPrefix("pkg:generic/kubernetes/") { return "kubernetes" }
        if purl.hasPrefix("pkg:generic/registry.terraform.io/") || purl.hasPrefix("pkg:generic/registry.opentofu.org/") {
            return "terraform"
        }
        if purl.hasPrefix("pkg:docker/") || purl.hasPrefix("pkg:oci/") { return "container image" }
        if purl.hasPrefix("pkg:generic/amazonaws.com/ecs/") { return "ecs" }
        if purl.hasPrefix("pkg:github/") || purl.hasPrefix("pkg:generic/dev.azure.com/")
            || purl.hasPrefix("pkg:generic/github.com/hosted-runners/") {
            return "ci"
        }
        return "sdk"
    }
}
