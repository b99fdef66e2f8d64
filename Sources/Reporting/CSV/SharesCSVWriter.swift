import Analysis
import Foundation

/// Writes every share of an analysis as one row for spreadsheets (format `csv-shares`): per system the overall
/// share, each group and each level, then the portfolio's overall share when there are several systems. Each
/// row has the counts, the coverage (known units / all units), both shares (unknowns excluded; unknowns counted
/// as not OSS) and the band, or `insufficient data` where the coverage is below the threshold. Quoting and
/// delimiter as `CSVWriter`.
public struct SharesCSVWriter: Sendable {
    public var delimiter: Character
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// The column names, in order.
    public static let header = [
        "system", "kind", "name", "units", "oss", "not_oss", "unknown", "coverage", "share", "share_unknown_as_not_oss",
        "band", "min_coverage",
    ]

    /// The rows of an analysis document as bytes; a document-less input gives the header only.
    public func write(_ document: AnalysisDocument?) -> Data {
        let cells = CSVWriter(delimiter: delimiter)
        var text = byteOrderMark ? "\u{FEFF}" : ""
        func line(_ row: [String]) { text += row.map(cells.quote).joined(separator: String(delimiter)) + "\r\n" }
        line(Self.header)
        guard let document else { return Data(text.utf8) }
        let minimum = Self.number(document.options.cutoffs.minCoverage)
        for system in document.systems {
            line(row(system.name, "system", system.name, system.overall, minimum))
            for group in system.groups { line(row(system.name, "group", group.group.rawValue, group.count, minimum)) }
            for level in system.levels { line(row(system.name, "level", level.level.rawValue, level.count, minimum)) }
        }
        if let portfolio = document.portfolio { line(row("", "portfolio", "portfolio", portfolio.overall, minimum)) }
        return Data(text.utf8)
    }

    private func row(_ system: String, _ kind: String, _ name: String, _ count: ShareCount, _ minimum: String) -> [String] {
        let band = count.band?.label ?? (count.insufficientData ? "insufficient data" : "")
        return [system, kind, name, "\(count.total)", "\(count.oss)", "\(count.notOSS)", "\(count.unknown)",
                Self.fraction(count.coverage), Self.fraction(count.share), Self.fraction(count.shareCountingUnknownAsNotOSS),
                band, minimum]
    }

    /// A fraction 0...1 with four decimals (`0.0313`); empty when there is none.
    private static func fraction(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "" }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
