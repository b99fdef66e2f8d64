import Analysis
import Classification
import Foundation
import SovScanModel

/// The terminal view of a portfolio: systems per band and level (STIL's chart as a table), overall share,
/// origin, SEAL mix, the systems most bound to non-EU proprietary platforms and the clouds of every system.
public struct PortfolioTerminalSummary: Sendable {
    public let style: TerminalStyle
    public let language: ReportLanguage

    public init(style: TerminalStyle, language: ReportLanguage = .en) {
        self.style = style
        self.language = language
    }

    /// The summary; systems named in `personalData` are flagged where they depend on non-EU platforms.
    public func render(_ document: AnalysisDocument, personalData: Set<String> = []) -> String {
        let labels = ReportLabels(language, cutoffs: document.options.cutoffs, unit: document.options.countBy)
        let t = labels.pick
        var lines: [String] = []
        lines.append(t("Portfolio: \(document.systems.count) systems", "Portefølje: \(document.systems.count) systemer"))
        lines.append("")
        lines.append(pad(labels.system, 32) + pad(labels.ossShare, 11) + pad(t("coverage", "dækning"), 10)
                     + pad(t("unknown=not OSS", "ukendt=ikke OSS"), 17) + pad(t("band", "kategori"), 24)
                     + labels.units.lowercased() + t(": OSS / not OSS / unknown licence", ": OSS / ikke OSS / ukendt licens"))
        for analysis in document.systems {
            let count = analysis.overall
            lines.append(pad(TerminalText.sanitise(analysis.name), 32) + pad(percent(count.share), 11)
                         + pad(percent(count.coverage), 10) + pad(percent(count.shareCountingUnknownAsNotOSS), 17)
                         + pad(band(count, labels), 24) + "\(count.oss) / \(count.notOSS) / \(count.unknown)")
        }
        if let portfolio = document.portfolio {
            lines.append("")
            lines.append(t("Systems per band and level (STIL)", "Systemer pr. kategori og niveau (STIL)"))
            lines.append(pad(labels.level.lowercased(), 22) + pad("Primært OSS", 14) + pad("Overvejende", 14) + pad("Begrænset", 12)
                         + pad(labels.insufficientData, 19) + t("nothing counted", "intet talt med"))
            for row in portfolio.bands {
                let name = StackLevel(rawValue: row.level).map(labels.levelName) ?? row.level
                lines.append(pad(name, 22) + pad("\(row.systems[OSSBand.primary.rawValue] ?? 0)", 14)
                             + pad("\(row.systems[OSSBand.predominant.rawValue] ?? 0)", 14)
                             + pad("\(row.systems[OSSBand.limited.rawValue] ?? 0)", 12) + pad("\(row.insufficientData)", 19)
                             + "\(row.withoutUnits)")
            }
            let overall = portfolio.overall
            lines.append("")
            lines.append(t("Overall OSS share: \(percent(overall.share)) (\(overall.oss) OSS, \(overall.notOSS) not OSS, \(overall.unknown) unknown)",
                           "Samlet OSS-andel: \(percent(overall.share)) (\(overall.oss) OSS, \(overall.notOSS) ikke OSS, \(overall.unknown) ukendt)")
                         + t("; coverage ", "; dækning ") + percent(overall.coverage)
                         + t("; counting unknown as not OSS ", "; med ukendt som ikke OSS ") + percent(overall.shareCountingUnknownAsNotOSS)
                         + "; " + band(overall, labels))
            lines.append(t("Origin by bloc: ", "Oprindelse fordelt på jurisdiktion: ") + portfolio.byBloc.map {
                (Bloc(rawValue: $0.key).map(labels.blocName) ?? $0.key) + " " + labels.percent($0.share)
            }.joined(separator: ", "))
            lines.append("SEAL: " + portfolio.seal.keys.sorted().map { "\($0): \(portfolio.seal[$0] ?? 0)" }.joined(separator: ", "))
            if !portfolio.nonEUPlatformDependence.isEmpty {
                lines.append("")
                lines.append(t("Largest dependence on non-EU proprietary platforms", "Største afhængighed af proprietære platforme uden for EU"))
                for dependence in portfolio.nonEUPlatformDependence.prefix(10) {
                    let flag = personalData.contains(dependence.system) ? style.red(t("  personal data", "  personoplysninger")) : ""
                    lines.append("  " + pad(TerminalText.sanitise(dependence.system), 30) + dependence.platforms.joined(separator: ", ")
                                 + " (\(dependence.components) \(labels.components.lowercased()))" + flag)
                }
            }
            if portfolio.hosting.contains(where: { !$0.clouds.isEmpty || !$0.registries.isEmpty }) {
                lines.append("")
                lines.append(t("Clouds per system (platform, vendor's country and bloc, evidence)", "Cloud pr. system (platform, leverandørens land og jurisdiktion, grundlag)"))
                for system in portfolio.hosting {
                    let clouds = system.clouds.map { Self.cloud($0, labels: labels) }.joined(separator: "; ")
                    lines.append("  " + pad(TerminalText.sanitise(system.system), 30) + (clouds.isEmpty ? labels.noCloudNamed : clouds))
                    if !system.registries.isEmpty {
                        let registries = system.registries.map { Self.registry($0, label: labels.imageRegistry) }
                        lines.append("  " + pad("", 30) + TerminalText.sanitise(registries.joined(separator: "; ")))
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Azure (Microsoft Corporation, US/US; terraform, sdk)`.
    private static func cloud(_ use: CloudUse, labels: ReportLabels) -> String {
        let seat = [use.country ?? "?", use.bloc.rawValue].joined(separator: "/")
        let who = use.vendor.map { "\($0), " } ?? ""
        return "\(use.platform) (\(who)\(seat); \(labels.evidenceList(use.evidence)))"
    }

    /// `docker.io (Docker, Inc., US/US; image registry)`.
    private static func registry(_ use: RegistryUse, label: String) -> String {
        let seat = [use.country ?? "?", use.bloc.rawValue].joined(separator: "/")
        let who = use.vendorName.map { "\($0), " } ?? ""
        return "\(use.registry) (\(who)\(seat); \(label))"
    }

    /// A share with one decimal (`82.5%`, Danish `82,5 %`), or `-`.
    private func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        let text = String(format: "%.1f", value * 100)
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// The band's label, `insufficient data (N unknown)`, or `-` without units.
    private func band(_ count: ShareCount, _ labels: ReportLabels) -> String {
        if let band = count.band { return labels.bandName(StilBand(band)) }
        guard count.insufficientData else { return "-" }
        return labels.insufficient(ShareCoverage(count))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}
