import SovScanModel

/// A dependency after inheritance, profile injection, interpolation and dependency management.
public struct MavenDependency: Sendable, Hashable {
    /// Whether a value still holds a `${...}` expression that no property resolved.
    /// Scans the UTF-8 bytes: `String.contains(_:)` with Foundation imported is Foundation's locale-aware
    /// search, a few percent of a whole Maven scan when called for every dependency.
    static func hasUnresolvedExpression(_ value: String) -> Bool {
        var previousWasDollar = false
        for byte in value.utf8 {
            if previousWasDollar, byte == UInt8(ascii: "{") { return true }
            previousWasDollar = byte == UInt8(ascii: "$")
        }
        return false
    }

    public var groupId: String
    public var artifactId: String
    /// The version or range; empty when none could be found.
    public var version: String
    public var type: String
    public var classifier: String
    /// The scope; `nil` in `<dependencyManagement>` entries that do not manage it.
    public var scope: String?
    /// `nil` when not stated (management may still set it).
    public var optional: Bool?
    public var exclusions: [POMExclusion]
    public var systemPath: String?
    /// The `<dependency>` element this came from (a parent's or a BOM's file when inherited or imported).
    public var location: SourceLocation

    /// Maven's management key `group:artifact:type[:classifier]`, as its four parts: hashed as they are instead
    /// of joined into a new string for every entry of every module's management (issue 17). Maven's ids hold no
    /// `:`, so the parts identify what the joined key does.
    public var managementKey: ManagementKey {
        ManagementKey(groupId: groupId, artifactId: artifactId, type: type, classifier: classifier)
    }

    /// Maven's management key `group:artifact:type[:classifier]`.
    public struct ManagementKey: Hashable, Sendable {
        public var groupId: String
        public var artifactId: String
        public var type: String
        public var classifier: String
    }

    /// Whether the dependency is optional (unstated means not).
    public var isOptional: Bool { optional ?? false }
}

/// The effective model of one POM: what Maven builds before resolving dependencies.
public struct EffectiveModel: Sendable {
    public var coordinates: MavenCoordinates
    public var packaging: String
    public var parent: MavenCoordinates?
    /// Properties through the parent chain and active profiles, interpolated.
    public var properties: [String: String]
    /// Declared dependencies (own, inherited, from active profiles), managed, with scopes defaulted to compile.
    public var dependencies: [MavenDependency]
    /// Managed dependencies, BOM imports expanded, import entries removed.
    public var dependencyManagement: [MavenDependency]
    /// `<licenses>` of the nearest POM in the chain that declares any.
    public var licenses: [POMLicense]
    /// Where the project's source lives (`MavenModelBuilder`: the POM's `<scm><url>` or `<url>`, else that of the
    /// nearest parent of the same groupId, a parent of the same build), interpolated; `nil` when none says.
    public var sourceRepository: String? = nil
    /// The project's own `<name>` and `<description>` (not a parent's: those describe the parent), with their runs of
    /// white space made single spaces; `nil` when the POM has none.
    public var name: String? = nil
    public var description: String? = nil
    /// `<modules>` (own and from active profiles).
    public var modules: [String]
    public var activeProfiles: [String]
    public var inactiveProfiles: [String]
    /// Where `<relocation>` sends this artifact.
    public var relocation: MavenCoordinates?
    /// The POM's file and the line of `<project>`.
    public var location: SourceLocation
}
