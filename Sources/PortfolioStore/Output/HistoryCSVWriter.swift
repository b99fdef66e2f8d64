import Foundation

/// `history --format csv`: one row per run and level (levels, groups and `overall`), for spreadsheets and plots.
///
/// Columns: system, time, run, commit, branch, level, oss, not_oss, unknown, share_percent, coverage_percent, band.
/// Fields are quoted when they hold the delimiter, a quote or a line break.
public struct HistoryCSVWriter: Sendable {
    public var delimiter: Character

    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    public func write(_ history: RunHistory) -> Data {
        var lines = [["system", "time", "run", "commit", "branch", "level", "oss", "not_oss", "unknown", "share_percent",
                      "coverage_percent", "band"]]
        for entry in history.entries {
            let run = entry.run
            for level in run.levels {
                lines.append([run.system.name, run.provenance.isoTime, run.id.map(String.init) ?? "",
                              run.provenance.commit ?? "", run.provenance.branch ?? "", level.level, String(level.oss),
                              String(level.notOSS), String(level.unknown), HistoryText.number(level.sharePercent),
                              HistoryText.number(level.coveragePercent), level.band ?? ""])
            }
        }
        let text = lines.map { $0.map(field).joined(separator: String(delimiter)) }.joined(separator: "\r\n") + "\r\n"
        return Data(text.utf8)
    }

    private func field(_ value: String) -> String {
        guard value.contains(delimiter) || value.contains("\"") || value.contains(where: \.isNewline) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
