import Classification

/// STIL's chart as inline SVG, narrow enough to stay legible on a phone (400 units wide, shown at most 640 px):
/// for a system, per level a label line and a bar with its OSS share, filled by category with a colour and a
/// pattern, with dashed lines at the category cut-offs drawn over the bars; for a portfolio, per level the
/// systems in each category as one stacked bar whose full width is every system of the portfolio. Each chart
/// has a `<title>` and `<desc>` and is followed by a table with the same figures (the text alternative).
struct STILChart {
    let labels: ReportLabels

    private static let width = 400
    private static let barWidth = 400
    private static let rowHeight = 44
    private static let groupHeight = 26

    /// The CSS class of a category's colour and pattern.
    static func bandClass(_ band: StilBand?) -> String {
        switch band {
        case .primarilyOSS: "band-high"
        case .predominantlyOSS: "band-mid"
        case .limitedOSS: "band-low"
        case nil: "band-none"
        }
    }

    /// The system chart.
    func system(_ figures: SystemFigures, id: String, to html: inout HTMLBuilder) {
        let rows = rows(figures.levels.map(\.level))
        let top = rows.last.map { $0.y + Self.rowHeight } ?? 0
        let height = top + 20
        openSVG(id: id, height: height, title: labels.stilChart + " – " + figures.system, description: labels.chartDescription, to: &html)
        let byLevel = Dictionary(figures.levels.map { ($0.level, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            if let group = row.group {
                html.element("text", group.rawValue, [("x", "0"), ("y", "\(row.y + 18)"), ("class", "group")])
                continue
            }
            guard let level = row.level else { continue }
            let figure = byLevel[level]
            let caption: String
            if let figure, figure.technologies > 0 {
                caption = "\(labels.percent(figure.share)) · \(figure.ossTechnologies)/\(figure.technologies)"
            } else {
                caption = "– " + labels.noTechnology
            }
            html.element("text", labels.levelName(level) + ": " + caption, [("x", "0"), ("y", "\(row.y + 16)"), ("class", "label")])
            html.open("rect", [("x", "0"), ("y", "\(row.y + 22)"), ("width", "\(Self.barWidth)"), ("height", "16"), ("class", "track")])
            html.close("rect")
            if let share = figure?.share {
                html.open("rect", [("x", "0"), ("y", "\(row.y + 22)"), ("width", "\(Int((Double(Self.barWidth) * share).rounded()))"),
                                   ("height", "16"), ("class", "bar " + Self.bandClass(figure?.band))])
                html.close("rect")
            }
        }
        // The cut-offs over each bar, drawn last so the bars do not hide them, and labelled under the last one.
        for cutoff in [labels.cutoffs.predominantFrom, labels.cutoffs.primaryAbove] {
            let x = Int((Double(Self.barWidth) * cutoff / 100).rounded())
            for row in rows where row.level != nil {
                html.open("line", [("x1", "\(x)"), ("x2", "\(x)"), ("y1", "\(row.y + 19)"), ("y2", "\(row.y + 41)"), ("class", "threshold")])
                html.close("line")
            }
            html.element("text", labels.percent(cutoff / 100), [("x", "\(x)"), ("y", "\(height - 4)"), ("class", "axis"), ("text-anchor", "middle")])
        }
        html.close("svg")
    }

    /// The portfolio chart: per level, systems per category as one stacked bar scaled to the number of systems.
    func portfolio(_ figures: PortfolioFigures, systems: Int, id: String, to html: inout HTMLBuilder) {
        let rows = rows(figures.levels.map(\.level))
        let legendTop = (rows.last.map { $0.y + Self.rowHeight } ?? 0) + 8
        let height = legendTop + 22 * (StilBand.allCases.count + 1)
        openSVG(id: id, height: height, title: labels.portfolioChart, description: labels.portfolioChartDescription, to: &html)
        let total = max(1, systems)
        let byLevel = Dictionary(figures.levels.map { ($0.level, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            if let group = row.group {
                html.element("text", group.rawValue, [("x", "0"), ("y", "\(row.y + 18)"), ("class", "group")])
                continue
            }
            guard let level = row.level else { continue }
            let counts = StilBand.allCases.map { byLevel[level]?.systems[$0] ?? 0 } + [byLevel[level]?.insufficientData ?? 0]
            html.element("text", labels.levelName(level) + ": " + counts.map(String.init).joined(separator: " / "),
                         [("x", "0"), ("y", "\(row.y + 16)"), ("class", "label")])
            html.open("rect", [("x", "0"), ("y", "\(row.y + 22)"), ("width", "\(Self.barWidth)"), ("height", "16"), ("class", "track")])
            html.close("rect")
            var x = 0
            for (band, count) in zip(StilBand.allCases.map(Optional.some) + [nil], counts) where count > 0 {
                let width = Int((Double(Self.barWidth) * Double(count) / Double(total)).rounded())
                html.open("rect", [("x", "\(x)"), ("y", "\(row.y + 22)"), ("width", "\(width)"), ("height", "16"),
                                   ("class", "bar " + Self.bandClass(band))])
                html.element("title", (band.map(labels.bandName) ?? labels.insufficientData) + ": \(count)")
                html.close("rect")
                x += width
            }
        }
        for (index, band) in (StilBand.allCases.map(Optional.some) + [nil]).enumerated() {
            let y = legendTop + 22 * index
            html.open("rect", [("x", "0"), ("y", "\(y)"), ("width", "14"), ("height", "14"), ("class", "bar " + Self.bandClass(band))])
            html.close("rect")
            html.element("text", band.map(labels.bandName) ?? labels.insufficientData, [("x", "20"), ("y", "\(y + 12)"), ("class", "axis")])
        }
        html.close("svg")
    }

    /// The legend of the system chart's fills, as HTML (it wraps on a phone).
    func legend(to html: inout HTMLBuilder) {
        html.element("ul", [("class", "legend")]) { html in
            for band in StilBand.allCases.map(Optional.some) + [nil] {
                html.element("li") { html in
                    html.element("span", "", [("class", "swatch " + Self.bandClass(band)), ("aria-hidden", "true")])
                    html.text(band.map(labels.bandName) ?? labels.insufficientData)
                }
            }
        }
    }

    private func openSVG(id: String, height: Int, title: String, description: String, to html: inout HTMLBuilder) {
        html.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.width) \(height)"),
                          ("width", "\(Self.width)"), ("height", "\(height)"), ("role", "img"), ("class", "stil-chart"),
                          ("id", id), ("aria-labelledby", "\(id)-title \(id)-desc")])
        html.element("title", title, [("id", "\(id)-title")])
        html.element("desc", description, [("id", "\(id)-desc")])
    }

    /// Rows of the chart: a heading row per STIL group, then its levels.
    private func rows(_ levels: [StackLevel]) -> [(y: Int, group: StilGroup?, level: StackLevel?)] {
        var result: [(y: Int, group: StilGroup?, level: StackLevel?)] = []
        var y = 0
        for group in StilGroup.allCases {
            let members = levels.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            result.append((y, group, nil))
            y += Self.groupHeight
            for level in members {
                result.append((y, nil, level))
                y += Self.rowHeight
            }
        }
        return result
    }
}
