import Foundation

/// Writes `history --format html`: one self-contained file (inline style, no script, a content security policy
/// that forbids every fetch) with, per system, a chart of the overall OSS share per run, and a table of the runs
/// (time, commit, branch, overall, Applikation and Infrastruktur share with coverage, band) where each run lists
/// what changed since the one before. All data is escaped by `HTMLBuilder`.
public struct HistoryHTMLWriter: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) { self.language = language }

    /// The report as UTF-8 bytes.
    public func write(_ report: HistoryReport, context: ReportContext) -> Data {
        let labels = ReportLabels(language)
        // A title names a few systems; a store of many would make it as long as the page.
        let subject = report.systems.count <= 3 ? report.systems.map(\.name).joined(separator: ", ")
            : "\(report.systems.count) \(labels.systems.lowercased())"
        let title = labels.historyTitle + (subject.isEmpty ? "" : " – " + subject)
        var html = HTMLBuilder()
        html.openDocument(language: language, title: title)
        html.element("style") { html in
            // Printed on A4 with the title and date in the running header, like the other reports.
            html.trusted(HTMLAssets.pageRule(header: title + " – " + labels.date(context.timestamp), page: labels.pagePrefix,
                                             of: labels.pick("of", "af")))
            html.trusted(HTMLAssets.style)
        }
        html.close("head")
        html.open("body")
        html.element("header") { html in
            html.element("h1", labels.historyTitle)
            html.element("p", "\(labels.generated) sovscan \(context.toolVersion) · \(labels.date(context.timestamp))", [("class", "meta")])
        }
        html.open("main")
        if report.systems.isEmpty { html.element("p", labels.historyNoRuns) }
        for (index, system) in report.systems.enumerated() {
            let id = "system-\(index + 1)"
            html.element("section", [("id", id), ("aria-labelledby", id + "-heading")]) { html in
                html.element("h2", [("id", id + "-heading")]) { html in
                    html.data(system.name)
                    html.text(" – " + labels.historyRunCount(system.runs.count))
                }
                HistoryTrendChart(labels: labels).write(system, id: id + "-chart", to: &html)
                table(system, labels: labels, to: &html)
            }
        }
        html.close("main")
        html.close("body")
        html.close("html")
        html.trusted("\n")
        return html.data
    }

    private func table(_ system: HistoryReport.System, labels: ReportLabels, to html: inout HTMLBuilder) {
        html.element("div", [("class", "scroll")]) { html in
            html.element("table") { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for heading in [labels.historyTime, labels.historyCommit, labels.historyBranch, labels.historyOverall,
                                        "Applikation", "Infrastruktur", labels.band, labels.historyChanges] {
                            html.element("th", heading, [("scope", "col")])
                        }
                    }
                }
                html.element("tbody") { html in
                    for run in system.runs {
                        html.element("tr") { html in
                            html.element("td", labels.runTime(run.time))
                            html.element("td") { $0.data(run.commit.map { String($0.prefix(12)) } ?? "–") }
                            html.element("td") { $0.data(run.branch ?? "–") }
                            for level in ["overall", "Applikation", "Infrastruktur"] {
                                html.element("td", shareText(run.share(level), labels: labels))
                            }
                            html.element("td", run.share("overall")?.band?.rawValue ?? "–")
                            html.element("td") { HTMLRunChanges.write(run.change, labels: labels, to: &$0) }
                        }
                    }
                }
            }
        }
    }

    /// `71%`, with the coverage when some licences are unknown: `71% (Coverage 90%)`; `–` without a share.
    private func shareText(_ share: HistoryReport.Share?, labels: ReportLabels) -> String {
        guard let share, share.share != nil else { return "–" }
        let text = labels.percent(share.share)
        guard let coverage = share.coverage, coverage < 1 else { return text }
        return text + " (\(labels.coverage) \(labels.percent(coverage)))"
    }
}
