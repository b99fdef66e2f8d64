/// `history --format table`: per system, one line per run with the overall and group shares (coverage in
/// brackets) and bands, and under each run what changed since the one before.
public struct HistoryTableWriter: Sendable {
    public init() {}

    public func write(_ history: RunHistory) -> String {
        guard !history.entries.isEmpty else { return "No runs recorded.\n" }
        var output = ""
        for system in history.systems {
            let entries = history.entries.filter { $0.run.system.name == system }
            output += "\(system): \(entries.count) run\(entries.count == 1 ? "" : "s")\n"
            var rows = [["time", "commit", "branch", "overall", "Applikation", "Infrastruktur", "band"]]
            var notes: [Int: [String]] = [:]
            for entry in entries {
                let run = entry.run
                rows.append([run.provenance.isoTime, HistoryText.commit(run.provenance.commit), run.provenance.branch ?? "-",
                             cell(run.level("overall")), cell(run.level("Applikation")), cell(run.level("Infrastruktur")),
                             HistoryText.band(run.level("overall")?.band)])
                if let delta = entry.delta { notes[rows.count - 1] = lines(delta) }
            }
            let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
            for (index, row) in rows.enumerated() {
                output += "  " + row.enumerated().map { column, text in
                    column == row.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count)
                }.joined(separator: "  ") + "\n"
                for note in notes[index] ?? [] { output += "      " + note + "\n" }
            }
            output += "\n"
        }
        return output
    }

    /// `75.0% (cov. 90.0%)`, or `-` when nothing was counted.
    private func cell(_ level: LevelRecord?) -> String {
        guard let level, let share = level.sharePercent else { return "-" }
        let coverage = level.coveragePercent ?? 0
        return HistoryText.percent(share) + (coverage < 100 ? " (cov. \(HistoryText.percent(coverage)))" : "")
    }

    private func lines(_ delta: RunDelta) -> [String] {
        var lines: [String] = []
        for change in delta.shares {
            var text = "\(change.level): \(HistoryText.percent(change.from)) -> \(HistoryText.percent(change.to))"
            if change.bandChanged { text += ", \(HistoryText.band(change.fromBand)) -> \(HistoryText.band(change.toBand))" }
            lines.append(text)
        }
        if !delta.newNonOSS.isEmpty {
            lines.append("new non-OSS: " + delta.newNonOSS.map { "\($0.name) (\($0.level))" }.joined(separator: ", "))
        }
        if !delta.removedNonOSS.isEmpty {
            lines.append("no longer non-OSS: " + delta.removedNonOSS.map { "\($0.name) (\($0.level))" }.joined(separator: ", "))
        }
        if !delta.newBindings.isEmpty { lines.append("new bindings: " + delta.newBindings.joined(separator: ", ")) }
        if !delta.removedBindings.isEmpty { lines.append("bindings gone: " + delta.removedBindings.joined(separator: ", ")) }
        if !delta.newRelicensing.isEmpty {
            lines.append("relicensing now applies: " + delta.newRelicensing.joined(separator: ", "))
        }
        return lines
    }
}
