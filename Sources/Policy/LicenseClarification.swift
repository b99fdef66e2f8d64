import Classification
import SovScanModel

/// An entry of `licenses.clarify`: the licence of the packages a pattern matches, stated by the project because
/// the package's metadata is wrong or missing (as cargo-deny's `clarify` and osv-scanner's overrides do). It
/// replaces the concluded licence before classification, so shares, findings, SBOMs and `explain` all use it, marked
/// as clarified.
public struct LicenseClarification: Sendable, Hashable {
    /// The packages it is about.
    public var purl: PackagePattern
    /// An additional version range, checked when given.
    public var versions: VersionRange?
    /// The licence as an SPDX expression, as written (read by the manifests' resolver when applied).
    public var license: String
    /// Why the project knows better than the metadata.
    public var reason: String
    /// A file of the package (relative to the scanned system, e.g. `node_modules/x/LICENSE`) whose content the
    /// clarification rests on, and its SHA-256: when the file changes or disappears, the clarification no longer
    /// applies.
    public var evidence: Evidence?
    /// Where the entry is written.
    public var location: SovScanModel.SourceLocation

    /// A licence file and its expected SHA-256 (hex).
    public struct Evidence: Sendable, Hashable {
        public var file: String
        public var sha256: String

        public init(file: String, sha256: String) {
            self.file = file
            self.sha256 = sha256.lowercased()
        }
    }

    public init(purl: PackagePattern, versions: VersionRange? = nil, license: String, reason: String, evidence: Evidence? = nil,
                location: SovScanModel.SourceLocation) {
        self.purl = purl
        self.versions = versions
        self.license = license
        self.reason = reason
        self.evidence = evidence
        self.location = location
    }

    /// Whether the clarification is about the component's purl (pattern and version range).
    public func covers(_ purl: PackageURL) -> Bool {
        guard self.purl.matches(purl) else { return false }
        guard let versions else { return true }
        guard let version = purl.version else { return false }
        return versions.contains(version)
    }
}
