/// What `history --format html` lays out: per system its runs in time order with the shares of each, and what
/// changed from the run before. The store computes it (`RunHistory`); the report only lays it out.
public struct HistoryReport: Sendable, Hashable {
    /// A share of one run: a level, `Applikation`, `Infrastruktur` or `overall`.
    public struct Share: Sendable, Hashable {
        public var level: String
        /// The OSS share and the coverage as fractions 0...1; `nil` when nothing with a known licence was counted.
        public var share: Double?
        public var coverage: Double?
        public var band: StilBand?

        public init(level: String, share: Double?, coverage: Double?, band: StilBand?) {
            self.level = level
            self.share = share
            self.coverage = coverage
            self.band = band
        }
    }

    /// A level whose share or band changed between two runs.
    public struct ShareChange: Sendable, Hashable {
        public var level: String
        public var from: Share
        public var to: Share

        public init(level: String, from: Share, to: Share) {
            self.level = level
            self.from = from
            self.to = to
        }
    }

    /// What changed since the system's previous run.
    public struct Change: Sendable, Hashable {
        public var shares: [ShareChange]
        /// Technologies that became not OSS, as `name (level)`.
        public var newNonOSS: [String]
        /// Technologies that are no longer not OSS.
        public var removedNonOSS: [String]
        public var newBindings: [String]
        public var removedBindings: [String]
        /// Relicensing events that apply now and did not before.
        public var newRelicensing: [String]

        public init(shares: [ShareChange], newNonOSS: [String], removedNonOSS: [String], newBindings: [String],
                    removedBindings: [String], newRelicensing: [String]) {
            self.shares = shares
            self.newNonOSS = newNonOSS
            self.removedNonOSS = removedNonOSS
            self.newBindings = newBindings
            self.removedBindings = removedBindings
            self.newRelicensing = newRelicensing
        }

        /// Whether nothing changed.
        public var isEmpty: Bool {
            shares.isEmpty && newNonOSS.isEmpty && removedNonOSS.isEmpty && newBindings.isEmpty && removedBindings.isEmpty
                && newRelicensing.isEmpty
        }
    }

    /// One recorded run.
    public struct Run: Sendable, Hashable {
        /// ISO 8601 time of the run.
        public var time: String
        public var commit: String?
        public var branch: String?
        /// Whether every manifest of the run was read.
        public var complete: Bool
        public var shares: [Share]
        /// `nil` for the system's first run in the history.
        public var change: Change?

        public init(time: String, commit: String?, branch: String?, complete: Bool, shares: [Share], change: Change?) {
            self.time = time
            self.commit = commit
            self.branch = branch
            self.complete = complete
            self.shares = shares
            self.change = change
        }

        /// The share of a level, group or `overall`.
        public func share(_ level: String) -> Share? { shares.first { $0.level == level } }
    }

    /// One system and its runs.
    public struct System: Sendable, Hashable {
        public var name: String
        public var runs: [Run]

        public init(name: String, runs: [Run]) {
            self.name = name
            self.runs = runs
        }
    }

    /// Systems sorted by name.
    public var systems: [System]

    public init(systems: [System]) { self.systems = systems }
}
