import Foundation
import PostgresNIO

/// A store in a PostgreSQL database, through PostgresNIO, for the many CI jobs of an organisation. The same
/// schema and statements as SQLite; writers take a transaction-scoped advisory lock so that concurrent jobs
/// and migrations queue as they do on an SQLite file.
final class PostgresStoreConnection: StoreConnection, @unchecked Sendable {
    let dialect = StoreSchema.Dialect.postgres
    let location: String
    private let connection: PostgresConnection

    /// The advisory lock every writer holds until its transaction ends.
    private static let writeLock: Int64 = 0x736F_7673_6361_6E  // "sovscan"

    /// Connects; the password comes from `PGPASSWORD` or `~/.pgpass` (never from the URL), TLS is used when
    /// the server offers it (`PGSSLMODE=disable` turns it off).
    init(address: PostgresAddress, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        location = address.description
        let password = environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 } ?? PgPass.password(for: address, environment: environment)
        let tls: PostgresConnection.Configuration.TLS
        if environment["PGSSLMODE"] == "disable" {
            tls = .disable
        } else {
            do { tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration())) } catch {
                throw StoreError.unreachable(store: location, reason: "TLS could not be set up: \(error)")
            }
        }
        let configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                             password: password, database: address.database, tls: tls)
        var logger = Logger(label: "sovscan-store")
        logger.logLevel = .critical
        do {
            connection = try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                                        configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw Self.storeError(error, location: location, connecting: true)
        }
    }

    deinit {
        _ = try? connection.close().wait()
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try transaction(begin: "BEGIN", lock: true, body)
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", lock: false, body)
    }

    private func transaction<T>(begin: String, lock: Bool, _ body: (any SQLSession) throws -> T) throws -> T {
        let session = Session(connection: connection)
        do {
            try session.execute(begin, [])
            if lock { try session.execute("SELECT pg_advisory_xact_lock(?)", [.integer(Self.writeLock)]) }
            let result = try body(session)
            try session.execute("COMMIT", [])
            return result
        } catch {
            _ = try? session.execute("ROLLBACK", [])
            throw Self.storeError(error, location: location, connecting: false)
        }
    }

    /// The store error a PostgreSQL failure means; server messages are kept, passwords never reach them.
    static func storeError(_ error: any Error, location: String, connecting: Bool) -> any Error {
        if error is StoreError { return error }
        let state: String
        let message: String
        if let error = error as? PSQLError {
            guard error.code == .server else {
                return StoreError.unreachable(store: location, reason: error.underlying.map { "\($0)" } ?? "\(error.code)")
            }
            state = error.serverInfo?[.sqlState] ?? ""
            message = error.serverInfo?[.message] ?? "\(error.code)"
        } else if case .server(let response) = error as? PostgresError {
            // The query API this store uses reports a server's error in PostgresNIO's older error type.
            state = response.fields[.sqlState] ?? ""
            message = response.fields[.message] ?? response.description
        } else {
            return connecting ? StoreError.unreachable(store: location, reason: "\(error)")
                : StoreError.failed(store: location, reason: "\(error)")
        }
        let reason = state.isEmpty ? message : "\(message) (SQLSTATE \(state))"
        switch state {
        case "25006", "42501": return StoreError.readOnly(store: location, reason: reason)
        case let code where code.hasPrefix("53"): return StoreError.full(store: location, reason: reason)
        case let code where code.hasPrefix("28") || code.hasPrefix("08") || code == "3D000":
            return StoreError.unreachable(store: location, reason: reason)
        case "XX001", "XX002": return StoreError.corrupt(store: location, reason: reason)
        default: return StoreError.failed(store: location, reason: reason)
        }
    }

    /// Statements on the one connection; `?` placeholders become `$1`, `$2`, ...
    private struct Session: SQLSession {
        let connection: PostgresConnection

        func execute(_ sql: String, _ arguments: [StoreValue]) throws {
            _ = try connection.query(Self.numbered(sql), arguments.map(\.postgresData)).wait()
        }

        func query(_ sql: String, _ arguments: [StoreValue]) throws -> [[StoreValue]] {
            let result = try connection.query(Self.numbered(sql), arguments.map(\.postgresData)).wait()
            return try result.rows.map { row in
                try row.makeRandomAccess().map { cell -> StoreValue in
                    switch cell.dataType {
                    case .int2, .int4, .int8: return try cell.decode(Int64?.self).map(StoreValue.integer) ?? .null
                    default: return try cell.decode(String?.self).map(StoreValue.text) ?? .null
                    }
                }
            }
        }

        /// The statement with numbered placeholders (the statements here hold no `?` inside literals).
        static func numbered(_ sql: String) -> String {
            var result = ""
            var number = 0
            for character in sql {
                if character == "?" {
                    number += 1
                    result += "$\(number)"
                } else {
                    result.append(character)
                }
            }
            return result
        }
    }
}

extension StoreValue {
    /// The value as PostgresNIO binds it.
    fileprivate var postgresData: PostgresData {
        switch self {
        case .integer(let number): PostgresData(int64: number)
        case .text(let text): PostgresData(string: text)
        case .null: PostgresData.null
        }
    }
}
