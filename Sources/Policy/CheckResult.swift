import SovScanModel

/// The outcome of `sovscan check`: the findings and how the run ends.
public struct CheckResult: Sendable, Hashable {
    /// The systems judged, by name.
    public var systems: [String]
    /// The policy files read (the project's first, then the profiles it extends).
    public var policySources: [String]
    /// All findings, sorted; waived and baselined ones included.
    public var findings: [Finding]
    /// Whether a manifest could not be read completely.
    public var incomplete: Bool

    public init(systems: [String], policySources: [String], findings: [Finding], incomplete: Bool) {
        self.systems = systems
        self.policySources = policySources
        self.findings = findings.sorted()
        self.incomplete = incomplete
    }

    /// The findings that fail the check.
    public var failing: [Finding] { findings.filter(\.fails) }

    /// The exit code per DESIGN section 6: 3 for an incomplete scan under `strict`, else 1 when a finding fails,
    /// else 0.
    public func exitCode(strict: Bool) -> Int32 {
        if strict && incomplete { return 3 }
        return failing.isEmpty ? 0 : 1
    }

    /// Counts per severity of the findings that are neither waived nor baselined.
    public var activeCounts: [Severity: Int] {
        var counts: [Severity: Int] = [:]
        for finding in findings where finding.waiver == nil && !finding.inBaseline { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    /// Marks the findings whose fingerprint is in the baseline.
    public mutating func apply(_ baseline: Baseline) {
        for index in findings.indices where baseline.fingerprints.contains(findings[index].fingerprint) {
            findings[index].inBaseline = true
        }
    }
}
