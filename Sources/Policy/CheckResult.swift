import SovScanModel

/// The outcome of `sovscan check`: the findings, what the scan reported, and how the run ends.
public struct CheckResult: Sendable, Hashable {
    /// The systems judged, by name.
    public var systems: [String]
    /// The policy files read (the project's first, then the profiles it extends).
    public var policySources: [String]
    /// All findings, sorted; waived and baselined ones included.
    public var findings: [Finding]
    /// Every diagnostic of the scan (`ScanCompleteness.diagnostics`).
    public var diagnostics: [Diagnostic]
    /// Why the scan is incomplete (`ScanCompleteness.gaps`); empty for a complete scan.
    public var gaps: [Diagnostic]
    /// Whether an incomplete scan is judged anyway (`--allow-incomplete`) instead of failing with exit 3.
    public var allowIncomplete: Bool
    /// The third-party components the policy did not judge (`PolicyJudge.unjudged`).
    public var unjudged: UnjudgedComponents

    public init(systems: [String], policySources: [String], findings: [Finding], diagnostics: [Diagnostic] = [],
                gaps: [Diagnostic] = [], allowIncomplete: Bool = false, unjudged: UnjudgedComponents = UnjudgedComponents()) {
        self.systems = systems
        self.policySources = policySources
        self.findings = findings.sorted()
        self.diagnostics = diagnostics
        self.gaps = gaps
        self.allowIncomplete = allowIncomplete
        self.unjudged = unjudged
    }

    /// Whether the scan is incomplete: some data was lost or never found.
    public var incomplete: Bool { !gaps.isEmpty }

    /// The findings that fail the check.
    public var failing: [Finding] { findings.filter(\.fails) }

    /// The exit code per DESIGN section 6: 3 for an incomplete scan (unless `allowIncomplete`), else 1 when a
    /// finding fails, else 0.
    public var exitCode: Int32 {
        if incomplete && !allowIncomplete { return 3 }
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
