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
        Change(shares: delta.shares.map { change in
                   ShareChange(level: change.level,
                               from: Share(level: change.level, share: fraction(change.from), coverage: nil, band: band(change.fromBand)),
                               to: Share(level: change.level, share: fraction(change.to), coverage: nil, band: band(change.toBand)))
               },
               newNonOSS: delta.newNonOSS.map { "\($0.name) (\($0.level))" },
               removedNonOSS: delta.removedNonOSS.map { "\($0.name) (\($0.level))" },
               newBindings: delta.newBindings, removedBindings: delta.removedBindings, newRelicensing: delta.newRelicensing)
    }

    private static func fraction(_ percent: Double?) -> Double? { percent.map { $0 / 100 } }

    private static func band(_ text: String?) -> StilBand? { text.flatMap(OSSBand.init(rawValue:)).map(StilBand.init) }
}
