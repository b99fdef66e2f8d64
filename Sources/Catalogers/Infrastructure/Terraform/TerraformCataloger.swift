import Foundation
import SovScanModel

/// Catalogs Terraform/OpenTofu configurations (`*.tf`, `*.tofu`) and lock files (`.terraform.lock.hcl`).
///
/// - Each provider a configuration uses (a `required_providers` entry, a `provider` block, or the prefix of a
///   `resource`/`data` type, `azurerm_...` -> `azurerm`, with bare names meaning `hashicorp/<name>`) is a direct
///   component `pkg:generic/<hostname>/<namespace>/<type>@<version>` (the purl specification has no Terraform
///   type), ecosystem `terraform`; an address without a hostname is pinned by a lock entry of either public
///   registry (Terraform's or OpenTofu's), whose hostname the component takes. The version is the lock file's (the lock of the configuration's folder, else
///   of the closest folder above it, else any lock of the system that has the provider); a provider no lock pins
///   has no version and is `unpinned`, with its constraint. Providers only in a lock file are listed too.
/// - Properties: `terraform:constraint`, `terraform:hashes` (how many checksums the lock records),
///   `terraform:resources` (the resource types used, `data.` for data sources, sorted).
/// - Module calls are components too: registry modules `pkg:generic/<host>/<namespace>/<name>/<system>@<version>`,
///   GitHub sources `pkg:github/<org>/<repo>@<ref>`, other sources `pkg:generic/<host>/<path>/<name>@<ref>`;
///   local modules are the configuration's own code and not listed.
/// - Each resource type created (not `data` sources) is a service component
///   `pkg:generic/<hostname>/<namespace>/<provider>/<resource type>` located at its `resource` blocks: a managed
///   service (`azurerm_postgresql_flexible_server`) binds through its rule, a self-run VM does not.
/// - Container images that resources run (`container { image = "..." }` of `kubernetes_deployment`,
///   `azurerm_container_app`, Cloud Run) are `pkg:docker/...` images (ecosystem `container`) with the property
///   `terraform:resource`; so are the images of an `aws_ecs_task_definition`'s literal `container_definitions`
///   (a JSON string or heredoc, `jsonencode([...])`). A computed image is a warning.
/// - `helm_release` charts are Helm chart components as the `helm` cataloger makes them
///   (`pkg:generic/<repository>/<chart>@<version>`, ecosystem `container`) with `terraform:resource`; a local chart
///   is the configuration's own code; a computed chart is a warning.
/// Providers count toward the Infrastruktur levels through the binding rules (`Rules/bindings.yml`).
public struct TerraformCataloger: Cataloger {
    public let name = "terraform"
    public let kinds: Set<ManifestKind> = [.terraformConfig, .terraformLock]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        var locks: [String: [LockedProvider]] = [:]
        var lockFiles: [String: String] = [:]
        var configs: [(ManifestFile, TerraformConfig)] = []
        let wanted = manifests.sorted().filter { kinds.contains($0.kind) }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            if manifest.kind == .terraformLock {
                let (providers, diagnostics) = TerraformLockReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                locks[manifest.directory] = providers
                lockFiles[manifest.directory] = manifest.relativePath
            } else {
                let (config, diagnostics) = TerraformConfigReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                configs.append((manifest, config))
            }
        }
        var providers: [PackageURL: ProviderSighting] = [:]
        var resourceTypes: [PackageURL: (address: TerraformProviderAddress, type: String, locations: Set<SourceLocation>)] = [:]
        // Local names are per module folder: a required_providers entry in one file serves all its files.
        var localNames: [String: [String: TerraformProviderAddress]] = [:]
        for (manifest, config) in configs {
            for required in config.requiredProviders {
                localNames[manifest.directory, default: [:]][required.localName] = required.address
            }
        }
        for (manifest, config) in configs {
            let folder = manifest.directory
            let file = manifest.relativePath
            func address(of localName: String) -> TerraformProviderAddress? {
                localNames[folder]?[localName] ?? TerraformProviderAddress(localName)
            }
            var uses: [(TerraformProviderAddress, Int, String?, String?)] = []
            for required in config.requiredProviders {
                uses.append((required.address, required.line, required.constraint, nil))
            }
            for block in config.providerBlocks {
                if let address = address(of: block.name) { uses.append((address, block.line, nil, nil)) }
            }
            for resource in config.resources {
                if let address = address(of: resource.providerLocalName) {
                    uses.append((address, resource.line, nil, (resource.isData ? "data." : "") + resource.type))
                }
            }
            for (address, line, constraint, resourceType) in uses {
                let locked = lock(for: address, folder: folder, locks: locks)
                let address = locked?.provider.address ?? address
                if let resourceType, !resourceType.hasPrefix("data."),
                   let purl = Self.resourcePurl(address, type: resourceType) {
                    resourceTypes[purl, default: (address, resourceType, [])].locations.insert(SourceLocation(file: file, line: line))
                }
                guard let purl = Self.purl(address, version: locked?.provider.version) else { continue }
                var sighting = providers[purl] ?? ProviderSighting(address: address, locked: locked)
                sighting.locations.insert(SourceLocation(file: file, line: line))
                if let constraint { sighting.constraints.insert(constraint) }
                if let resourceType { sighting.resources.insert(resourceType) }
                providers[purl] = sighting
            }
            for call in config.modules {
                result.components += module(call, file: file).map { [$0] } ?? []
            }
            for use in config.images {
                let location = SourceLocation(file: file, line: use.line, column: use.column)
                guard let text = use.image else {
                    result.diagnostics.append(Diagnostic(.warning, "\(use.resource): the image is computed; it is known only when Terraform runs",
                                                         at: location))
                    continue
                }
                if let component = ImageReference(text)?.component(scope: .runtime, at: location,
                                                                   properties: ["terraform:resource": use.resource]) {
                    result.components.append(component)
                } else {
                    result.diagnostics.append(Diagnostic(.error, "\(use.resource): not a valid image reference: \(text)", at: location,
                                                         detail: DiagnosticDetail(.invalidImage, [text])))
                }
            }
            for release in config.helmReleases {
                let location = SourceLocation(file: file, line: release.line, column: release.column)
                if release.chartIsComputed {
                    result.diagnostics.append(Diagnostic(.warning, "\(release.resource): the chart is computed; it is known only when Terraform runs",
                                                         at: location))
                } else if let dependency = release.dependency(file: file) {
                    if let component = dependency.component(properties: ["terraform:resource": release.resource]) {
                        result.components.append(component)
                    } else {
                        result.diagnostics.append(Diagnostic(.error, "\(release.resource): cannot form a package URL for the chart \(dependency.name)",
                                                             at: location))
                    }
                }
            }
        }
        for (folder, entries) in locks {
            let file = lockFiles[folder] ?? folder
            for entry in entries {
                guard let purl = Self.purl(entry.address, version: entry.version) else { continue }
                var sighting = providers[purl] ?? ProviderSighting(address: entry.address, locked: (file, entry))
                sighting.locations.insert(SourceLocation(file: file, line: entry.line))
                if let constraints = entry.constraints, sighting.constraints.isEmpty { sighting.constraints.insert(constraints) }
                providers[purl] = sighting
            }
        }
        for (purl, sighting) in providers.sorted(by: { $0.key < $1.key }) {
            result.components.append(sighting.component(purl))
        }
        for (purl, use) in resourceTypes.sorted(by: { $0.key < $1.key }) {
            result.components.append(Component(
                purl: purl, ecosystem: .terraform, group: purl.namespace, name: use.type, isDirect: true,
                locations: use.locations.sorted(),
                properties: [Component.serviceProperty: "Terraform resource type",
                             "terraform:provider": use.address.hostname + "/" + use.address.namespace + "/" + use.address.type]))
        }
        return result
    }

    /// The lock entry for a provider: the folder's lock, else the closest folder above, else any lock (by path).
    private func lock(for address: TerraformProviderAddress, folder: String, locks: [String: [LockedProvider]])
        -> (file: String, provider: LockedProvider)? {
        var candidate: String? = folder
        while let current = candidate {
            if let found = locks[current]?.first(where: { address.isPinned(by: $0.address) }) {
                return (Self.lockPath(current), found)
            }
            candidate = current.isEmpty ? nil
                : (current.lastIndex(of: "/").map { String(current[..<$0]) } ?? "")
        }
        for key in locks.keys.sorted() {
            if let found = locks[key]?.first(where: { address.isPinned(by: $0.address) }) { return (Self.lockPath(key), found) }
        }
        return nil
    }

    private static func lockPath(_ folder: String) -> String {
        folder.isEmpty ? ".terraform.lock.hcl" : folder + "/.terraform.lock.hcl"
    }

    /// `pkg:generic/<hostname>/<namespace>/<provider>/<resource type>`: what a configuration creates with a
    /// provider. A service: a managed database (`aws_db_instance`) binds through its rule, a virtual machine that
    /// runs software of one's choice (`hcloud_server`) has none beyond the provider's.
    static func resourcePurl(_ address: TerraformProviderAddress, type: String) -> PackageURL? {
        try? PackageURL(type: "generic", namespace: address.hostname + "/" + address.namespace + "/" + address.type, name: type)
    }

    /// The version an exact constraint names (`5.8.1`, `=5.8.1`, `v1.2.0`); `nil` for ranges and operators.
    static func exactVersion(_ constraint: String) -> String? {
        var text = constraint.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("=") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        guard let first = text.first, first.isNumber || first == "v",
              text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) else { return nil }
        return text
    }

    static func purl(_ address: TerraformProviderAddress, version: String?) -> PackageURL? {
        try? PackageURL(type: "generic", namespace: address.hostname + "/" + address.namespace, name: address.type,
                        version: version)
    }

    /// A module call as a component. A registry module's `version` is a constraint: only an exact one
    /// (`5.8.1`, `= 5.8.1`) is the version; any other is kept as `terraform:constraint` and the module is unpinned.
    private func module(_ call: TerraformConfig.ModuleCall, file: String) -> Component? {
        let exact = call.version.flatMap(Self.exactVersion)
        guard let (purl, group, name, version) = TerraformModuleSource.purl(source: call.source, version: exact)
        else { return nil }
        var properties = ["terraform:module": call.name, "terraform:source": call.source]
        if let constraint = call.version, exact == nil { properties["terraform:constraint"] = constraint }
        if version == nil { properties["unpinned"] = "true" }
        return Component(purl: purl, ecosystem: .terraform, group: group, name: name, version: version,
                         isDirect: true, locations: [SourceLocation(file: file, line: call.line)],
                         properties: properties)
    }
}

/// Everything seen of one provider at one version.
private struct ProviderSighting {
    var address: TerraformProviderAddress
    var locked: (file: String, provider: LockedProvider)?
    var locations: Set<SourceLocation> = []
    var constraints: Set<String> = []
    var resources: Set<String> = []

    func component(_ purl: PackageURL) -> Component {
        var properties: [String: String] = [:]
        if !constraints.isEmpty { properties["terraform:constraint"] = constraints.sorted().joined(separator: "; ") }
        if !resources.isEmpty { properties["terraform:resources"] = resources.sorted().joined(separator: ", ") }
        if let locked {
            properties["terraform:hashes"] = String(locked.provider.hashes.count)
        } else {
            properties["unpinned"] = "true"
        }
        return Component(purl: purl, ecosystem: .terraform, group: address.hostname + "/" + address.namespace,
                         name: address.type, version: locked?.provider.version, isDirect: true,
                         locations: locations.sorted(), properties: properties)
    }
}
