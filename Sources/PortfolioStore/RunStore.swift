import Foundation

/// The history of runs: records them and reads them back, from an SQLite file or a PostgreSQL database.
///
/// ```swift
/// let store = try RunStore.open(.sqlite(path: ".sovscan/history.sqlite"), create: true)
/// try store.record([run])
/// let history = try store.runs(system: "Sagsbehandling", since: nil)
/// ```
/// Opening applies missing schema migrations and refuses a store that a newer sovscan wrote.
public struct RunStore: Sendable {
    private let connection: any StoreConnection

    /// The store's location, without secrets.
    public var location: String { connection.location }

    /// Opens a store; `create` makes a missing SQLite file (recording commands), else it is an error (reading
    /// commands). `environment` gives a PostgreSQL store its password (`PGPASSWORD`, `PGPASSFILE`, `HOME`).
    public static func open(_ location: StoreLocation, create: Bool,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RunStore {
        let connection: any StoreConnection
        switch location {
        case .sqlite(let path): connection = try SQLiteConnection(path: path, create: create)
        case .postgres(let address): connection = try PostgresStoreConnection(address: address, environment: environment)
        }
        try StoreMigrator.migrate(connection)
        return RunStore(connection: connection)
    }

    /// Records runs in one transaction: all of them or, when anything fails, none. Returns their ids.
    @discardableResult
    public func record(_ runs: [RunRecord]) throws -> [Int64] {
        try connection.write { session in try runs.map { try RunWriter.record($0, in: session) } }
    }

    /// Runs of one system, or of all, from `since` on (inclusive), sorted by system, time and id.
    public func runs(system: String? = nil, since: Date? = nil, detail: RunDetail = .summary) throws -> [RunRecord] {
        try connection.read { try RunReader.runs(system: system, since: since, detail: detail, in: $0) }
    }

    /// The latest run of every system, or the latest at or before `asOf`, sorted by system name.
    public func latestRuns(asOf: Date? = nil, detail: RunDetail = .summary) throws -> [RunRecord] {
        try connection.read { try RunReader.latestRuns(asOf: asOf, detail: detail, in: $0) }
    }

    /// The systems the store knows, with their metadata, sorted by name.
    public func systems() throws -> [SystemRecord] {
        try connection.read { try RunReader.systems(in: $0) }
    }
}
