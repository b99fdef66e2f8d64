/// A value bound to or read from a statement; the types both SQLite and PostgreSQL store.
enum StoreValue: Sendable, Hashable {
    case integer(Int64)
    case text(String)
    case null

    init(_ value: Int) { self = .integer(Int64(value)) }
    init(_ value: Bool) { self = .integer(value ? 1 : 0) }
    init(_ value: String?) { self = value.map(StoreValue.text) ?? .null }
    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Bool?) { self = value.map { .integer($0 ? 1 : 0) } ?? .null }

    var int: Int? { if case .integer(let value) = self { Int(value) } else { nil } }
    var int64: Int64? { if case .integer(let value) = self { value } else { nil } }
    var string: String? { if case .text(let value) = self { value } else { nil } }
    var bool: Bool? { int.map { $0 != 0 } }
}

/// One open transaction on a store's database. Statements use `?` placeholders; each backend translates them.
protocol SQLSession {
    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ arguments: [StoreValue]) throws
    /// Runs a query and returns its rows, each as the values of its columns in order.
    func query(_ sql: String, _ arguments: [StoreValue]) throws -> [[StoreValue]]
}

/// A store's database: SQLite through GRDB or PostgreSQL through PostgresNIO.
protocol StoreConnection: Sendable {
    var dialect: StoreSchema.Dialect { get }
    /// The store's location, for messages.
    var location: String { get }
    /// Runs `body` in a transaction that excludes every other writer (and migration) until it commits; rolled
    /// back when `body` throws.
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Runs `body` in a read transaction that sees one committed state.
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
}
