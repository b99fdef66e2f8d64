import Classification
import SovScanModel

/// An entry of `exceptions:`: a waiver for the packages a pattern matches (or the SDKs that bind to a platform),
/// with why, how to get out, and until when.
///
/// A matching exception turns the component's findings into waived ones (reported, not failing). An exception
/// past its `expires` day waives nothing and is itself a finding; one that matched nothing is reported as unused.
/// An exception with `allow` licences waives licence findings about those licences only, so a later relicensing
/// of the package is not silently waived.
public struct PolicyException: Sendable, Hashable {
    /// The packages covered; `nil` when `platform` says which.
    public var purl: PackagePattern?
    /// A platform (binding platform name or binding id, such as `Azure`): covers every component that binds to it.
    public var platform: String?
    /// Licence ids whose licence findings are waived; empty: the exception is not scoped to licences.
    public var licenses: [String]
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

    public init(purl: PackagePattern?, platform: String? = nil, licenses: [String] = [], versions: VersionRange? = nil,
                reason: String, exitPlan: String? = nil, expires: PolicyDate? = nil, rules: [RuleID] = [],
                location: SovScanModel.SourceLocation) {
        self.purl = purl
        self.platform = platform
        self.licenses = licenses
        self.versions = versions
        self.reason = reason
        self.exitPlan = exitPlan
        self.expires = expires
        self.rules = rules
        self.location = location
    }

    /// What the exception names: its purl pattern, else `platform NAME`.
    public var subject: String { purl?.text ?? "platform \(platform ?? "")" }

    /// Whether the exception covers the component: its purl (pattern and version range) and, for a
    /// platform-scoped exception, the platform (or binding id) the component binds to.
    public func covers(_ purl: PackageURL, binding: BindingFact? = nil) -> Bool {
        if let pattern = self.purl, !pattern.matches(purl) { return false }
        if let platform {
            guard let binding, binding.platform.caseInsensitiveCompare(platform) == .orderedSame
                    || binding.rule?.caseInsensitiveCompare(platform) == .orderedSame else { return false }
        }
        guard let versions else { return true }
        guard let version = purl.version else { return false }
        return versions.contains(version)
    }

    /// Whether the exception waives a finding of `rule` about `subject` (for licence rules, the licence). A
    /// licence-scoped exception waives licence findings only about its licences, and other rules only when
    /// `rules` names them.
    public func waives(_ rule: RuleID, subject: String = "") -> Bool {
        if !licenses.isEmpty {
            if RuleID.licenseRules.contains(rule) {
                return licenses.contains { $0.caseInsensitiveCompare(subject) == .orderedSame }
                    && (rules.isEmpty || rules.contains(rule))
            }
            return rules.contains(rule)
        }
        return rules.isEmpty || rules.contains(rule)
    }

    /// Days until `expires` from `day` (0 on the day itself); `nil` without an expiry date.
    public func daysLeft(on day: PolicyDate) -> Int? { expires.map { day.days(until: $0) } }

    /// Whether the exception no longer holds on `day`.
    public func isExpired(on day: PolicyDate) -> Bool {
        guard let expires else { return false }
        return expires < day
    }
}
