import Classification
import SovScanModel

/// The summary of a portfolio: overall figures, the systems sorted by how far each pulls the overall share down
/// (with their systems.yml description), STIL's chart of systems per category and level, and the systems bound
/// to platforms outside the EU. `links` names each system's own page when the report is a folder of pages.
struct HTMLPortfolioSections {
    let input: ReportInput
    let labels: ReportLabels
    let links: [String: String]

    func headline(to html: inout HTMLBuilder) {
        HTMLSections.section("headline", labels.headline, to: &html) { html in
            html.element("ul", [("class", "cards")]) { html in
                if let overall = input.portfolio?.overall {
                    HTMLSections.card(labels.percent(overall.share), labels.overallShare + " · " + labels.coverage.lowercased() + " "
                                      + labels.coverageText(overall.coverage), band: overall.band, coverage: overall.coverage, labels: labels, to: &html)
                }
                HTMLSections.card("\(input.inventory.systems.count)", labels.systems, labels: labels, to: &html)
                for band in StilBand.allCases {
                    HTMLSections.card("\(input.figures.filter { $0.band == band }.count)", labels.systems + ": " + labels.bandName(band),
                                      labels: labels, to: &html)
                }
                if let portfolio = input.portfolio {
                    HTMLSections.card("\(portfolio.nonEUBindings.count)", labels.systemsBound, labels: labels, to: &html)
                }
            }
        }
    }

    /// The systems, the one that pulls the overall share down most first.
    func systems(to html: inout HTMLBuilder) {
        HTMLSections.section("systems", labels.systems, to: &html) { html in
            let effects = PortfolioEffects(input)
            HTMLSections.table([("class", "systems")], to: &html) { html in
                html.element("caption", labels.systems + " (\(input.inventory.systems.count))")
                HTMLSections.head([(labels.system, false), (labels.layer, false), (labels.criticality, false), (labels.personalData, false),
                                   (labels.ossShare, true), (labels.band, false), (labels.coverage, true), (labels.effect, true),
                                   (labels.sealMinimum, true), (labels.thirdPartyComponents, true)], to: &html)
                html.element("tbody") { html in
                    for system in effects.ordered {
                        let figures = input.figures(of: system.name)
                        let metadata = input.metadata[system.name]
                        html.element("tr") { html in
                            html.element("th", [("scope", "row")]) { html in
                                if let link = links[system.name] {
                                    html.element("a", [("href", link)]) { $0.data(system.name) }
                                } else {
                                    html.data(system.name)
                                }
                            }
                            html.element("td") { $0.data(metadata?.layer ?? "–") }
                            html.element("td") { $0.data(metadata?.criticality.map(labels.criticalityName) ?? "–") }
                            html.element("td", metadata?.personalData.map { labels.yesNo($0) } ?? "–")
                            html.element("td", labels.percent(figures?.ossShare), [("class", "num")])
                            html.element("td") { html in
                                if let figures { HTMLSections.band(figures.band, figures.coverage, labels: labels, to: &html) } else { html.text("–") }
                            }
                            html.element("td", figures.map { labels.coverageText($0.coverage) } ?? "–", [("class", "num")])
                            html.element("td", effects.effect[system.name].map(labels.points) ?? "–", [("class", "num")])
                            html.element("td", figures?.sealMinimum.map { "SEAL-\($0)" } ?? "–", [("class", "num")])
                            html.element("td", "\(figures?.thirdPartyComponents ?? system.thirdPartyCount)",
                                         [("class", "num")])
                        }
                    }
                }
            }
        }
    }

    func chart(to html: inout HTMLBuilder) {
        guard let portfolio = input.portfolio else { return }
        HTMLSections.section("portfolio-stil", labels.portfolioChart, to: &html) { html in
            STILChart(labels: labels).portfolio(portfolio, systems: input.inventory.systems.count, id: "portfolio-chart", to: &html)
            HTMLSections.table([("class", "stil-table")], to: &html) { html in
                html.element("caption", labels.portfolioChart)
                HTMLSections.head([(labels.level, false)] + StilBand.allCases.map { (labels.bandName($0), true) }
                                  + [(labels.insufficientData, true)], to: &html)
                html.element("tbody") { html in
                    for level in portfolio.levels {
                        html.element("tr") { html in
                            html.element("th", labels.levelName(level.level), [("scope", "row")])
                            for band in StilBand.allCases { html.element("td", "\(level.systems[band] ?? 0)", [("class", "num")]) }
                            html.element("td", "\(level.insufficientData)", [("class", "num")])
                        }
                    }
                }
            }
        }
    }

    func nonEUBindings(to html: inout HTMLBuilder) {
        guard let portfolio = input.portfolio else { return }
        HTMLSections.section("non-eu-bindings", labels.nonEUBindings, to: &html) { html in
            guard !portfolio.nonEUBindings.isEmpty else {
                html.element("p", labels.none)
                return
            }
            HTMLSections.table(to: &html) { html in
                HTMLSections.head([(labels.system, false), (labels.platforms, false), (labels.components, true)], to: &html)
                html.element("tbody") { html in
                    for row in portfolio.nonEUBindings {
                        html.element("tr") { html in
                            html.element("th", [("scope", "row")]) { $0.data(row.system) }
                            html.element("td") { $0.data(row.platforms.joined(separator: ", ")) }
                            html.element("td", "\(row.components)", [("class", "num")])
                        }
                    }
                }
            }
        }
    }
}

/// How far each system moves the portfolio's overall share, in percentage points: its known units times the
/// distance of its share from the overall share, over every known unit of the portfolio. Negative pulls down.
struct PortfolioEffects {
    /// By system name; systems without a share have none.
    let effect: [String: Double]
    /// The systems, the most negative effect first, then by name; systems without an effect last.
    let ordered: [SystemInventory]

    init(_ input: ReportInput) {
        var effect: [String: Double] = [:]
        let known = input.figures.map { $0.coverage.units - $0.coverage.unknown }.reduce(0, +)
        if let overall = input.portfolio?.overall?.share, known > 0 {
            for figures in input.figures {
                guard let share = figures.ossShare else { continue }
                let units = Double(figures.coverage.units - figures.coverage.unknown)
                effect[figures.system] = units * (share - overall) / Double(known) * 100
            }
        }
        self.effect = effect
        ordered = input.inventory.systems.sorted { left, right in
            switch (effect[left.name], effect[right.name]) {
            case let (a?, b?): a != b ? a < b : left.name < right.name
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): left.name < right.name
            }
        }
    }
}
