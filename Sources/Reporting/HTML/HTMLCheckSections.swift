/// The parts of the HTML report that come from a policy: the verdict of `sovscan check` with the findings
/// counted by status, the findings that count, and the waived and baselined ones in a section of their own.
struct HTMLCheckSections {
    let input: ReportInput
    let labels: ReportLabels

    /// BESTÅET / IKKE BESTÅET with the counts, when the report comes from `check`.
    func verdict(to html: inout HTMLBuilder) {
        guard let passed = input.checkPassed else { return }
        let findings = input.findings ?? []
        let active = findings.filter(\.isNew)
        let counts: [(String, Int)] = [
            (labels.failing, active.filter { $0.severity == .error }.count),
            (labels.warnings, active.filter { $0.severity == .warning }.count),
            (labels.notes, active.filter { $0.severity == .note }.count),
            (labels.waived, findings.filter { if case .waived = $0.status { true } else { false } }.count),
            (labels.baselined, findings.filter { $0.status == .baselined }.count),
        ]
        html.element("div", [("class", "verdict " + (passed ? "pass" : "fail")), ("role", "status")]) { html in
            html.element("span", (passed ? labels.passed : labels.failed) + ": ")
            html.text(labels.verdictLine(passed))
        }
        if !passed && input.inventory.isIncomplete && !active.contains(where: { $0.severity == .error }) {
            html.element("p", labels.incompleteFails)
        }
        html.element("ul", [("class", "cards counts")]) { html in
            for (caption, count) in counts { HTMLSections.card("\(count)", caption, labels: labels, to: &html) }
        }
    }

    func findings(to html: inout HTMLBuilder) {
        HTMLSections.section("findings", labels.findings, to: &html) { html in
            guard let findings = input.findings else {
                html.element("p", labels.noPolicy, [("class", "note")])
                return
            }
            let active = findings.filter(\.isNew)
            if active.isEmpty {
                html.element("p", findings.isEmpty ? labels.policyPassed : labels.none)
            } else {
                table(active, to: &html)
            }
            let settled = findings.filter { !$0.isNew }
            guard !settled.isEmpty else { return }
            html.element("h3", labels.settledFindings + " (\(settled.count))", [("id", "settled-findings")])
            table(settled, to: &html)
        }
    }

    private func table(_ findings: [ReportFinding], to html: inout HTMLBuilder) {
        HTMLSections.table(to: &html) { html in
            HTMLSections.head([(labels.status, false), (labels.rule, false), (labels.component, false), (labels.message, false),
                               (labels.location, false)], to: &html)
            html.element("tbody") { html in
                for finding in findings.sorted(by: { ($0.severity, $0.rule, $0.component ?? "", $0.message)
                    < ($1.severity, $1.rule, $1.component ?? "", $1.message) }) {
                    html.element("tr") { html in
                        switch finding.status {
                        case .active:
                            html.element("td", labels.severityName(finding.severity), [("class", "sev-" + finding.severity.rawValue)])
                        case .waived(let reason):
                            html.element("td") { html in
                                html.text(labels.waived)
                                html.open("br")
                                html.element("small") { $0.data(reason) }
                            }
                        case .baselined:
                            html.element("td", labels.baselined)
                        }
                        html.element("td", labels.ruleName(finding.rule), [("class", "rule"), ("title", finding.rule)])
                        html.element("td") { html in
                            if let component = finding.component { html.element("code") { $0.data(component) } } else { html.text("–") }
                        }
                        html.element("td") { $0.data(labels.findingText(finding)) }
                        html.element("td") { html in html.element("code") { $0.data(finding.location ?? "–") } }
                    }
                }
            }
        }
    }
}
