/// Brings a store to `StoreSchema.current`, refusing stores written by a newer sovscan.
enum StoreMigrator {
    /// Applies the missing migrations in one exclusive transaction (concurrent openers wait, then find the
    /// store up to date). A database that holds other tables but no sovscan schema is refused, not changed.
    static func migrate(_ connection: any StoreConnection) throws {
        let found = try connection.read { try version($0, connection.dialect) }
        if found == StoreSchema.current { return }
        try check(found, connection)
        try connection.write { session in
            let version = try self.version(session, connection.dialect)
            try check(version, connection)
            if version == nil {
                let tables = try session.query(connection.dialect.tableNames, []).compactMap { $0.first?.string }
                if !tables.isEmpty {
                    throw StoreError.corrupt(store: connection.location,
                                             reason: "it holds tables (\(tables.sorted().prefix(3).joined(separator: ", "))) but no sovscan schema")
                }
                try session.execute(StoreSchema.versionTable, [])
            }
            let current = version ?? 0
            guard current < StoreSchema.current else { return }
            for next in (current + 1)...StoreSchema.current {
                for statement in StoreSchema.statements(next, dialect: connection.dialect) {
                    try session.execute(statement, [])
                }
                try session.execute("INSERT INTO store_schema (version) VALUES (?)", [StoreValue(next)])
            }
        }
    }

    private static func check(_ version: Int?, _ connection: any StoreConnection) throws {
        if let version, version > StoreSchema.current {
            throw StoreError.newerSchema(store: connection.location, found: version, supported: StoreSchema.current)
        }
    }

    /// The store's schema version; `nil` when the version table does not exist yet.
    private static func version(_ session: any SQLSession, _ dialect: StoreSchema.Dialect) throws -> Int? {
        let tables = try session.query(dialect.tableNames, []).compactMap { $0.first?.string }
        guard tables.contains("store_schema") else { return nil }
        return try session.query("SELECT MAX(version) FROM store_schema", []).first?.first?.int ?? 0
    }
}
