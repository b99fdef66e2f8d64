import SovScanModel

/// What one Terraform/OpenTofu configuration file declares.
public struct TerraformConfig: Sendable, Equatable {
    /// A `required_providers` entry: `azurerm = { source = "hashicorp/azurerm", version = "~> 3.0" }` (or the
    /// legacy `azurerm = "~> 3.0"`).
    public struct RequiredProvider: Sendable, Equatable {
        public var localName: String
        public var address: TerraformProviderAddress
        public var constraint: String?
        public var line: Int
    }

    /// A `module` call with its `source` and `version`.
    public struct ModuleCall: Sendable, Equatable {
        public var name: String
        public var source: String
        public var version: String?
        public var line: Int
    }

    /// A `resource` or `data` block's type (`azurerm_postgresql_flexible_server`).
    public struct ResourceUse: Sendable, Equatable {
        public var type: String
        public var isData: Bool
        public var line: Int

        /// The local name of the provider the type belongs to: the type up to its first `_` (`azurerm`).
        public var providerLocalName: String {
            type.split(separator: "_", maxSplits: 1).first.map(String.init) ?? type
        }
    }

    /// A container image a resource runs: `image = "..."` in a `container`, `containers` or `init_container`
    /// block at any depth (`kubernetes_deployment`, `azurerm_container_app`, `google_cloud_run_v2_service`).
    public struct ContainerImage: Sendable, Equatable {
        /// `kubernetes_deployment.api`.
        public var resource: String
        /// The literal reference; `nil` when the value is computed (`var.image`, `"${var.repo}:1.0"`).
        public var image: String?
        public var line: Int
        public var column: Int
    }

    public var requiredProviders: [RequiredProvider] = []
    /// `provider "name" { ... }` blocks: the local name and line.
    public var providerBlocks: [(name: String, line: Int)] = []
    public var modules: [ModuleCall] = []
    public var resources: [ResourceUse] = []
    public var images: [ContainerImage] = []
    /// The charts of `helm_release` resources.
    public var helmReleases: [TerraformHelmRelease] = []

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.requiredProviders == rhs.requiredProviders && lhs.modules == rhs.modules && lhs.resources == rhs.resources
            && lhs.providerBlocks.map(\.name) == rhs.providerBlocks.map(\.name)
    }
}

/// Reads the provider requirements, provider configurations, module calls, resource types, the container
/// images resources run (container blocks, ECS container definitions) and `helm_release` charts of a `.tf` file.
public enum TerraformConfigReader {
    public static func read(_ bytes: [UInt8], file: String) -> (config: TerraformConfig, diagnostics: [Diagnostic]) {
        var (body, diagnostics) = HCLParser.parse(bytes, file: file)
        var config = TerraformConfig()
        for required in body.blocks("terraform").flatMap({ $0.body.blocks("required_providers") }) {
            for attribute in required.body.attributes {
                let location = SourceLocation(file: file, line: attribute.line, column: attribute.column)
                var source = attribute.name
                var constraint: String?
                switch attribute.value {
                case .object:
                    if let written = attribute.value["source"] {
                        guard let literal = written.literal else {
                            diagnostics.append(Diagnostic(.error, "provider \(attribute.name): source must be a literal string", at: location))
                            continue
                        }
                        source = literal
                    }
                    constraint = attribute.value["version"]?.literal
                case .string(let text, false):
                    constraint = text
                default:
                    diagnostics.append(Diagnostic(.error, "provider \(attribute.name): expected an object with source and version", at: location))
                    continue
                }
                guard let address = TerraformProviderAddress(source) else {
                    diagnostics.append(Diagnostic(.error, "provider \(attribute.name): invalid source address \(source)", at: location))
                    continue
                }
                config.requiredProviders.append(.init(localName: attribute.name, address: address,
                                                      constraint: constraint, line: attribute.line))
            }
        }
        for block in body.blocks("provider") {
            if let name = block.labels.first { config.providerBlocks.append((name, block.line)) }
        }
        for block in body.blocks("module") {
            let location = SourceLocation(file: file, line: block.line, column: block.column)
            guard let name = block.labels.first else { continue }
            guard let source = block.body.attribute("source")?.value.literal else {
                diagnostics.append(Diagnostic(.error, "module \(name): source must be a literal string", at: location))
                continue
            }
            config.modules.append(.init(name: name, source: source,
                                        version: block.body.attribute("version")?.value.literal, line: block.line))
        }
        for type in ["resource", "data"] {
            for block in body.blocks(type) {
                guard let resourceType = block.labels.first else { continue }
                config.resources.append(.init(type: resourceType, isData: type == "data", line: block.line))
                guard type == "resource" else { continue }
                let resource = block.labels.joined(separator: ".")
                config.images += images(in: block.body, resource: resource)
                switch resourceType {
                case "aws_ecs_task_definition":
                    config.images += TerraformECSTaskDefinition.images(block.body.attribute("container_definitions"),
                                                                       resource: resource, file: file,
                                                                       diagnostics: &diagnostics)
                case "helm_release":
                    config.helmReleases.append(TerraformHelmRelease.read(block, resource: resource))
                default:
                    break
                }
            }
        }
        return (config, diagnostics)
    }

    /// Block types that describe a container with an `image`.
    static let containerBlocks: Set<String> = ["container", "containers", "init_container", "init_containers"]

    private static func images(in body: HCLBody, resource: String) -> [TerraformConfig.ContainerImage] {
        var result: [TerraformConfig.ContainerImage] = []
        var pending = body.blocks
        while let block = pending.popLast() {
            if containerBlocks.contains(block.type), let image = block.body.attribute("image") {
                result.append(.init(resource: resource, image: image.value.literal, line: image.line, column: image.column))
            }
            pending += block.body.blocks
        }
        return result.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
