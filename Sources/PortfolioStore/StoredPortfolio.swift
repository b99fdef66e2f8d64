import Analysis
import Foundation

/// The portfolio as a store knows it: the latest run of every system, with its analysis and metadata.
public struct StoredPortfolio: Sendable {
    /// The latest run of each system, sorted by system name.
    public var runs: [RunRecord]
    /// The analyses of those runs, sorted by system name.
    public var analyses: [SystemAnalysis]
    /// Systems whose latest run holds no analysis this sovscan can read (recorded by another version).
    public var unreadable: [String]

    /// Reads the latest runs (at or before `asOf` when given).
    public init(store: RunStore, asOf: Date? = nil) throws {
        runs = try store.latestRuns(asOf: asOf)
        var analyses: [SystemAnalysis] = []
        var unreadable: [String] = []
        for run in runs {
            if var analysis = run.analysis {
                analysis.name = run.system.name
                analyses.append(analysis)
            } else {
                unreadable.append(run.system.name)
            }
        }
        self.analyses = analyses
        self.unreadable = unreadable
    }
}

/// How each system's share moved between two points in time: the latest run at or before `since` against the
/// latest run now.
public struct PortfolioTrend: Sendable, Hashable, Codable {
    /// One system's movement.
    public struct SystemTrend: Sendable, Hashable, Codable {
        public var system: String
        /// The time of the run compared with; `nil` when the system had no run by then (new since).
        public var fromTime: String?
        public var toTime: String
        /// Changes of share or band per level, group and `overall`.
        public var changes: [RunDelta.ShareChange]
        public var newNonOSS: [RunDelta.LevelUnit]
        public var newBindings: [String]
        public var newRelicensing: [String]
    }

    /// The day or time compared with, ISO 8601.
    public var since: String
    /// Every system with a run now, sorted by name.
    public var systems: [SystemTrend]

    /// The trend of every system in a store since a time. `latest` is the latest run of every system when the
    /// caller has read them already (`StoredPortfolio.runs`); else they are read here.
    public init(store: RunStore, since: Date, latest: [RunRecord]? = nil) throws {
        let before = Dictionary(try store.latestRuns(asOf: since).map { ($0.system.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.since = RunClock.iso(since)
        systems = try (latest ?? store.latestRuns()).map { now in
            let then = before[now.system.name]
            let empty = RunRecord(system: now.system, provenance: now.provenance, complete: true, countBy: now.countBy,
                                  levels: [], units: [], components: [], bindings: [], findings: [], analysisJSON: nil)
            let delta = RunDelta(from: then ?? empty, to: now)
            return SystemTrend(system: now.system.name, fromTime: then?.provenance.isoTime, toTime: now.provenance.isoTime,
                               changes: delta.shares, newNonOSS: delta.newNonOSS, newBindings: delta.newBindings,
                               newRelicensing: delta.newRelicensing)
        }
    }

    /// The trend as lines for the terminal: one per system whose overall share, band or non-OSS set changed.
    public func lines() -> [String] {
        var lines = ["Trend since \(since):"]
        for system in systems {
            let overall = system.changes.first { $0.level == "overall" }
            if system.fromTime == nil {
                lines.append("  \(system.system): first run since then, \(HistoryText.percent(overall?.to))")
                continue
            }
            guard let overall else { continue }
            var text = "  \(system.system): \(HistoryText.percent(overall.from)) -> \(HistoryText.percent(overall.to))"
            if overall.bandChanged { text += ", \(HistoryText.band(overall.fromBand)) -> \(HistoryText.band(overall.toBand))" }
            if !system.newNonOSS.isEmpty { text += "; new non-OSS: " + system.newNonOSS.map(\.name).joined(separator: ", ") }
            if !system.newBindings.isEmpty { text += "; new bindings: " + system.newBindings.joined(separator: ", ") }
            lines.append(text)
        }
        if lines.count == 1 { lines.append("  no system's overall share changed") }
        return lines
    }
}
