import SovScanModel

/// Where the `Package.swift` of a pinned Swift package comes from when the project has no checkout of it: the
/// cache of an earlier fetch, or (with `--online`) the package's repository at its pinned revision. The SwiftPM
/// cataloger reads the answer as it reads a checkout's manifest, to add the pin's edges to the pins it declares.
/// Implemented outside the catalogers, which never touch the network: SovScanKit's `RemoteSwiftManifests` over
/// `Fetching.GitHubManifestSource`.
public protocol SwiftManifestSource: Sendable {
    /// The manifest of each pin, in the order given (`nil` where the source has none), with the problems met
    /// (a manifest refused for its size). All pins are asked at once, so a source may fetch them in parallel.
    func manifests(of pins: [ResolvedPin]) -> (manifests: [RemoteSwiftManifest?], diagnostics: [Diagnostic])
}

/// The `Package.swift` of a pinned package, as a `SwiftManifestSource` found it.
public struct RemoteSwiftManifest: Sendable, Hashable {
    /// The file's bytes.
    public var bytes: [UInt8]
    /// Where it came from, without credentials (`https://api.github.com/repos/o/r/contents/Package.swift?ref=...`):
    /// the evidence of the edges read from it.
    public var origin: String

    /// A manifest's `bytes` fetched from `origin` (a URL without credentials).
    public init(bytes: [UInt8], origin: String) {
        self.bytes = bytes
        self.origin = origin
    }
}
