import SovScanModel

/// The words people read in check's outputs: each finding's sentence, the scan's messages and the few words of the
/// findings table and of the human text in SARIF, JUnit, GitHub and GitLab. Policy's writers speak `english`;
/// `Reporting` supplies the words of another language (`--lang da`). Rule ids, levels, fingerprints and keys are
/// machine values and are never worded.
public struct FindingWords: Sendable {
    /// What a finding says.
    public var message: @Sendable (Finding) -> String
    /// What a scan diagnostic says.
    public var diagnostic: @Sendable (Diagnostic) -> String
    /// What a rule checks, in a sentence, and where the policy configures it (SARIF's rule descriptions).
    public var rule: @Sendable (RuleID) -> String
    public var configuredBy: @Sendable (_ policyKey: String) -> String
    /// A finding's severity in the table (`error`), and the status of a waived and a baselined finding.
    public var severity: @Sendable (Severity) -> String
    public var waived: String
    public var baselined: String
    /// Before a transitive component's dependency chain: `through a → b`.
    public var through: String
    /// Before a finding's lockfile entry.
    public var lockedAt: String
    /// Before the exception that waives a finding.
    public var waivedBy: String
    /// A finding in the baseline, in a sentence.
    public var inTheBaseline: String
    /// In place of a missing file and location.
    public var noFile: String
    public var noLocation: String
    /// The heading of the incomplete-scan problems.
    public var scanIncomplete: String
    /// The counts of the verdict line: active errors, warnings, notes, waived and baselined findings.
    public var counts: @Sendable (_ errors: Int, _ warnings: Int, _ notes: Int, _ waived: Int, _ baselined: Int) -> String
    /// After the counts when an incomplete scan is not judged, with the number of problems.
    public var incompleteNotJudged: @Sendable (Int) -> String
    /// After the counts when an incomplete scan is judged (`--allow-incomplete`).
    public var incompleteJudged: String
    /// After the counts when components were not judged: those of ignored scopes, those of ignored levels.
    public var unjudged: @Sendable (_ byScope: Int, _ byLevel: Int) -> String
    /// After `unjudged` when components of ignored levels are not listed: how to list them (`--verbose`).
    public var listUnjudged: String
    /// The heading of the list of components not judged for their level (`--verbose`), with their number.
    public var levelIgnoredHeading: @Sendable (Int) -> String
    /// The verdicts: incomplete, passed, failed.
    public var verdictIncomplete: String
    public var verdictPassed: String
    public var verdictFailed: String

    public init(message: @escaping @Sendable (Finding) -> String, diagnostic: @escaping @Sendable (Diagnostic) -> String,
                rule: @escaping @Sendable (RuleID) -> String, configuredBy: @escaping @Sendable (String) -> String,
                severity: @escaping @Sendable (Severity) -> String, waived: String, baselined: String, through: String,
                lockedAt: String, waivedBy: String, inTheBaseline: String, noFile: String, noLocation: String,
                scanIncomplete: String, counts: @escaping @Sendable (Int, Int, Int, Int, Int) -> String,
                incompleteNotJudged: @escaping @Sendable (Int) -> String, incompleteJudged: String,
                unjudged: @escaping @Sendable (Int, Int) -> String, listUnjudged: String,
                levelIgnoredHeading: @escaping @Sendable (Int) -> String,
                verdictIncomplete: String, verdictPassed: String, verdictFailed: String) {
        self.message = message
        self.diagnostic = diagnostic
        self.rule = rule
        self.configuredBy = configuredBy
        self.severity = severity
        self.waived = waived
        self.baselined = baselined
        self.through = through
        self.lockedAt = lockedAt
        self.waivedBy = waivedBy
        self.inTheBaseline = inTheBaseline
        self.noFile = noFile
        self.noLocation = noLocation
        self.scanIncomplete = scanIncomplete
        self.counts = counts
        self.incompleteNotJudged = incompleteNotJudged
        self.incompleteJudged = incompleteJudged
        self.unjudged = unjudged
        self.listUnjudged = listUnjudged
        self.levelIgnoredHeading = levelIgnoredHeading
        self.verdictIncomplete = verdictIncomplete
        self.verdictPassed = verdictPassed
        self.verdictFailed = verdictFailed
    }

    /// The policy's own English.
    public static let english = FindingWords(
        message: { $0.message }, diagnostic: { $0.message }, rule: { $0.summary },
        configuredBy: { "Configured by '\($0)' in .sovscan.yml." }, severity: { $0.rawValue },
        waived: "waived", baselined: "baseline", through: "through", lockedAt: "locked at", waivedBy: "waived by",
        inTheBaseline: "in the baseline", noFile: "(no file)", noLocation: "(no location)",
        scanIncomplete: "The scan is incomplete",
        counts: { errors, warnings, notes, waived, baselined in
            "\(errors) error(s), \(warnings) warning(s), \(notes) note(s)" + (waived > 0 ? ", \(waived) waived" : "")
                + (baselined > 0 ? ", \(baselined) in the baseline" : "")
        },
        incompleteNotJudged: { "; the scan is incomplete (\($0) problem(s) above): fix them, or pass --allow-incomplete to judge what was read" },
        incompleteJudged: "; the scan is incomplete (allowed by --allow-incomplete)",
        unjudged: { byScope, byLevel in
            let parts = (byScope > 0 ? ["\(byScope) of ignored scopes"] : []) + (byLevel > 0 ? ["\(byLevel) of ignored levels"] : [])
            return "; not judged: " + parts.joined(separator: " and ") + " (ignore-scopes, ignore-levels)"
        },
        listUnjudged: "; --verbose lists those of ignored levels",
        levelIgnoredHeading: { "Not judged for their stack level (ignore-levels), though of a judged scope: \($0)" },
        verdictIncomplete: "policy check INCOMPLETE", verdictPassed: "policy check passed", verdictFailed: "policy check FAILED")

    /// A transitive component's chain after a sentence: ` (through a → b)`; empty for a direct component.
    func pathSuffix(_ finding: Finding) -> String {
        finding.path.count > 1 ? " (\(through) " + finding.path.map(\.description).joined(separator: " → ") + ")" : ""
    }

    /// A diagnostic as `file:line: severity: message`.
    func diagnosticLine(_ diagnostic: Diagnostic) -> String {
        let severity: Severity = switch diagnostic.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        return (diagnostic.location.map { "\($0): " } ?? "") + self.severity(severity) + ": " + self.diagnostic(diagnostic)
    }
}
