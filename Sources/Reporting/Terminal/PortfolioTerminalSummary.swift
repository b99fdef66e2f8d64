import Analysis
import Foundation
import SovScanModel

/// The terminal view of a portfolio: systems per band and level (STIL's chart as a table), overall share,
/// origin, SEAL mix, the systems most bound to non-EU proprietary platforms and the clouds of every system.
public struct PortfolioTerminalSummary: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    /// The summary; systems named in `personalData` are flagged where they depend on non-EU platforms.
    public func render(_ document: AnalysisDocument, personalData: Set<String> = []) -> String {
        var lines: [String] = []
        lines.append("Portfolio: \(document.systems.count) systems")
        lines.append("")
        lines.append(pad("System", 32) + pad("OSS share", 11) + pad("coverage", 10) + pad("unknown=not OSS", 17) + pad("band", 24)
                     + "technologies: OSS / not OSS / unknown licence")
        for analysis in document.systems {
            let count = analysis.overall
            lines.append(pad(TerminalText.sanitise(analysis.name), 32) + pad(Self.percent(count.share), 11)
                         + pad(Self.percent(count.coverage), 10) + pad(Self.percent(count.shareCountingUnknownAsNotOSS), 17)
                         + pad(Self.band(count), 24) + "\(count.oss) / \(count.notOSS) / \(count.unknown)")
        }
        if let portfolio = document.portfolio {
            lines.append("")
            lines.append("Systems per band and level (STIL)")
            lines.append(pad("level", 22) + pad("Primært OSS", 14) + pad("Overvejende", 14) + pad("Begrænset", 12)
                         + pad("insufficient data", 19) + "nothing counted")
            for row in portfolio.bands {
                lines.append(pad(row.level, 22) + pad("\(row.systems[OSSBand.primary.rawValue] ?? 0)", 14)
                             + pad("\(row.systems[OSSBand.predominant.rawValue] ?? 0)", 14)
                             + pad("\(row.systems[OSSBand.limited.rawValue] ?? 0)", 12) + pad("\(row.insufficientData)", 19)
                             + "\(row.withoutUnits)")
            }
            let overall = portfolio.overall
            lines.append("")
            lines.append("Overall OSS share: \(Self.percent(overall.share)) (\(overall.oss) OSS, \(overall.notOSS) not OSS, \(overall.unknown) unknown)"
                         + "; coverage \(Self.percent(overall.coverage)); counting unknown as not OSS \(Self.percent(overall.shareCountingUnknownAsNotOSS))"
                         + "; \(Self.band(overall))")
            lines.append("Origin by bloc: " + portfolio.byBloc.map { "\($0.key) \(String(format: "%.0f%%", $0.share * 100))" }.joined(separator: ", "))
            lines.append("SEAL: " + portfolio.seal.keys.sorted().map { "\($0): \(portfolio.seal[$0] ?? 0)" }.joined(separator: ", "))
            if !portfolio.nonEUPlatformDependence.isEmpty {
                lines.append("")
                lines.append("Largest dependence on non-EU proprietary platforms")
                for dependence in portfolio.nonEUPlatformDependence.prefix(10) {
                    let flag = personalData.contains(dependence.system) ? style.red("  personal data") : ""
                    lines.append("  " + pad(TerminalText.sanitise(dependence.system), 30) + dependence.platforms.joined(separator: ", ")
                                 + " (\(dependence.components) components)" + flag)
                }
            }
            if portfolio.hosting.contains(where: { !$0.clouds.isEmpty }) {
                lines.append("")
                lines.append("Clouds per system (platform, vendor's country and bloc, evidence)")
                for system in portfolio.hosting {
                    let clouds = system.clouds.map(Self.cloud).joined(separator: "; ")
                    lines.append("  " + pad(TerminalText.sanitise(system.system), 30) + (clouds.isEmpty ? "no cloud named" : clouds))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Azure (Microsoft Corporation, US/US; terraform, sdk)`.
    private static func cloud(_ use: CloudUse) -> String {
        let seat = [use.country ?? "?", use.bloc.rawValue].joined(separator: "/")
        let who = use.vendor.map { "\($0), " } ?? ""
        return "\(use.platform) (\(who)\(seat); \(use.evidence.joined(separator: ", ")))"
    }

    private static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }

    /// The band's label, `insufficient data (N unknown)`, or `-` without units.
    private static func band(_ count: ShareCount) -> String {
        if let band = count.band { return band.label }
        guard count.insufficientData else { return "-" }
        return count.unknown == 0 ? "insufficient data (platform bindings only)" : "insufficient data (\(count.unknown) unknown)"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}
