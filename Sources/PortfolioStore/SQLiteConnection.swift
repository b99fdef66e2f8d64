import Foundation
import GRDB

/// A store in an SQLite file, through GRDB: WAL journal (readers never block the writer), a busy timeout so
/// concurrent CI jobs queue instead of failing, and one `BEGIN IMMEDIATE` transaction per write.
final class SQLiteConnection: StoreConnection, @unchecked Sendable {
    let dialect = StoreSchema.Dialect.sqlite
    let location: String
    private let queue: DatabaseQueue

    /// How long a writer waits for another one before giving up.
    static let busyTimeout: TimeInterval = 120

    /// Opens (and with `create`, makes) the store file; `create` false refuses a missing file.
    init(path: String, create: Bool) throws {
        location = "sqlite:\(path)"
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw StoreError.missing(location) }
        if !exists {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.unreachable(store: location, reason: "cannot create \(folder.path): \(error.localizedDescription)")
            }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "sovscan-store"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, location: location)
        }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try run {
            var result: T?
            try queue.inTransaction(.immediate) { database in
                result = try body(Session(database: database))
                return .commit
            }
            guard let result else { throw StoreError.failed(store: location, reason: "the transaction returned nothing") }
            return result
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try run {
            var result: T?
            try queue.inTransaction(.deferred) { database in
                result = try body(Session(database: database))
                return .commit
            }
            guard let result else { throw StoreError.failed(store: location, reason: "the transaction returned nothing") }
            return result
        }
    }

    /// Runs a database operation, turning SQLite's errors into `StoreError`s.
    private func run<T>(_ operation: () throws -> T) throws -> T {
        do { return try operation() } catch { throw Self.storeError(error, location: location) }
    }

    /// The store error an SQLite failure means.
    static func storeError(_ error: any Error, location: String) -> any Error {
        guard let database = error as? DatabaseError else { return error }
        let reason = database.message ?? "\(database.resultCode)"
        switch database.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return StoreError.readOnly(store: location, reason: reason)
        case .SQLITE_FULL: return StoreError.full(store: location, reason: reason)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError.corrupt(store: location, reason: reason)
        case .SQLITE_CANTOPEN, .SQLITE_IOERR: return StoreError.unreachable(store: location, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.failed(store: location, reason: "still locked by another writer after \(Int(busyTimeout)) s: \(reason)")
        default: return StoreError.failed(store: location, reason: reason)
        }
    }

    /// A transaction on one GRDB connection; statements are prepared once and cached.
    private struct Session: SQLSession {
        let database: Database

        func execute(_ sql: String, _ arguments: [StoreValue]) throws {
            let statement = try database.cachedStatement(sql: sql)
            try statement.execute(arguments: StatementArguments(arguments.map(\.databaseValue)))
        }

        func query(_ sql: String, _ arguments: [StoreValue]) throws -> [[StoreValue]] {
            let statement = try database.cachedStatement(sql: sql)
            return try Row.fetchAll(statement, arguments: StatementArguments(arguments.map(\.databaseValue))).map { row in
                row.databaseValues.map { value in
                    switch value.storage {
                    case .int64(let number): .integer(number)
                    case .string(let text): .text(text)
                    case .double(let number): .integer(Int64(number))
                    case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                    case .null: .null
                    }
                }
            }
        }
    }
}

extension StoreValue {
    /// The value as GRDB binds it.
    fileprivate var databaseValue: DatabaseValue {
        switch self {
        case .integer(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .null: .null
        }
    }
}
