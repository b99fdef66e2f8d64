import Classification
import SovScanModel

/// The sections of the HTML report about one system or each system of a single-file portfolio: headline
/// figures, STIL's chart and table with the units counted per level, origin and vendors, bindings and risks.
struct HTMLSections {
    let input: ReportInput
    let labels: ReportLabels

    private var systems: [SystemInventory] { input.inventory.systems }
    private var isPortfolio: Bool { systems.count > 1 }

    /// A section with its heading.
    static func section(_ id: String, _ title: String, to html: inout HTMLBuilder, content: (inout HTMLBuilder) -> Void) {
        html.element("section", [("id", id), ("aria-labelledby", id + "-heading")]) { html in
            html.element("h2", title, [("id", id + "-heading")])
            content(&html)
        }
    }

    /// A table in a box of its own that scrolls sideways on a narrow screen, so the page never does.
    static func table(_ attributes: [(String, String?)] = [], to html: inout HTMLBuilder, content: (inout HTMLBuilder) -> Void) {
        html.element("div", [("class", "scroll")]) { html in
            html.element("table", attributes, content: content)
        }
    }

    /// A table's head row.
    static func head(_ columns: [(String, Bool)], to html: inout HTMLBuilder) {
        html.element("thead") { html in
            html.element("tr") { html in
                for (title, numeric) in columns {
                    html.element("th", SoftHyphens.apply(title), [("scope", "col"), ("class", numeric ? "num" : nil)])
                }
            }
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

    /// The category of a share; "insufficient data (N unknown)" where the coverage was too low; `–` without units.
    static func band(_ band: StilBand?, _ coverage: ShareCoverage, labels: ReportLabels, to html: inout HTMLBuilder) {
        if band != nil || coverage.insufficientData {
            html.element("span", labels.bandText(band, coverage), [("class", "band " + STILChart.bandClass(band))])
        } else {
            html.text("–")
        }
    }

    private func band(_ band: StilBand?, _ coverage: ShareCoverage, to html: inout HTMLBuilder) {
        Self.band(band, coverage, labels: labels, to: &html)
    }

    /// The caption of a share's card: its name, coverage and the share counting unknowns as not OSS.
    private func shareCaption(_ name: String, _ coverage: ShareCoverage) -> String {
        "\(name) · \(labels.coverage.lowercased()) \(labels.coverageText(coverage)) · "
            + "\(labels.unknownAsNotOSS): \(labels.percent(coverage.shareCountingUnknownAsNotOSS))"
    }

    /// A headline card; a share's card (with `coverage`) shows its category or why it has none.
    static func card(_ figure: String, _ caption: String, band: StilBand? = nil, coverage: ShareCoverage? = nil,
                     labels: ReportLabels, to html: inout HTMLBuilder) {
        html.element("li") { html in
            html.element("span", figure, [("class", "figure")])
            html.element("span", SoftHyphens.apply(caption), [("class", "caption")])
            if let coverage { Self.band(band, coverage, labels: labels, to: &html) }
        }
    }

    private func card(_ figure: String, _ caption: String, band: StilBand? = nil, coverage: ShareCoverage? = nil, to html: inout HTMLBuilder) {
        Self.card(figure, caption, band: band, coverage: coverage, labels: labels, to: &html)
    }

    func headline(to html: inout HTMLBuilder) {
        Self.section("headline", labels.headline, to: &html) { html in
            perSystem(to: &html, needsFigures: false) { html, system, figures in
                html.element("ul", [("class", "cards")]) { html in
                    if let figures {
                        card(labels.percent(figures.ossShare), shareCaption(labels.ossShare, figures.coverage),
                             band: figures.band, coverage: figures.coverage, to: &html)
                        for group in figures.groups {
                            card(labels.percent(group.share), shareCaption(labels.ossShare + " – " + group.group.rawValue, group.coverage),
                                 band: group.band, coverage: group.coverage, to: &html)
                        }
                        card(figures.sealMinimum.map { "SEAL-\($0)" } ?? "–", labels.sealMinimum + labels.sealUnrated(figures.sealUnrated), to: &html)
                        card(figures.seal.map { "SEAL-\($0)" } ?? "–", labels.sealMedian, to: &html)
                        if let top = figures.blocs.first {
                            let total = max(1, figures.blocs.map(\.components).reduce(0, +))
                            card(labels.percent(Double(top.components) / Double(total)), labels.blocMix + ": " + labels.blocName(top.bloc), to: &html)
                        }
                    }
                    card("\(system.thirdPartyCount)", labels.thirdPartyComponents, to: &html)
                    card("\(system.firstPartyComponents.count)", labels.ownComponents, to: &html)
                }
                guard let figures else {
                    if !input.figures.isEmpty { html.element("p", labels.needsAnalysis, [("class", "note")]) }
                    return
                }
                seal(figures, to: &html)
            }
        }
    }

    /// The SEAL distribution, and the components that hold the system at its minimum.
    private func seal(_ figures: SystemFigures, to html: inout HTMLBuilder) {
        Self.table(to: &html) { html in
            html.element("caption", labels.sealDistribution)
            Self.head((0..<figures.sealDistribution.count).map { ("SEAL-\($0)", true) }, to: &html)
            html.element("tbody") { html in
                html.element("tr") { html in
                    for count in figures.sealDistribution { html.element("td", "\(count)", [("class", "num")]) }
                }
            }
        }
        guard let minimum = figures.sealMinimum, !figures.sealMinimumComponents.isEmpty else { return }
        html.element("p") { html in
            html.text("\(labels.sealMinimumSetBy) (SEAL-\(minimum)): ")
            list(Array(figures.sealMinimumComponents.prefix(20)), to: &html)
            if figures.sealMinimumComponents.count > 20 { html.text(" … +\(figures.sealMinimumComponents.count - 20)") }
        }
    }

    func stil(to html: inout HTMLBuilder) {
        Self.section("stil", labels.stilChart, to: &html) { html in
            let chart = STILChart(labels: labels)
            var index = 0
            perSystem(to: &html) { html, _, figures in
                index += 1
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                chart.system(figures, id: "stil-chart-\(index)", to: &html)
                chart.legend(to: &html)
                stilTable(figures, to: &html)
                members(figures, to: &html)
            }
        }
    }

    private func stilTable(_ figures: SystemFigures, to html: inout HTMLBuilder) {
        Self.table([("class", "stil-table")], to: &html) { html in
            html.element("caption") { html in
                html.text(labels.stilTable + ": ")
                html.data(figures.system)
            }
            Self.head([(labels.group, false), (labels.level, false), (labels.units, true), (labels.ossUnits, true),
                       (labels.unknownLicence, true), (labels.coverage, true), (labels.share, true),
                       (labels.shareUnknownAsNotOSS, true), (labels.band, false)], to: &html)
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

    /// Per level, the units counted with their verdict, licences and vendors, in a `<details>` that opens
    /// without script (and for printing).
    private func members(_ figures: SystemFigures, to html: inout HTMLBuilder) {
        let levels = figures.levels.filter { !$0.members.isEmpty }
        guard !levels.isEmpty else { return }
        html.element("h3", labels.counted + (isPortfolio ? ": " + figures.system : ""))
        for level in levels {
            html.element("details") { html in
                html.element("summary", "\(labels.levelName(level.level)) – \(labels.units.lowercased()): \(level.members.count), "
                             + "\(labels.share.lowercased()) \(labels.percent(level.share))")
                Self.table(to: &html) { html in
                    html.element("caption", labels.levelName(level.level))
                    Self.head([(labels.unit == .technology ? labels.technology : labels.component, false), (labels.verdict, false),
                               (labels.licence, false), (labels.vendor, false)], to: &html)
                    html.element("tbody") { html in
                        for member in level.members {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { html in
                                    html.data(member.name)
                                    if member.isBinding { html.text(" (" + labels.platform.lowercased() + ")") }
                                }
                                html.element("td", member.isOSS.map { $0 ? labels.oss : labels.notOSS } ?? labels.unknown)
                                html.element("td") { html in
                                    if member.licences.isEmpty { html.text("–") } else { html.element("code") { list(member.licences, to: &$0) } }
                                }
                                html.element("td") { html in
                                    if member.vendors.isEmpty { html.text("–") } else { list(member.vendors, to: &html) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func origin(to html: inout HTMLBuilder) {
        Self.section("origin", labels.origin, to: &html) { html in
            perSystem(to: &html) { html, _, figures in
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                let total = max(1, figures.blocs.map(\.components).reduce(0, +))
                Self.table(to: &html) { html in
                    html.element("caption", labels.blocMix)
                    Self.head([(labels.bloc, false), (labels.components, true), (labels.share, false)], to: &html)
                    html.element("tbody") { html in
                        for bloc in figures.blocs {
                            let share = Double(bloc.components) / Double(total)
                            html.element("tr") { html in
                                html.element("th", labels.blocName(bloc.bloc), [("scope", "row")])
                                html.element("td", "\(bloc.components)", [("class", "num")])
                                html.element("td") { html in
                                    html.open("span", [("class", "meter"), ("style", "width:\(Int((share * 160).rounded()))px"), ("aria-hidden", "true")])
                                    html.close("span")
                                    html.text(labels.percent(share))
                                }
                            }
                        }
                    }
                }
                Self.table(to: &html) { html in
                    html.element("caption", labels.topVendors)
                    Self.head([(labels.vendor, false), (labels.country, false), (labels.bloc, false), (labels.components, true)], to: &html)
                    html.element("tbody") { html in
                        for vendor in figures.vendors {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { $0.data(vendor.name) }
                                html.element("td") { $0.data(vendor.country.map(labels.countryName) ?? "–") }
                                html.element("td", labels.blocName(vendor.bloc))
                                html.element("td", "\(vendor.components)", [("class", "num")])
                            }
                        }
                    }
                }
                for vendor in figures.vendors where vendor.presumed > 0 {
                    let words = labels.presumedVendors(vendor.presumed)
                    html.element("p", [("class", "note")]) { html in
                        html.text(words.before)
                        html.data(vendor.name)
                        html.text(words.after)
                    }
                }
            }
        }
    }

    func bindings(to html: inout HTMLBuilder) {
        Self.section("bindings", labels.bindings, to: &html) { html in
            perSystem(to: &html) { html, _, figures in
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                guard !figures.bindings.isEmpty else {
                    html.element("p", labels.none)
                    return
                }
                Self.table(to: &html) { html in
                    Self.head([(labels.platform, false), (labels.bindingKind, false), (labels.vendor, false), (labels.bloc, false),
                               (labels.exitPlan, false), (labels.components, false)], to: &html)
                    html.element("tbody") { html in
                        for binding in figures.bindings {
                            html.element("tr") { html in
                                html.element("th", [("scope", "row")]) { html in
                                    html.data(binding.platform)
                                    if let inferred = binding.declaredInsteadOf {
                                        html.data(" (" + labels.declaredInsteadOf(inferred) + ")")
                                    }
                                    if let alternatives = binding.optionalBeside {
                                        html.data(" (" + labels.optionalBeside(alternatives.joined(separator: ", ")) + ")")
                                    }
                                }
                                html.element("td", labels.bindingKindName(binding.kind))
                                html.element("td") { $0.data(binding.vendor ?? "–") }
                                html.element("td", labels.blocName(binding.bloc))
                                html.element("td", binding.proprietary && binding.optionalBeside == nil
                                                 ? labels.yesNo(binding.hasExitPlan) : "–")
                                html.element("td") { html in list(binding.components, to: &html) }
                            }
                        }
                    }
                }
            }
        }
    }

    func risks(to html: inout HTMLBuilder) {
        Self.section("risks", labels.risks, to: &html) { html in
            perSystem(to: &html) { html, _, figures in
                guard let figures else {
                    html.element("p", labels.needsAnalysis, [("class", "note")])
                    return
                }
                guard !figures.risks.isEmpty else {
                    html.element("p", labels.none)
                    return
                }
                Self.table(to: &html) { html in
                    Self.head([(labels.severity, false), (labels.kind, false), (labels.message, false), (labels.components, false)], to: &html)
                    html.element("tbody") { html in
                        for risk in figures.risks.sorted(by: { ($0.severity, $0.kind, $0.message) < ($1.severity, $1.kind, $1.message) }) {
                            html.element("tr") { html in
                                html.element("td", labels.riskSeverityName(risk.severity), [("class", "sev-" + risk.severity.rawValue)])
                                html.element("td", labels.riskKindName(risk.kind))
                                html.element("td") { $0.data(labels.riskText(risk)) }
                                html.element("td") { html in list(risk.components, to: &html) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The scan's messages, each with the system it belongs to when the report covers several.
    func diagnostics(to html: inout HTMLBuilder) {
        var all: [(system: String?, diagnostic: Diagnostic)] = input.inventory.diagnostics.map { (nil, $0) }
        for system in systems { all += system.diagnostics.map { (isPortfolio ? system.name : nil, $0) } }
        guard !all.isEmpty else { return }
        Self.section("diagnostics", labels.diagnostics, to: &html) { html in
            html.element("ul") { html in
                for (system, diagnostic) in all {
                    html.element("li") { html in
                        html.element("span", labels.severityName(Severity(diagnostic.severity)) + ": ", [("class", "sev-" + diagnostic.severity.rawValue)])
                        if let system { html.element("strong") { $0.data(system) }; html.text(": ") }
                        if let location = diagnostic.location { html.element("code") { $0.data(location.description) }; html.text(" ") }
                        html.data(labels.diagnosticText(diagnostic))
                    }
                }
            }
        }
    }

    /// In a portfolio's index: the messages that concern the whole scan, and where the systems' own are (their
    /// pages; the method's table counts each system's reading errors).
    func diagnosticsOnSystemPages(to html: inout HTMLBuilder) {
        let count = systems.map(\.diagnostics.count).reduce(0, +)
        guard count > 0 || !input.inventory.diagnostics.isEmpty else { return }
        Self.section("diagnostics", labels.diagnostics, to: &html) { html in
            html.element("p", labels.diagnosticsOnPages(count))
            guard !input.inventory.diagnostics.isEmpty else { return }
            html.element("ul") { html in
                for diagnostic in input.inventory.diagnostics {
                    html.element("li") { html in
                        html.element("span", labels.severityName(Severity(diagnostic.severity)) + ": ", [("class", "sev-" + diagnostic.severity.rawValue)])
                        if let location = diagnostic.location { html.element("code") { $0.data(location.description) }; html.text(" ") }
                        html.data(labels.diagnosticText(diagnostic))
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
