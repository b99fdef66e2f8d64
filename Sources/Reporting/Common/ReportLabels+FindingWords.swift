import Policy

extension ReportLanguage {
    /// The words of check's findings table and of the human text in its SARIF, JUnit, GitHub and GitLab output:
    /// the policy's own English, or Danish from the reports' words (the findings' sentences as the HTML report
    /// words them, after the component they concern; the scan's messages by their codes).
    public var findingWords: FindingWords {
        guard self == .da else { return .english }
        let labels = ReportLabels(self)
        return FindingWords(
            message: { finding in
                // Outside the HTML table there is no component column: the sentence names the component first.
                let worded = ReportFinding(finding)
                return (worded.component.map { $0 + ": " } ?? "") + labels.findingText(worded)
            },
            diagnostic: { labels.diagnosticText($0) },
            rule: { labels.ruleName($0.rawValue) }, configuredBy: { "Konfigureres med '\($0)' i .sovscan.yml." },
            severity: { labels.severityName(Reporting.Severity(rawValue: $0.rawValue) ?? .error) },
            waived: "undtaget", baselined: "kendt", through: "via", lockedAt: "låst i", waivedBy: "undtaget af",
            inTheBaseline: "kendt fra referencegrundlaget", noFile: "(ingen fil)", noLocation: "(intet sted)",
            scanIncomplete: "Scanningen er ufuldstændig",
            counts: { errors, warnings, notes, waived, baselined in
                "\(errors) fejl, \(warnings) advarsler, \(notes) bemærkninger" + (waived > 0 ? ", \(waived) undtaget" : "")
                    + (baselined > 0 ? ", \(baselined) kendt fra referencegrundlaget" : "")
            },
            incompleteNotJudged: {
                "; scanningen er ufuldstændig (\($0) problemer ovenfor): ret dem, eller brug --allow-incomplete for at vurdere det, der blev læst"
            },
            incompleteJudged: "; scanningen er ufuldstændig (tilladt med --allow-incomplete)",
            unjudged: { byScope, byLevel in
                let parts = (byScope > 0 ? ["\(byScope) i ignorerede scopes"] : []) + (byLevel > 0 ? ["\(byLevel) på ignorerede niveauer"] : [])
                return "; ikke vurderet: " + parts.joined(separator: " og ") + " (ignore-scopes, ignore-levels)"
            },
            listUnjudged: "; --verbose viser dem på ignorerede niveauer",
            levelIgnoredHeading: { "Ikke vurderet på grund af deres STIL-niveau (ignore-levels), selvom de hører til et vurderet scope: \($0)" },
            verdictIncomplete: "politiktjek UFULDSTÆNDIGT", verdictPassed: "politiktjek BESTÅET", verdictFailed: "politiktjek IKKE BESTÅET")
    }
}
