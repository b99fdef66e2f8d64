import Classification

/// STIL's chart as inline SVG: for a system, one bar per level with its OSS share, coloured by band, with the
/// 50% and 75% thresholds; for a portfolio, per level the number of systems in each band as a stacked bar.
/// Each chart has a `<title>` and `<desc>` and is followed by a table with the same figures (the text
/// alternative).
struct STILChart {
    let labels: ReportLabels

    private static let width = 880
    private static let labelWidth = 190
    private static let barWidth = 360
    private static let rowHeight = 30
    private static let groupHeight = 26

    /// The CSS class of a band's colour.
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
        let height = rows.last.map { $0.y + Self.rowHeight + 8 } ?? 40
        openSVG(id: id, height: height, title: labels.stilChart + " – " + figures.system, description: labels.chartDescription, to: &html)
        let left = Self.labelWidth
        for (fraction, label) in [(0.5, "50%"), (0.75, "75%")] {
            let x = left + Int(Double(Self.barWidth) * fraction)
            html.open("line", [("x1", "\(x)"), ("x2", "\(x)"), ("y1", "4"), ("y2", "\(height - 4)"), ("class", "threshold")])
            html.close("line")
            html.element("text", label, [("x", "\(x + 3)"), ("y", "\(height - 6)"), ("class", "axis")])
        }
        let byLevel = Dictionary(figures.levels.map { ($0.level, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            if let group = row.group {
                html.element("text", group.rawValue, [("x", "4"), ("y", "\(row.y + 18)"), ("class", "group")])
                continue
            }
            guard let level = row.level else { continue }
            let figure = byLevel[level]
            html.element("text", labels.levelName(level), [("x", "16"), ("y", "\(row.y + 19)"), ("class", "label")])
            html.open("rect", [("x", "\(left)"), ("y", "\(row.y + 6)"), ("width", "\(Self.barWidth)"), ("height", "18"), ("class", "track")])
            html.close("rect")
            let share = figure?.share
            if let share {
                html.open("rect", [("x", "\(left)"), ("y", "\(row.y + 6)"), ("width", "\(Int((Double(Self.barWidth) * share).rounded()))"),
                                   ("height", "18"), ("class", "bar " + Self.bandClass(figure?.band))])
                html.close("rect")
            }
            let caption: String
            if let figure, figure.technologies > 0 {
                caption = "\(labels.percent(share)) · \(figure.ossTechnologies)/\(figure.technologies) · "
                    + "\(labels.coverage.lowercased()) \(labels.percent(figure.coverage.coverage)) · " + labels.bandText(figure.band, figure.coverage)
            } else {
                caption = "– " + labels.noTechnology
            }
            html.element("text", caption, [("x", "\(left + Self.barWidth + 8)"), ("y", "\(row.y + 19)"), ("class", "value")])
        }
        html.close("svg")
    }

    /// The portfolio chart: per level, systems per band as one stacked bar.
    func portfolio(_ figures: PortfolioFigures, id: String, to html: inout HTMLBuilder) {
        let rows = rows(figures.levels.map(\.level))
        let height = (rows.last.map { $0.y + Self.rowHeight } ?? 0) + 36
        openSVG(id: id, height: height, title: labels.portfolioChart, description: labels.portfolioChartDescription, to: &html)
        let most = max(1, figures.levels.map { $0.systems.values.reduce(0, +) }.max() ?? 1)
        let byLevel = Dictionary(figures.levels.map { ($0.level, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            if let group = row.group {
                html.element("text", group.rawValue, [("x", "4"), ("y", "\(row.y + 18)"), ("class", "group")])
                continue
            }
            guard let level = row.level else { continue }
            html.element("text", labels.levelName(level), [("x", "16"), ("y", "\(row.y + 19)"), ("class", "label")])
            var x = Self.labelWidth
            var parts: [String] = []
            for band in StilBand.allCases {
                let count = byLevel[level]?.systems[band] ?? 0
                guard count > 0 else { continue }
                let width = Int((Double(Self.barWidth) * Double(count) / Double(most)).rounded())
                html.open("rect", [("x", "\(x)"), ("y", "\(row.y + 6)"), ("width", "\(width)"), ("height", "18"),
                                   ("class", "bar " + Self.bandClass(band))])
                html.element("title", "\(band.rawValue): \(count)")
                html.close("rect")
                x += width
                parts.append("\(count)")
            }
            html.element("text", parts.isEmpty ? "–" : parts.joined(separator: " / "), [("x", "\(x + 8)"), ("y", "\(row.y + 19)"), ("class", "value")])
        }
        var legendX = Self.labelWidth
        let legendY = height - 18
        for band in StilBand.allCases {
            html.open("rect", [("x", "\(legendX)"), ("y", "\(legendY)"), ("width", "12"), ("height", "12"), ("class", "bar " + Self.bandClass(band))])
            html.close("rect")
            html.element("text", band.rawValue, [("x", "\(legendX + 16)"), ("y", "\(legendY + 11)"), ("class", "axis")])
            legendX += 180
        }
        html.close("svg")
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
