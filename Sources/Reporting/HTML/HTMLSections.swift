import Classification
import SovScanModel

/// The sections of the HTML report above and below the component table.
struct HTMLSections {
    let input: ReportInput
    let labels: ReportLabels

    private var systems: [SystemInventory] { input.inventory.systems }
    private var isPortfolio: Bool { systems.count > 1 }

    private func section(_ id: String, _ title: String, to html: inout HTMLBuilder, content: (inout HTMLBuilder) -> Void) {
        html.element("section", [("id", id), ("aria-labelledby", id + "-heading")]) { html in
            html.element("h2", title, [("id", id + "-heading")])
            content(&html)
        }
    }

    /// Per system, a subsection heading when the report covers several. `needsFigures`: when analysis did not
    /// run at all, one note stands for every system.
    private func perSystem(to html: inout HTMLBuilder, needsFigures: Bool = true,
                           _ content: (inout HTMLBuilder, SystemInventory, SystemFigures?) -> Void) {
        if needsFigures && input.figures.isEmpty {
            html.element("p", labels.needsAnalysis, [("class", "note")])
            return
        }
        for system in systems {
            if isPortfolio { html.element("h3") { $0.data(system.name) } }
            content(&html, system, input.figures(of: system.name))
        }
    }

    /// The band of a share; "insufficient data (N unknown)" where the coverage was too low for one; `–` without units.
    private func band(_ band: StilBand?, _ coverage: ShareCoverage, to html: inout HTMLBuilder) {
        if band != nil || coverage.insufficientData {
            html.element("span", labels.bandText(band, coverage), [("class", "band " + STILChart.bandClass(band))])
        } else {
            html.text("–")
        }
    }

    /// The caption of a share's card: its name, coverage and the share counting unknowns as not OSS.
    private func shareCaption(_ name: String, _ coverage: ShareCoverage) -> String {
        "\(name) · \(labels.coverage.lowercased()) \(labels.coverageText(coverage)) · "
            + "\(labels.unknownAsNotOSS): \(labels.percent(coverage.shareCountingUnknownAsNotOSS))"
    }

    func headline(to html: inout HTMLBuilder) {
        if isPortfolio && !input.figures.isEmpty {
            section("headline", labels.headline, to: &html) { systemsTable(to: &$0) }
            return
        }
        section("headline", labels.headline, to: &html) { html in
            perSystem(to: &html, needsFigures: false) { html, system, figures in
                html.element("ul", [("class", "cards")]) { html in
                    if let figures {
                        card(labels.percent(figures.ossShare), shareCaption(labels.ossShare, figures.coverage),
                             band: figures.band, coverage: figures.coverage, to: &html)
                        for group in figures.groups {
                            card(labels.percent(group.share), shareCaption(labels.ossShare + " – " + group.group.rawValue, group.coverage),
                                 band: group.band, coverage: group.coverage, to: &html)
                        }
                        card(figures.seal.map { "SEAL-\($0)" } ?? "–", labels.sealLevel + labels.sealUnrated(figures.sealUnrated), to: &html)
                        if let top = figures.blocs.first {
                            let total = max(1, figures.blocs.map(\.components).reduce(0, +))
                            card(labels.percent(Double(top.components) / Double(total)), labels.blocMix + ": " + labels.blocName(top.bloc), to: &html)
                        }
                    }
                    card("\(system.thirdPartyComponents.count)", labels.components + " (" + labels.thirdParty + ")", to: &html)
                    card("\(system.firstPartyComponents.count)", labels.components + " (" + labels.ownDevelopment + ")", to: &html)
                }
                guard let figures else {
                    if !input.figures.isEmpty { html.element("p", labels.needsAnalysis, [("class", "note")]) }
                    return
                }
                html.element("table") { html in
                    html.element("caption", labels.sealDistribution)
                    html.element("tr") { html in
                        for level in 0..<figures.sealDistribution.count { html.element("th", "SEAL-\(level)", [("scope", "col"), ("class", "num")]) }
                    }
                    html.element("tr") { html in
                        for count in figures.sealDistribution { html.element("td", "\(count)", [("class", "num")]) }
                    }
                }
            }
        }
    }

    /// The portfolio's headline: one row per system.
    private func systemsTable(to html: inout HTMLBuilder) {
        html.element("table") { html in
            html.element("caption", labels.systems + " (\(systems.count))")
            html.element("thead") { html in
                html.element("tr") { html in
                    let columns: [(String, Bool)] = [(labels.system, false), (labels.ossShare, true), (labels.coverage, true),
                                                     (labels.shareUnknownAsNotOSS, true), (labels.band, false)]
                        + StilGroup.allCases.map { ($0.rawValue, true) }
                        + [(labels.sealLevel, true), (labels.components + " (" + labels.thirdParty + ")", true),
                           (labels.components + " (" + labels.ownDevelopment + ")", true)]
                    for (title, numeric) in columns { html.element("th", title, [("scope", "col"), ("class", numeric ? "num" : nil)]) }
                }
            }
            html.element("tbody") { html in
                for system in systems {
                    let figures = input.figures(of: system.name)
                    html.element("tr") { html in
                        html.element("th", [("scope", "row")]) { $0.data(system.name) }
                        html.element("td", labels.percent(figures?.ossShare), [("class", "num")])
                        html.element("td", figures.map { labels.coverageText($0.coverage) } ?? "–", [("class", "num")])
                        html.element("td", labels.percent(figures?.coverage.shareCountingUnknownAsNotOSS), [("class", "num")])
                        html.element("td") { html in
                            if let figures { self.band(figures.band, figures.coverage, to: &html) } else { html.text("–") }
                        }
                        for group in StilGroup.allCases {
                            html.element("td", labels.percent(figures?.groups.first { $0.group == group }?.share), [("class", "num")])
                        }
                        html.element("td", figures?.seal.map { "SEAL-\($0)" } ?? "–", [("class", "num")])
                        html.element("td", "\(system.thirdPartyComponents.count)", [("class", "num")])
                        html.element("td", "\(system.firstPartyComponents.count)", [("class", "num")])
                    }
                }
            }
            if let overall = input.portfolio?.overall {
                html.element("tfoot") { html in
                    html.element("tr") { html in
                        html.element("th", labels.portfolio, [("scope", "row")])
                        html.element("td", labels.percent(overall.share), [("class", "num")])
                        html.element("td", labels.coverageText(overall.coverage), [("class", "num")])
                        html.element("td", labels.percent(overall.coverage.shareCountingUnknownAsNotOSS), [("class", "num")])
                        html.element("td") { band(overall.band, overall.coverage, to: &$0) }
                        html.element("td", "", [("colspan", "\(StilGroup.allCases.count + 3)")])
                    }
                }
            }
        }
    }

    /// A headline card; a share's card (with `coverage`) shows its band or why it has none.
    private func card(_ figure: String, _ caption: String, band: StilBand? = nil, coverage: ShareCoverage? = nil,
                      to html: inout HTMLBuilder) {
        html.element("li") { html in
            html.element("span", figure, [("class", "figure")])
            html.element("span", caption, [("class", "caption")])
            if let coverage { self.band(band, coverage, to: &html) }
        }
    }

    func stil(to html: inout HTMLBuilder) {
        section("stil", labels.stilChart, to: &html) { html in
            let chart = STILChart(labels: labels)
            if let portfolio = input.portfolio {
                html.element("h3", labels.portfolioChart)
                chart.portfolio(portfolio, id: "portfolio-chart", to: &html)
                html.element("table", [("class", "stil-table")]) { html in
                    html.element("caption", labels.portfolioChart)
                    html.element("thead") { html in
                        html.element("tr") { html in
                            html.element("th", labels.level, [("scope", "col")])
                            for band in StilBand.allCases { html.element("th", band.rawValue, [("scope", "col"), ("class", "num")]) }
                            html.element("th", labels.insufficientData, [("scope", "col"), ("class", "num")])
                        }
                    }
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
                hosting(portfolio.hosting ?? [], to: &html)
            }
            var index = 0
            perSystem(to: &html) { html, _, figures in
                index += 1
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                chart.system(figures, id: "stil-chart-\(index)", to: &html)
                stilTable(figures, to: &html)
            }
        }
    }

    private func stilTable(_ figures: SystemFigures, to html: inout HTMLBuilder) {
        html.element("table", [("class", "stil-table")]) { html in
            html.element("caption") { html in
                html.text(labels.stilTable + ": ")
                html.data(figures.system)
            }
            html.element("thead") { html in
                html.element("tr") { html in
                    for (title, numeric) in [(labels.group, false), (labels.level, false), (labels.technologies, true),
                                             (labels.ossTechnologies, true), (labels.unknownLicence, true), (labels.coverage, true),
                                             (labels.share, true), (labels.shareUnknownAsNotOSS, true), (labels.band, false)] {
                        html.element("th", title, [("scope", "col"), ("class", numeric ? "num" : nil)])
                    }
                }
            }
            html.element("tbody") { html in
                for level in figures.levels {
                    html.element("tr") { html in
                        html.element("td", level.level.group?.rawValue ?? "")
                        html.element("th", labels.levelName(level.level), [("scope", "row")])
                        html.element("td", "\(level.technologies)", [("class", "num")])
                        html.element("td", "\(level.ossTechnologies)", [("class", "num")])
                        html.element("td", "\(level.unknownTechnologies)", [("class", "num")])
                        html.element("td", labels.coverageText(level.coverage), [("class", "num")])
                        html.element("td", labels.percent(level.share), [("class", "num")])
                        html.element("td", labels.percent(level.coverage.shareCountingUnknownAsNotOSS), [("class", "num")])
                        html.element("td") { band(level.band, level.coverage, to: &$0) }
                    }
                }
                for group in figures.groups {
                    html.element("tr") { html in
                        html.element("th", group.group.rawValue, [("scope", "row"), ("colspan", "5")])
                        html.element("td", labels.coverageText(group.coverage), [("class", "num")])
                        html.element("td", labels.percent(group.share), [("class", "num")])
                        html.element("td", labels.percent(group.coverage.shareCountingUnknownAsNotOSS), [("class", "num")])
                        html.element("td") { band(group.band, group.coverage, to: &$0) }
                    }
                }
            }
        }
    }

    func origin(to html: inout HTMLBuilder) {
        section("origin", labels.origin, to: &html) { html in
            perSystem(to: &html) { html, _, figures in
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                let total = max(1, figures.blocs.map(\.components).reduce(0, +))
                html.element("table") { html in
                    html.element("caption", labels.blocMix)
                    html.element("thead") { html in
                        html.element("tr") { html in
                            html.element("th", labels.bloc, [("scope", "col")])
                            html.element("th", labels.components, [("scope", "col"), ("class", "num")])
                            html.element("th", labels.share, [("scope", "col")])
                        }
                    }
                    html.element("tbody") { html in
                        for bloc in figures.blocs {
                            let share = Double(bloc.components) / Double(total)
                            html.element("tr") { html in
                                html.element("th", labels.blocName(bloc.bloc), [("scope", "row")])
                                html.element("td", "\(bloc.components)", [("class", "num")])
                                html.element("td") { html in
                                    html.open("span", [("class", "meter"), ("style", "width:\(Int((share * 200).rounded()))px"), ("aria-hidden", "true")])
                                    html.close("span")
                                    html.text(labels.percent(share))
                                }
                            }
                        }
                    }
                }
                html.element("table") { html in
                    html.element("caption", labels.topVendors)
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for (title, numeric) in [(labels.vendor, false), (labels.country, false), (labels.bloc, false), (labels.components, true)] {
                                html.element("th", title, [("scope", "col"), ("class", numeric ? "num" : nil)])
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for vendor in figures.vendors {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { $0.data(vendor.name) }
                                html.element("td") { $0.data(vendor.country ?? "–") }
                                html.element("td", labels.blocName(vendor.bloc))
                                html.element("td", "\(vendor.components)", [("class", "num")])
                            }
                        }
                    }
                }
            }
        }
    }

    func bindings(to html: inout HTMLBuilder) {
        section("bindings", labels.bindings, to: &html) { html in
            perSystem(to: &html) { html, _, figures in
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                guard !figures.bindings.isEmpty else {
                    html.element("p", labels.none)
                    return
                }
                html.element("table") { html in
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for title in [labels.platform, labels.vendor, labels.bloc, labels.proprietary, labels.components] {
                                html.element("th", title, [("scope", "col")])
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for binding in figures.bindings {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { html in
                                    html.data(binding.platform)
                                    if let inferred = binding.declaredInsteadOf {
                                        html.data(" (" + labels.declaredInsteadOf(inferred) + ")")
                                    }
                                }
                                html.element("td") { $0.data(binding.vendor ?? "–") }
                                html.element("td", labels.blocName(binding.bloc))
                                html.element("td", labels.yesNo(binding.proprietary))
                                html.element("td") { html in list(binding.components, to: &html) }
                            }
                        }
                    }
                }
            }
        }
    }

    func risks(to html: inout HTMLBuilder) {
        section("risks", labels.risks, to: &html) { html in
            perSystem(to: &html) { html, _, figures in
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                guard !figures.risks.isEmpty else {
                    html.element("p", labels.none)
                    return
                }
                html.element("table") { html in
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for title in [labels.severity, labels.kind, labels.message, labels.components] { html.element("th", title, [("scope", "col")]) }
                        }
                    }
                    html.element("tbody") { html in
                        for risk in figures.risks.sorted(by: { ($0.severity, $0.kind, $0.message) < ($1.severity, $1.kind, $1.message) }) {
                            html.element("tr") { html in
                                html.element("td", labels.severityName(risk.severity), [("class", "sev-" + risk.severity.rawValue)])
                                html.element("td") { $0.data(risk.kind) }
                                html.element("td") { $0.data(risk.message) }
                                html.element("td") { html in list(risk.components, to: &html) }
                            }
                        }
                    }
                }
            }
        }
    }

    func findings(to html: inout HTMLBuilder) {
        section("findings", labels.findings, to: &html) { html in
            guard let findings = input.findings else {
                html.element("p", labels.noPolicy, [("class", "note")])
                return
            }
            guard !findings.isEmpty else {
                html.element("p", labels.policyPassed)
                return
            }
            html.element("table") { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for title in [labels.severity, labels.rule, labels.message, labels.location] { html.element("th", title, [("scope", "col")]) }
                    }
                }
                html.element("tbody") { html in
                    for finding in findings.sorted(by: { ($0.severity, $0.rule, $0.message) < ($1.severity, $1.rule, $1.message) }) {
                        html.element("tr") { html in
                            html.element("td", labels.severityName(finding.severity), [("class", "sev-" + finding.severity.rawValue)])
                            html.element("td") { html in html.element("code") { $0.data(finding.rule) } }
                            html.element("td") { $0.data(finding.message) }
                            html.element("td") { html in html.element("code") { $0.data(finding.location ?? "–") } }
                        }
                    }
                }
            }
        }
    }

    func diagnostics(to html: inout HTMLBuilder) {
        let all = input.inventory.allDiagnostics
        guard !all.isEmpty else { return }
        section("diagnostics", labels.diagnostics, to: &html) { html in
            html.element("ul") { html in
                for diagnostic in all {
                    html.element("li") { html in
                        html.element("span", labels.severityName(Severity(diagnostic.severity)) + ": ", [("class", "sev-" + diagnostic.severity.rawValue)])
                        if let location = diagnostic.location { html.element("code") { $0.data(location.description) }; html.text(" ") }
                        html.data(diagnostic.message)
                    }
                }
            }
        }
    }

    private func list(_ names: [String], to html: inout HTMLBuilder) {
        for (index, name) in names.enumerated() {
            if index > 0 { html.text(", ") }
            html.data(name)
        }
    }
}

extension Severity {
    /// The severity of a scan diagnostic.
    init(_ severity: Diagnostic.Severity) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        case .note: self = .note
        }
    }
}
