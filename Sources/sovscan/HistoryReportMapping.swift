import Analysis
import PortfolioStore
import Reporting

extension HistoryReport {
    /// The history report of a store's runs: systems by name, runs in time order, each with its change.
    init(_ history: RunHistory) {
        let bySystem = Dictionary(grouping: history.entries, by: \.run.system.name)
        self.init(systems: history.systems.map { name in
            System(name: name, runs: (bySystem[name] ?? []).map(Self.run))
        })
    }

    private static func run(_ entry: RunHistory.Entry) -> Run {
        let run = entry.run
        return Run(time: run.provenance.isoTime, commit: run.provenance.commit, branch: run.provenance.branch,
                   complete: run.complete,
                   shares: run.levels.map { Share(level: $0.level, share: fraction($0.sharePercent),
                                                  coverage: fraction($0.coveragePercent), band: band($0.band)) },
                   change: entry.delta.map(change))
    }

    private static func change(_ delta: RunDelta) -> Change {
        Change(shares: shareChanges(delta.shares), newNonOSS: delta.newNonOSS.map(unitText),
               removedNonOSS: delta.removedNonOSS.map(unitText),
               newBindings: delta.newBindings, removedBindings: delta.removedBindings, newRelicensing: delta.newRelicensing)
    }
}

extension PortfolioTrendFigures {
    /// The portfolio trend of a store (`portfolio --store --since`), for the reports. The trend records only what
    /// appeared since the day, so nothing is listed as removed.
    init(_ trend: PortfolioTrend) {
        self.init(since: trend.since, systems: trend.systems.map { system in
            System(name: system.system, fromTime: system.fromTime,
                   change: HistoryReport.Change(shares: shareChanges(system.changes), newNonOSS: system.newNonOSS.map(unitText),
                                                removedNonOSS: [], newBindings: system.newBindings, removedBindings: [],
                                                newRelicensing: system.newRelicensing))
        })
    }
}

/// The store's share changes (percent, band ids) as the reports' (fractions, categories).
private func shareChanges(_ changes: [RunDelta.ShareChange]) -> [HistoryReport.ShareChange] {
    changes.map { change in
        HistoryReport.ShareChange(
            level: change.level,
            from: HistoryReport.Share(level: change.level, share: fraction(change.from), coverage: nil, band: band(change.fromBand)),
            to: HistoryReport.Share(level: change.level, share: fraction(change.to), coverage: nil, band: band(change.toBand)))
    }
}

/// `Oracle JDBC (database)`.
private func unitText(_ unit: RunDelta.LevelUnit) -> String { "\(unit.name) (\(unit.level))" }

private func fraction(_ percent: Double?) -> Double? { percent.map { $0 / 100 } }

private func band(_ text: String?) -> StilBand? { text.flatMap(OSSBand.init(rawValue:)).map(StilBand.init) }
