import Analysis
import Foundation
import SovScanModel

/// The terminal view of a portfolio: systems per band and level (STIL's chart as a table), overall share,
/// origin, SEAL mix and the systems most bound to non-EU proprietary platforms.
public struct PortfolioTerminalSummary: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    /// The summary; systems named in `personalData` are flagged where they depend on non-EU platforms.
    public func render(_ document: AnalysisDocument, personalData: Set<String> = []) -> String {
        var lines: [String] = []
        lines.append("Portfolio: \(document.systems.count) systems")
        lines.append("")
        lines.append(pad("System", 32) + pad("OSS share", 11) + pad("band", 17) + "technologies: OSS / not OSS / unknown licence")
        for analysis in document.systems {
            let share = analysis.overall.share.map { String(format: "%5.1f%%", $0 * 100) } ?? "    -"
            let band = analysis.overall.band?.label ?? "-"
            let count = analysis.overall
            lines.append(pad(TerminalText.sanitise(analysis.name), 32) + pad(share, 11) + pad(band, 17)
                         + "\(count.oss) / \(count.notOSS) / \(count.unknown)")
        }
        if let portfolio = document.portfolio {
            lines.append("")
            lines.append("Systems per band and level (STIL)")
            lines.append(pad("level", 22) + pad("Primært OSS", 14) + pad("Overvejende", 14) + pad("Begrænset", 12) + "nothing counted")
            for row in portfolio.bands {
                lines.append(pad(row.level, 22) + pad("\(row.systems[OSSBand.primary.rawValue] ?? 0)", 14)
                             + pad("\(row.systems[OSSBand.predominant.rawValue] ?? 0)", 14)
                             + pad("\(row.systems[OSSBand.limited.rawValue] ?? 0)", 12) + "\(row.withoutUnits)")
            }
            let overall = portfolio.overall.share.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
            lines.append("")
            lines.append("Overall OSS share: \(overall) (\(portfolio.overall.oss) OSS, \(portfolio.overall.notOSS) not OSS, \(portfolio.overall.unknown) unknown)")
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
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}
