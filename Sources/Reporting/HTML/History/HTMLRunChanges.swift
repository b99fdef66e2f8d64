/// What changed between two runs of a system, as a list: shares and categories per level, technologies that became
/// or stopped being non-OSS, bindings and relicensing. Used by the history report and the portfolio's trend.
enum HTMLRunChanges {
    /// The change, "first run" without one, or "no change" when nothing moved.
    static func write(_ change: HistoryReport.Change?, labels: ReportLabels, to html: inout HTMLBuilder) {
        guard let change else { return html.text(labels.historyFirstRun) }
        guard !change.isEmpty else { return html.text(labels.historyNoChange) }
        html.element("ul") { html in
            for share in change.shares {
                var text = "\(labels.historyLevelName(share.level)): \(labels.percent(share.from.share)) → \(labels.percent(share.to.share))"
                if share.from.band != share.to.band {
                    text += " (\(share.from.band.map(labels.bandName) ?? "–") → \(share.to.band.map(labels.bandName) ?? "–"))"
                }
                html.element("li", text)
            }
            for (label, items) in [(labels.historyNewNonOSS, change.newNonOSS), (labels.historyRemovedNonOSS, change.removedNonOSS),
                                   (labels.historyNewBindings, change.newBindings), (labels.historyRemovedBindings, change.removedBindings),
                                   (labels.historyNewRelicensing, change.newRelicensing)] where !items.isEmpty {
                html.element("li") { html in
                    html.text(label + ": ")
                    html.data(items.joined(separator: ", "))
                }
            }
        }
    }
}
