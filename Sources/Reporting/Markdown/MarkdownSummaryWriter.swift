import Analysis
import Classification
import Foundation
import SovScanModel

/// Writes a Markdown summary sized for a pull-request comment: per system the headline figures, STIL's table,
/// new risks and policy findings (at most `limit` of each, then a count of the rest). Sections whose stage
/// did not run say so in one line. All data is escaped by `MarkdownText`.
public struct MarkdownSummaryWriter: Sendable {
    public var language: ReportLanguage
    /// The most risks and findings listed per section.
    public var limit: Int

    public init(language: ReportLanguage = .en, limit: Int = 15) {
        self.language = language
        self.limit = limit
    }

    /// The portfolio's clouds per system as a table (nothing when no system names a cloud).
    private func hosting(_ systems: [SystemHosting], labels: ReportLabels) -> [String] {
        guard systems.contains(where: { !$0.clouds.isEmpty }) else { return [] }
        var lines = ["### " + labels.cloudsPerSystem, "",
                     "| \(labels.system) | \(labels.platform) | \(labels.vendor) | \(labels.country) | \(labels.bloc) | \(labels.evidence) |",
                     "|---|---|---|---|---|---|"]
        for system in systems {
            let name = MarkdownText.escape(system.system)
            if system.clouds.isEmpty { lines.append("| \(name) | _\(labels.noCloudNamed)_ | | | | |") }
            for cloud in system.clouds {
                lines.append("| \(name) | \(MarkdownText.escape(cloud.platform)) | \(MarkdownText.escape(cloud.vendor ?? "")) | "
                             + "\(cloud.country ?? "") | \(cloud.bloc.rawValue) | \(cloud.evidence.joined(separator: ", ")) |")
            }
        }
        return lines + [""]
    }

    /// The summary as UTF-8 bytes, ending with a newline.
    public func write(_ input: ReportInput, context: ReportContext) -> Data {
        let labels = ReportLabels(language)
        var lines: [String] = []
        if let overall = input.portfolio?.overall {
            lines.append("## " + labels.portfolioTitle)
            lines.append("")
            lines.append("**\(labels.ossShare): \(labels.percent(overall.share))** (\(labels.bandText(overall.band, overall.coverage)); "
                         + "\(labels.coverage.lowercased()) \(labels.coverageText(overall.coverage)); "
                         + "\(labels.unknownAsNotOSS): \(labels.percent(overall.coverage.shareCountingUnknownAsNotOSS))) · "
                         + "\(labels.systems): \(input.inventory.systems.count)")
            lines.append("")
        }
        lines += hosting(input.portfolio?.hosting ?? [], labels: labels)
        for system in input.inventory.systems {
            lines.append("## " + labels.title + ": " + MarkdownText.escape(system.name))
            lines.append("")
            var headline: [String] = []
            let figures = input.figures(of: system.name)
            if let figures {
                headline.append("**\(labels.ossShare): \(labels.percent(figures.ossShare))** (\(labels.bandText(figures.band, figures.coverage)); "
                                + "\(labels.coverage.lowercased()) \(labels.coverageText(figures.coverage)); "
                                + "\(labels.unknownAsNotOSS): \(labels.percent(figures.coverage.shareCountingUnknownAsNotOSS)))")
                for group in figures.groups {
                    headline.append("\(group.group.rawValue): \(labels.percent(group.share)) (\(labels.bandText(group.band, group.coverage)); "
                                    + "\(labels.coverage.lowercased()) \(labels.coverageText(group.coverage)))")
                }
                if let seal = figures.seal { headline.append("\(labels.sealLevel): SEAL-\(seal)" + labels.sealUnrated(figures.sealUnrated)) }
            }
            headline.append("\(labels.components): \(system.thirdPartyComponents.count) \(labels.thirdParty), "
                            + "\(system.firstPartyComponents.count) \(labels.ownDevelopment)")
            lines.append(headline.joined(separator: " · "))
            lines.append("")
            if system.isIncomplete { lines += ["> **\(labels.incomplete)**", ""] }
            guard let figures else {
                lines += ["_\(labels.needsAnalysis)_", ""]
                continue
            }
            lines.append("| \(labels.group) | \(labels.level) | \(labels.technologies) | OSS | \(labels.unknownLicence) | \(labels.coverage) | "
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
                    var line = "- **\(labels.severityName(risk.severity))** \(MarkdownText.escape(risk.kind)): \(MarkdownText.escape(risk.message))"
                    if !risk.components.isEmpty { line += " (" + risk.components.map(MarkdownText.escape).joined(separator: ", ") + ")" }
                    lines.append(line)
                }
                if risks.count > limit { lines.append("- … +\(risks.count - limit)") }
                lines.append("")
            }
        }
        lines += findings(input.findings, labels: labels)
        lines.append("<sub>\(labels.generated) sovscan \(MarkdownText.escape(context.toolVersion)) \(labels.at) \(context.isoTimestamp)</sub>")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private func findings(_ findings: [ReportFinding]?, labels: ReportLabels) -> [String] {
        guard let findings else { return ["_\(labels.noPolicy)_", ""] }
        guard !findings.isEmpty else { return ["**\(labels.policyPassed)**", ""] }
        let fresh = findings.filter(\.isNew).sorted { ($0.severity, $0.rule, $0.message) < ($1.severity, $1.rule, $1.message) }
        var lines = ["### \(labels.findings): \(fresh.count) \(labels.new) / \(findings.count)"]
        for finding in fresh.prefix(limit) {
            var line = "- **\(labels.severityName(finding.severity))** \(MarkdownText.escape(finding.rule)) \(MarkdownText.escape(finding.message))"
            if let location = finding.location { line += " (" + MarkdownText.escape(location) + ")" }
            lines.append(line)
        }
        if fresh.count > limit { lines.append("- … +\(fresh.count - limit)") }
        lines.append("")
        return lines
    }
}
