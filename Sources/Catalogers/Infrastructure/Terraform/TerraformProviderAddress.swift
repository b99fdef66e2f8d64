/// A provider's source address: `[hostname/]namespace/type`, the hostname defaulting to `registry.terraform.io`
/// (OpenTofu writes `registry.opentofu.org`), the namespace to `hashicorp` for a bare type (`azurerm`).
public struct TerraformProviderAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hostname: String
    public var namespace: String
    public var type: String
    /// Whether the source named its hostname; without one, Terraform means `registry.terraform.io` and OpenTofu
    /// `registry.opentofu.org`, so either lock entry pins it.
    public var hostnameWasWritten: Bool

    public static let defaultHostname = "registry.terraform.io"
    /// The hostnames an address without one may be locked under.
    public static let defaultHostnames: Set<String> = ["registry.terraform.io", "registry.opentofu.org"]

    /// Parses a source address; `nil` when it has more than three parts or an empty one.
    public init?(_ source: String) {
        let parts = source.lowercased().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        switch parts.count {
        case 1: (hostname, namespace, type) = (Self.defaultHostname, "hashicorp", parts[0])
        case 2: (hostname, namespace, type) = (Self.defaultHostname, parts[0], parts[1])
        case 3: (hostname, namespace, type) = (parts[0], parts[1], parts[2])
        default: return nil
        }
        hostnameWasWritten = parts.count == 3
    }

    /// Whether a lock file entry for `locked` pins this address.
    public func isPinned(by locked: TerraformProviderAddress) -> Bool {
        guard namespace == locked.namespace, type == locked.type else { return false }
        return hostname == locked.hostname
            || (!hostnameWasWritten && Self.defaultHostnames.contains(locked.hostname))
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public var description: String { "\(hostname)/\(namespace)/\(type)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}
