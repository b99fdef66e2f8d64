/// The history report's chart as inline SVG: the overall OSS share of each run of a system, oldest first, as a
/// line with a point per run and the 50% and 75% thresholds. It has a `<title>` and `<desc>`; the runs table that
/// follows it holds the same figures (the text alternative). Nothing is drawn for fewer than two shares.
struct HistoryTrendChart {
    let labels: ReportLabels

    private static let width = 880
    private static let height = 180
    private static let left = 44
    private static let right = 860
    private static let top = 10
    private static let bottom = 160

    func write(_ system: HistoryReport.System, id: String, to html: inout HTMLBuilder) {
        let shares: [(time: String, share: Double)] = system.runs.compactMap { run in
            run.share("overall")?.share.map { (time: run.time, share: $0) }
        }
        guard shares.count >= 2 else { return }
        html.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.width) \(Self.height)"),
                          ("width", "\(Self.width)"), ("height", "\(Self.height)"), ("role", "img"), ("class", "stil-chart"),
                          ("id", id), ("aria-labelledby", "\(id)-title \(id)-desc")])
        html.element("title", labels.historyTitle + " – " + system.name, [("id", "\(id)-title")])
        html.element("desc", labels.historyChartDescription, [("id", "\(id)-desc")])
        for (fraction, label) in [(0.5, "50%"), (0.75, "75%")] {
            let y = Self.y(fraction)
            html.open("line", [("x1", "\(Self.left)"), ("x2", "\(Self.right)"), ("y1", "\(y)"), ("y2", "\(y)"), ("class", "threshold")])
            html.close("line")
            html.element("text", label, [("x", "4"), ("y", "\(y + 4)"), ("class", "axis")])
        }
        let step = Double(Self.right - Self.left) / Double(shares.count - 1)
        let points = shares.enumerated().map { index, item in (x: Self.left + Int((Double(index) * step).rounded()), y: Self.y(item.share)) }
        html.open("polyline", [("points", points.map { "\($0.x),\($0.y)" }.joined(separator: " ")), ("fill", "none"),
                               ("stroke", "currentColor"), ("stroke-width", "2")])
        html.close("polyline")
        for (point, item) in zip(points, shares) {
            html.element("circle", [("cx", "\(point.x)"), ("cy", "\(point.y)"), ("r", "4"), ("fill", "currentColor")]) { html in
                html.element("title", "\(labels.runTime(item.time)): \(labels.percent(item.share))")
            }
        }
        html.element("text", labels.runTime(shares[0].time), [("x", "\(Self.left)"), ("y", "\(Self.height - 4)"), ("class", "axis")])
        html.element("text", labels.runTime(shares[shares.count - 1].time), [("x", "\(Self.right)"), ("y", "\(Self.height - 4)"), ("class", "axis"),
                                                         ("text-anchor", "end")])
        html.close("svg")
    }

    /// The vertical position of a share 0...1.
    private static func y(_ share: Double) -> Int {
        bottom - Int((Double(bottom - top) * min(max(share, 0), 1)).rounded())
    }
}
