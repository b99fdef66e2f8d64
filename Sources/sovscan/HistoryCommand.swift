import ArgumentParser
import Foundation
import PortfolioStore
import Reporting
import SovScanKit

/// `sovscan history`: the runs a store recorded, per system over time, with what changed between runs.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the recorded runs of each system over time and what changed between them.",
        discussion: """
        Reads a store that scan, check, portfolio or import recorded runs in (--store; default
        .sovscan/history.sqlite in the current folder). For every run: time, commit and branch, the OSS share
        with coverage per level and band; between two runs of a system: share and band changes, technologies
        that became or stopped being non-OSS, new and removed platform bindings, relicensing events that started
        to apply.

        Formats: table (default), json (an array of runs with system, time, commit, shares and delta), csv (one
        row per run and level, with the change since the previous run), html (a self-contained report with a
        chart of the overall share per system; --lang da or en).

        Examples:
          sovscan history --store
          sovscan history --store sqlite:/srv/sovscan/history.sqlite --system Sagsbehandling --since 2026-01-01
          sovscan history --store postgres://sovscan@db.internal:5432/sovscan --format csv:history.csv
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Only this system.", valueName: "name"))
    var system: String?

    @Option(name: .long, help: ArgumentHelp("Only runs at or after this day or time (2026-01-31 or 2026-01-31T12:00:00Z).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Output format (table, json, csv or html), optionally with a file: FORMAT[:FILE]. Repeatable.", valueName: "format[:file]"))
    var format: [String] = []

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let since, RunClock.parse(since) == nil {
            throw ValidationError("--since expects a day (2026-01-31) or an ISO 8601 time, got '\(since)'")
        }
    }

    func run() throws {
        let requests = try HistoryFormat.requests(format)
        let location = try storeOptions.location(repository: ".") ?? StoreLocation.parse("", repository: ".")
        let history: RunHistory
        do {
            let store = try RunStore.open(location, create: false)
            let start = since.flatMap(RunClock.parse)
            let runs = try store.runs(system: system, since: start)
            var previous: [String: RunRecord] = [:]
            if let start {
                let before = start.addingTimeInterval(-1)
                for run in try store.latestRuns(asOf: before) where system == nil || run.system.name == system {
                    previous[run.system.name] = run
                }
            }
            history = RunHistory(runs: runs, previous: previous)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if let system, history.entries.isEmpty {
            FileHandle.standardError.write(Data("warning: no run of system '\(system)' in \(location)\n".utf8))
        }
        for request in requests {
            let data: Data
            switch request.format {
            case .table: data = Data(HistoryTableWriter().write(history).utf8)
            case .json: data = try HistoryJSONWriter().write(history)
            case .csv: data = HistoryCSVWriter().write(history)
            case .html:
                let context = ReportContext.fromEnvironment(toolVersion: SovScanVersion.current)
                data = HistoryHTMLWriter(language: language.language).write(HistoryReport(history), context: context)
            }
            try OutputSink.write(data, to: request.file)
        }
    }
}

/// The output formats of `sovscan history`.
enum HistoryFormat: String, CaseIterable {
    case table
    case json
    case csv
    case html

    /// Parses `--format` values; at most one may go to standard output.
    static func requests(_ values: [String]) throws -> [(format: HistoryFormat, file: String?)] {
        if values.isEmpty { return [(.table, nil)] }
        let requests = try values.map { text -> (format: HistoryFormat, file: String?) in
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let format = HistoryFormat(rawValue: parts[0].lowercased()) else {
                throw ValidationError("unknown format '\(parts[0])'; history formats are: \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if parts.count > 1, parts[1].isEmpty { throw ValidationError("'\(text)' names no file after ':'") }
            return (format, parts.count > 1 ? String(parts[1]) : nil)
        }
        if requests.filter({ $0.file == nil }).count > 1 {
            throw ValidationError("only one format can go to standard output; give the others a file (FORMAT:FILE)")
        }
        return requests
    }
}
