import Foundation

/// `history --format csv`: one row per run and level (levels, groups and `overall`), for spreadsheets and plots,
/// with what changed since the system's previous run.
///
/// Columns: system, time, run, commit, branch, level, oss, not_oss, unknown, share_percent, coverage_percent, band;
/// then the delta: previous_share_percent and previous_band (the level's values in the previous run, empty for a
/// system's first run), new_non_oss and removed_non_oss (the level's technologies that became or stopped being not
/// OSS), and on the `overall` row new_bindings, removed_bindings and new_relicensing. Lists are joined with `; `.
/// Fields are quoted when they hold the delimiter, a quote or a line break.
public struct HistoryCSVWriter: Sendable {
    public var delimiter: Character

    public static let header = ["system", "time", "run", "commit", "branch", "level", "oss", "not_oss", "unknown",
                                "share_percent", "coverage_percent", "band", "previous_share_percent", "previous_band",
                                "new_non_oss", "removed_non_oss", "new_bindings", "removed_bindings", "new_relicensing"]

    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    public func write(_ history: RunHistory) -> Data {
        var lines = [Self.header]
        for entry in history.entries {
            let run = entry.run
            for level in run.levels {
                lines.append([run.system.name, run.provenance.isoTime, run.id.map(String.init) ?? "",
                              run.provenance.commit ?? "", run.provenance.branch ?? "", level.level, String(level.oss),
                              String(level.notOSS), String(level.unknown), HistoryText.number(level.sharePercent),
                              HistoryText.number(level.coveragePercent), level.band ?? ""]
                             + deltaFields(entry.delta, level: level))
            }
        }
        let text = lines.map { $0.map(field).joined(separator: String(delimiter)) }.joined(separator: "\r\n") + "\r\n"
        return Data(text.utf8)
    }

    /// The delta columns of one level's row; empty for a system's first run.
    private func deltaFields(_ delta: RunDelta?, level: LevelRecord) -> [String] {
        guard let delta else { return Array(repeating: "", count: 7) }
        let change = delta.shares.first { $0.level == level.level }
        let previousShare = change.map { $0.from } ?? level.sharePercent
        let previousBand = change.map { $0.fromBand } ?? level.band
        func names(_ units: [RunDelta.LevelUnit]) -> String {
            units.filter { $0.level == level.level }.map(\.name).joined(separator: "; ")
        }
        let overall = level.level == "overall"
        return [HistoryText.number(previousShare), previousBand ?? "", names(delta.newNonOSS), names(delta.removedNonOSS),
                overall ? delta.newBindings.joined(separator: "; ") : "",
                overall ? delta.removedBindings.joined(separator: "; ") : "",
                overall ? delta.newRelicensing.joined(separator: "; ") : ""]
    }

    private func field(_ value: String) -> String {
        guard value.contains(delimiter) || value.contains("\"") || value.contains(where: \.isNewline) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
