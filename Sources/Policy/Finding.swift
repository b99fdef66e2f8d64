import SovScanModel

/// How serious a finding is. Errors fail the check; warnings and notes are reported.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One thing the policy says about a change: which rule, how serious, about what, and where it comes from.
public struct Finding: Sendable, Hashable, Codable, Comparable {
    /// The rule that produced it (stable id, see `RuleID`).
    public var rule: RuleID
    public var severity: Severity
    /// What is wrong and what to do, in a sentence.
    public var message: String
    /// The system (scanned root) the finding belongs to.
    public var system: String
    /// The component concerned; `nil` for findings about the system or the policy itself.
    public var component: PackageURL?
    /// The manifest line that brings the component in (for a transitive component: the direct dependency's
    /// line), or the policy line for findings about the policy.
    public var location: SovScanModel.SourceLocation?
    /// For a transitive component, the chain from the direct dependency down to it.
    public var path: [PackageURL]
    /// Other lines the finding concerns: the component's lockfile entries, so a change made in a lockfile only
    /// (a transitive upgrade) is shown where it was made too.
    public var relatedLocations: [SovScanModel.SourceLocation] = []
    /// What the rule looked at (`GPL-3.0-only`, `US`, `application`): part of the fingerprint.
    public var subject: String
    /// The exception that waives the finding (its pattern and reason); a waived finding does not fail.
    public var waiver: String?
    /// Whether the finding was already in the baseline; a baselined finding does not fail.
    public var inBaseline: Bool

    public init(rule: RuleID, severity: Severity, message: String, system: String, component: PackageURL? = nil,
                location: SovScanModel.SourceLocation? = nil, path: [PackageURL] = [], subject: String = "",
                waiver: String? = nil, inBaseline: Bool = false) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.system = system
        self.component = component
        self.location = location
        self.path = path
        self.subject = subject
        self.waiver = waiver
        self.inBaseline = inBaseline
    }

    /// A stable identity across runs and machines: rule, the manifest file (not the line, which moves with edits;
    /// not the system name, which is the checkout folder's name), the component with its version, and subject. A
    /// new version is a new finding, so a baseline never carries over to a release whose licence or vendor changed.
    public var fingerprint: String {
        [rule.rawValue, location?.file ?? "", component.map { PackagePattern.key(of: $0) + "@" + ($0.version ?? "") } ?? "",
         subject].joined(separator: "|")
    }

    /// Whether the finding fails the check: an error that is neither waived nor in the baseline.
    public var fails: Bool { severity == .error && waiver == nil && !inBaseline }

    /// Sorted by system, location, rule, component, subject, then message.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.system != rhs.system { return lhs.system < rhs.system }
        let left = (lhs.location?.file ?? "", lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.rule.rawValue,
                    lhs.component?.description ?? "")
        let right = (rhs.location?.file ?? "", rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.rule.rawValue,
                     rhs.component?.description ?? "")
        if left != right { return left < right }
        return (lhs.subject, lhs.message) < (rhs.subject, rhs.message)
    }
}
