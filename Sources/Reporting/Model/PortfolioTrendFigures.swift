/// How each system of a portfolio moved since a day (`portfolio --store --since`): the store computes it, the
/// reports lay it out beside the portfolio's figures.
public struct PortfolioTrendFigures: Sendable, Hashable {
    /// One system's movement since the day.
    public struct System: Sendable, Hashable {
        public var name: String
        /// The time of the run compared with (ISO 8601); `nil` when the system had no run by then.
        public var fromTime: String?
        /// What changed between that run and the latest.
        public var change: HistoryReport.Change

        public init(name: String, fromTime: String?, change: HistoryReport.Change) {
            self.name = name
            self.fromTime = fromTime
            self.change = change
        }
    }

    /// The day or time compared with, ISO 8601.
    public var since: String
    /// Every system with a run now, sorted by name.
    public var systems: [System]

    public init(since: String, systems: [System]) {
        self.since = since
        self.systems = systems
    }
}
