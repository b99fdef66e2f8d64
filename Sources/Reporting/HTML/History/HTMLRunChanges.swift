/// What changed between two runs of a system, as a list: shares and categories per level, technologies that became
/// or stopped being non-OSS, bindings and relicensing. Used by the history report and the portfolio's trend.
enum HTMLRunChanges {
    /// The change, "first run" without one, or "no change" when nothing moved.
    static func write(_ change: HistoryReport.Change?, labels: ReportLabels, to html: inout HTMLBuilder) {
        guard let change else { return html.text(labels.historyFirstRun) }
        guard !change.isEmpty else { return html.text(labels.historyNoChange) }
        html.element("ul") { html in
            for share in change.shares { html.element("li", labels.shareChangeText(share)) }
            for list in labels.changeLists(change) {
                html.element("li") { html in
                    html.text(list.label + ": ")
                    html.data(list.items.joined(separator: ", "))
                }
            }
        }
    }
}
