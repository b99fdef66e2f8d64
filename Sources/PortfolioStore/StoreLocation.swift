import Foundation

/// Where runs are stored: an SQLite file or a PostgreSQL database, as `--store` names it.
///
/// Accepted forms: a path or `sqlite:PATH` (an SQLite file), and `postgres://user@host:port/db` or
/// `postgresql://...` (the password from `PGPASSWORD` or `~/.pgpass`, never from the URL and never printed).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// The file a store defaults to inside a scanned repository.
    public static let defaultFile = ".sovscan/history.sqlite"

    /// The value that names the default store (what `--store` without a value stands for).
    public static let defaultMarker = "default:"

    /// Reads a `--store` value; an empty value or `default:` means the default file in `repository`.
    public static func parse(_ text: String, repository: String = ".") throws -> StoreLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == defaultMarker {
            return .sqlite(path: URL(fileURLWithPath: repository).appendingPathComponent(defaultFile).path)
        }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            return .postgres(try PostgresAddress(url: trimmed))
        }
        if trimmed.hasPrefix("sqlite:") {
            let path = String(trimmed.dropFirst("sqlite:".count)).replacingOccurrences(of: "^//", with: "",
                                                                                      options: .regularExpression)
            guard !path.isEmpty else { throw StoreError.badLocation("'\(text)' names no file after 'sqlite:'") }
            return .sqlite(path: path)
        }
        if trimmed.contains("://") {
            throw StoreError.badLocation("'\(text)': a store is a path, sqlite:PATH or postgres://user@host:port/db")
        }
        return .sqlite(path: trimmed)
    }

    /// The location without secrets, for messages.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let address): address.description
        }
    }
}

/// A PostgreSQL server and database, from a `postgres://` URL.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String

    /// Reads `postgres://user@host:port/db`; a password in the URL is refused (it would end up in CI logs).
    public init(url text: String) throws {
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw StoreError.badLocation("'\(Self.redacted(text))' is not postgres://user@host:port/db")
        }
        if components.password != nil {
            throw StoreError.badLocation("put the PostgreSQL password in PGPASSWORD or ~/.pgpass, not in the store URL")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !database.isEmpty else { throw StoreError.badLocation("'\(text)' names no database (postgres://user@host:port/db)") }
        user = components.user ?? ProcessInfo.processInfo.environment["PGUSER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        self.host = host
        port = components.port ?? 5432
        self.database = database
    }

    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    private static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]*@"#, with: ":***@", options: .regularExpression)
    }
}
