extension HTMLPortfolioSections {
    /// Each system's movement since the day of `--since` (nothing when the portfolio has no trend).
    func trend(to html: inout HTMLBuilder) {
        guard let trend = input.trend else { return }
        HTMLSections.section("trend", labels.trendSince(trend.since), to: &html) { html in
            HTMLSections.table(to: &html) { html in
                HTMLSections.head([(labels.system, false), (labels.trendComparedWith, false), (labels.historyChanges, false)], to: &html)
                html.element("tbody") { html in
                    for system in trend.systems {
                        html.element("tr") { html in
                            html.element("th", [("scope", "row")]) { $0.data(system.name) }
                            html.element("td", system.fromTime ?? "–")
                            html.element("td") { html in
                                HTMLRunChanges.write(system.fromTime == nil ? nil : system.change, labels: labels, to: &html)
                            }
                        }
                    }
                }
            }
        }
    }
}
