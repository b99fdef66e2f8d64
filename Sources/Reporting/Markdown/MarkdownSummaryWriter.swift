import Analysis
import Classification
import Foundation
import SovScanModel

/// Writes a Markdown summary sized for a pull-request comment: the check's verdict, for a portfolio its overall
/// figures, systems (the one that pulls the share down most first) and non-EU bindings, then per system the
/// headline figures, STIL's table, risks and the active policy findings (at most `limit` of each list, then a
/// count of the rest), and the counting unit and cut-offs the figures were made with. Sections whose stage
/// did not run say so in one line. All data is escaped by `MarkdownText`.
public struct MarkdownSummaryWriter: Sendable {
    public var language: ReportLanguage
    /// The most risks, findings and portfolio systems listed per section.
    public var limit: Int

    public init(language: ReportLanguage = .en, limit: Int = 15) {
        self.language = language
        self.limit = limit
    }

    /// The portfolio's clouds per system, then its image registries with their operators, as a table (nothing
    /// when no system names a cloud or a registry).
    private func hosting(_ systems: [SystemHosting], labels: ReportLabels) -> [String] {
        guard systems.contains(where: { !$0.clouds.isEmpty || !$0.registries.isEmpty }) else { return [] }
        var lines = ["### " + labels.cloudsPerSystem, "",
                     "| \(labels.system) | \(labels.platform) | \(labels.vendor) | \(labels.country) | \(labels.bloc) | \(labels.evidence) |",
                     "|---|---|---|---|---|---|"]
        for system in systems {
            let name = MarkdownText.escape(system.system)
            if system.clouds.isEmpty { lines.append("| \(name) | _\(labels.noCloudNamed)_ | | | | |") }
            for cloud in system.clouds {
                lines.append("| \(name) | \(MarkdownText.escape(cloud.platform)) | \(MarkdownText.escape(cloud.vendor ?? "")) | "
                             + "\(cloud.country ?? "") | \(labels.blocName(cloud.bloc)) | \(labels.evidenceList(cloud.evidence)) |")
            }
            for registry in system.registries {
                lines.append("| \(name) | \(MarkdownText.escape(registry.registry)) | \(MarkdownText.escape(registry.vendorName ?? "")) | "
                             + "\(registry.country ?? "") | \(labels.blocName(registry.bloc)) | \(labels.imageRegistry) |")
            }
        }
        return lines + [""]
    }

    /// Each system's movement since the day of `--since`, a line per system (nothing without a trend).
    private func trend(_ trend: PortfolioTrendFigures?, labels: ReportLabels) -> [String] {
        guard let trend else { return [] }
        var lines = ["### " + labels.trendSince(trend.since), ""]
        for system in trend.systems.prefix(limit) {
            var parts: [String] = []
            if system.fromTime == nil { parts.append(labels.historyFirstRun) }
            else if system.change.isEmpty { parts.append(labels.historyNoChange) }
            else {
                parts += system.change.shares.map(labels.shareChangeText)
                parts += labels.changeLists(system.change).map { $0.label + ": " + $0.items.map(MarkdownText.escape).joined(separator: ", ") }
            }
            lines.append("- **\(MarkdownText.escape(system.name))**: " + parts.joined(separator: "; "))
        }
        if trend.systems.count > limit { lines.append("- … +\(trend.systems.count - limit)") }
        return lines + [""]
    }

    /// The summary as UTF-8 bytes, ending with a newline.
    public func write(_ input: ReportInput, context: ReportContext) -> Data {
        let labels = ReportLabels(language, input: input)
        var lines: [String] = []
        if let passed = input.checkPassed {
            lines += ["**\(passed ? labels.passed : labels.failed)**: \(labels.verdictLine(passed))", ""]
        }
        // The trend of a store holding one system stands alone; a portfolio lists it in its section.
        lines += input.inventory.systems.count > 1 ? portfolio(input, labels: labels) : trend(input.trend, labels: labels)
        // A portfolio larger than the lists' limit is summarised above; its systems' sections would not fit a comment.
        if input.inventory.systems.count <= limit {
            for system in input.inventory.systems {
                lines += self.system(system, input: input, labels: labels)
            }
        }
        lines += findings(input.findings, labels: labels)
        lines.append("<sub>\(labels.unitLine) · \(labels.methodBands())</sub>")
        lines.append("")
        lines.append("<sub>\(labels.generated) sovscan \(MarkdownText.escape(context.toolVersion)) · \(labels.date(context.timestamp))</sub>")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private func share(_ name: String, _ share: Double?, _ band: StilBand?, _ coverage: ShareCoverage, labels: ReportLabels) -> String {
        "**\(name): \(labels.percent(share))** (\(labels.bandText(band, coverage)); "
            + "\(labels.coverage.lowercased()) \(labels.coverageText(coverage)); "
            + "\(labels.unknownAsNotOSS): \(labels.percent(coverage.shareCountingUnknownAsNotOSS)))"
    }

    /// The portfolio section: overall figures, the systems by effect on the share, and the non-EU bindings.
    private func portfolio(_ input: ReportInput, labels: ReportLabels) -> [String] {
        var lines = ["## " + labels.portfolioTitle + " (\(input.inventory.systems.count) \(labels.systems.lowercased()))", ""]
        var headline: [String] = []
        if let overall = input.portfolio?.overall {
            headline.append(share(labels.overallShare, overall.share, overall.band, overall.coverage, labels: labels))
        }
        headline.append("\(labels.systems): \(input.inventory.systems.count)")
        for band in StilBand.allCases {
            headline.append("\(labels.bandName(band)): \(input.figures.filter { $0.band == band }.count)")
        }
        lines += [headline.joined(separator: " · "), ""]
        let effects = PortfolioEffects(input)
        lines.append("| \(labels.system) | \(labels.layer) | \(labels.criticality) | \(labels.personalData) | \(labels.ossShare) | "
                     + "\(labels.band) | \(labels.effect) |")
        lines.append("|---|---|---|---|--:|---|--:|")
        for system in effects.ordered.prefix(limit) {
            let figures = input.figures(of: system.name)
            let metadata = input.metadata[system.name]
            let band = figures.map { labels.bandText($0.band, $0.coverage) } ?? "–"
            lines.append("| \(MarkdownText.escape(system.name)) | \(metadata?.layer.map(MarkdownText.escape) ?? "–") | "
                         + "\(metadata?.criticality.map { MarkdownText.escape(labels.criticalityName($0)) } ?? "–") | \(metadata?.personalData.map { labels.yesNo($0) } ?? "–") | "
                         + "\(labels.percent(figures?.ossShare)) | \(band) | \(effects.effect[system.name].map(labels.points) ?? "–") |")
        }
        if effects.ordered.count > limit { lines.append("| … +\(effects.ordered.count - limit) | | | | | | |") }
        lines.append("")
        if let bound = input.portfolio?.nonEUBindings, !bound.isEmpty {
            lines.append("### " + labels.nonEUBindings)
            for row in bound.prefix(limit) {
                lines.append("- \(MarkdownText.escape(row.system)): " + row.platforms.map(MarkdownText.escape).joined(separator: ", ")
                             + " (\(row.components) \(labels.components.lowercased()))")
            }
            if bound.count > limit { lines.append("- … +\(bound.count - limit)") }
            lines.append("")
        }
        lines += hosting(input.portfolio?.hosting ?? [], labels: labels)
        lines += trend(input.trend, labels: labels)
        return lines
    }

    private func system(_ system: SystemInventory, input: ReportInput, labels: ReportLabels) -> [String] {
        var lines = ["## " + labels.title + ": " + MarkdownText.escape(system.name), ""]
        var headline: [String] = []
        let figures = input.figures(of: system.name)
        if let figures {
            headline.append(share(labels.ossShare, figures.ossShare, figures.band, figures.coverage, labels: labels))
            for group in figures.groups {
                headline.append("\(group.group.rawValue): \(labels.percent(group.share)) (\(labels.bandText(group.band, group.coverage)); "
                                + "\(labels.coverage.lowercased()) \(labels.coverageText(group.coverage)))")
            }
            if let minimum = figures.sealMinimum {
                headline.append("\(labels.sealMinimum): SEAL-\(minimum)" + labels.sealUnrated(figures.sealUnrated))
            }
            if let seal = figures.seal { headline.append("\(labels.sealMedian): SEAL-\(seal)") }
        }
        headline.append("\(labels.thirdPartyComponents): \(system.thirdPartyCount) · "
                        + "\(labels.ownComponents): \(system.firstPartyComponents.count)")
        lines += [headline.joined(separator: " · "), ""]
        if system.isIncomplete { lines += ["> **\(labels.incomplete)**", ""] }
        guard let figures else { return lines + ["_\(labels.needsAnalysis)_", ""] }
        lines.append("| \(labels.group) | \(labels.level) | \(labels.units) | OSS | \(labels.unknownLicence) | \(labels.coverage) | "
                     + "\(labels.share) | \(labels.shareUnknownAsNotOSS) | \(labels.band) |")
        lines.append("|---|---|--:|--:|--:|--:|--:|--:|---|")
        for level in figures.levels {
            lines.append("| \(level.level.group?.rawValue ?? "") | \(labels.levelName(level.level)) | \(level.technologies) | "
                         + "\(level.ossTechnologies) | \(level.unknownTechnologies) | \(labels.coverageText(level.coverage)) | "
                         + "\(labels.percent(level.share)) | \(labels.percent(level.coverage.shareCountingUnknownAsNotOSS)) | "
                         + "\(labels.bandText(level.band, level.coverage)) |")
        }
        lines.append("")
        if !figures.risks.isEmpty {
            lines.append("### " + labels.risks)
            let risks = figures.risks.sorted { ($0.severity, $0.kind, $0.message) < ($1.severity, $1.kind, $1.message) }
            for risk in risks.prefix(limit) {
                var line = "- **\(labels.riskSeverityName(risk.severity))** \(MarkdownText.escape(labels.riskKindName(risk.kind))): "
                    + MarkdownText.escape(labels.riskText(risk))
                if !risk.components.isEmpty { line += " (" + risk.components.map(MarkdownText.escape).joined(separator: ", ") + ")" }
                lines.append(line)
            }
            if risks.count > limit { lines.append("- … +\(risks.count - limit)") }
            lines.append("")
        }
        return lines
    }

    private func findings(_ findings: [ReportFinding]?, labels: ReportLabels) -> [String] {
        guard let findings else { return ["_\(labels.noPolicy)_", ""] }
        guard !findings.isEmpty else { return ["**\(labels.policyPassed)**", ""] }
        let fresh = findings.filter(\.isNew).sorted { ($0.severity, $0.rule, $0.message) < ($1.severity, $1.rule, $1.message) }
        let settled = findings.count - fresh.count
        var lines = ["### \(labels.findings): \(fresh.count) \(labels.new) / \(findings.count)"
                     + (settled > 0 ? " (\(settled) \(labels.waived) \(labels.pick("or", "eller")) \(labels.baselined))" : "")]
        for finding in fresh.prefix(limit) {
            var line = "- **\(labels.severityName(finding.severity))** \(MarkdownText.escape(labels.ruleName(finding.rule)))"
            if let component = finding.component { line += " " + MarkdownText.escape(component) }
            line += ": " + MarkdownText.escape(labels.findingText(finding))
            if let location = finding.location { line += " (" + MarkdownText.escape(location) + ")" }
            lines.append(line)
        }
        if fresh.count > limit { lines.append("- … +\(fresh.count - limit)") }
        lines.append("")
        return lines
    }
}
