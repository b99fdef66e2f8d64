import SovScanModel

/// One pinned package of a `Package.resolved` file (or of `.build/workspace-state.json`).
public struct ResolvedPin: Sendable, Hashable {
    /// How the package is fetched (`kind` of format 2 and 3; format 1 knows only source control).
    public enum Kind: String, Sendable, Hashable {
        case remoteSourceControl
        case localSourceControl
        case registry
    }

    /// SwiftPM's identity, in lower case (`swift-log`, `mona.linkedlist`).
    public var identity: String
    public var kind: Kind
    /// The `location` (`repositoryURL` in format 1) as written; empty for registry pins.
    public var locationText: String
    /// The parsed location (for registry pins, from the identity).
    public var location: SwiftRepositoryLocation
    /// The package name of format 1 (`package`), when given.
    public var packageName: String?
    public var version: String?
    public var revision: String?
    public var branch: String?
    /// Where the pin starts in its file.
    public var declaredAt: SourceLocation

    public init(identity: String, kind: Kind, locationText: String, location: SwiftRepositoryLocation,
                packageName: String? = nil, version: String? = nil, revision: String? = nil, branch: String? = nil,
                declaredAt: SourceLocation) {
        self.identity = identity
        self.kind = kind
        self.locationText = locationText
        self.location = location
        self.packageName = packageName
        self.version = version
        self.revision = revision
        self.branch = branch
        self.declaredAt = declaredAt
    }
}

/// A `Package.resolved` file read: its format version, origin hash and pins in file order.
public struct ResolvedFile: Sendable, Hashable {
    public var formatVersion: Int
    /// The `originHash` of format 3.
    public var originHash: String?
    public var pins: [ResolvedPin]
}
