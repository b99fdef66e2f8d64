/// Runs per system in time order, each with what changed since the system's previous run.
public struct RunHistory: Sendable, Hashable {
    /// One run and its change from the run before it (`nil` for a system's first run in the history).
    public struct Entry: Sendable, Hashable {
        public var run: RunRecord
        public var delta: RunDelta?
    }

    /// Entries sorted by system name, then time and id.
    public var entries: [Entry]

    /// The history of runs as a store returns them (sorted by system, time, id). `previous` holds, per system,
    /// the run just before the first one given (the run before `--since`), so the first delta is not lost.
    public init(runs: [RunRecord], previous: [String: RunRecord] = [:]) {
        var entries: [Entry] = []
        var last = previous
        for run in runs {
            entries.append(Entry(run: run, delta: last[run.system.name].map { RunDelta(from: $0, to: run) }))
            last[run.system.name] = run
        }
        self.entries = entries
    }

    /// The names of the systems in the history, sorted.
    public var systems: [String] { Array(Set(entries.map(\.run.system.name))).sorted() }
}
