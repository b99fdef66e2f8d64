import Classification
import SovScanModel

/// An entry of `exceptions:`: a waiver for the packages a pattern matches, with why, how to get out, and until when.
///
/// A matching exception turns the component's findings into waived ones (reported, not failing). An exception
/// past its `expires` day waives nothing and is itself a finding; one that matched nothing is reported as unused.
public struct PolicyException: Sendable, Hashable {
    /// The packages covered.
    public var purl: PackagePattern
    /// An additional version range (`versions:`), checked when given.
    public var versions: VersionRange?
    /// Why the exception exists.
    public var reason: String
    /// Where the plan to leave the dependency is (a path in the repository or a URL).
    public var exitPlan: String?
    /// The last day the exception holds.
    public var expires: PolicyDate?
    /// The rule ids waived; empty waives every rule.
    public var rules: [RuleID]
    /// Where the exception is written (`.sovscan.yml:12`).
    public var location: SovScanModel.SourceLocation

    public init(purl: PackagePattern, versions: VersionRange? = nil, reason: String, exitPlan: String? = nil,
                expires: PolicyDate? = nil, rules: [RuleID] = [], location: SovScanModel.SourceLocation) {
        self.purl = purl
        self.versions = versions
        self.reason = reason
        self.exitPlan = exitPlan
        self.expires = expires
        self.rules = rules
        self.location = location
    }

    /// Whether the exception covers the component's purl (pattern and version range).
    public func covers(_ purl: PackageURL) -> Bool {
        guard self.purl.matches(purl) else { return false }
        guard let versions else { return true }
        guard let version = purl.version else { return false }
        return versions.contains(version)
    }

    /// Whether the exception waives findings of `rule`.
    public func waives(_ rule: RuleID) -> Bool { rules.isEmpty || rules.contains(rule) }

    /// Whether the exception no longer holds on `day`.
    public func isExpired(on day: PolicyDate) -> Bool {
        guard let expires else { return false }
        return expires < day
    }
}
