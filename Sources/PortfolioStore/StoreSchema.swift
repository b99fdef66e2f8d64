/// The store's schema: one list of versioned migrations, written once for SQLite and PostgreSQL.
///
/// Migration `n` takes a store from version `n - 1` to `n`; the version lives in `store_schema`. A store whose
/// version is higher than `StoreSchema.current` was written by a newer sovscan and is refused. Types are the
/// ones both databases accept (`BIGINT`, `INTEGER`, `TEXT`; booleans as 0/1); only the key column differs.
public enum StoreSchema {
    /// The SQL dialect a migration is written out in.
    public enum Dialect: Sendable {
        case sqlite
        case postgres

        /// An auto-numbered 64-bit primary key column.
        var key: String {
            switch self {
            case .sqlite: "INTEGER PRIMARY KEY"
            case .postgres: "BIGSERIAL PRIMARY KEY"
            }
        }

        /// A query listing the names of the tables in the store's database (schema).
        var tableNames: String {
            switch self {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            case .postgres: "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()"
            }
        }
    }

    /// The schema version this sovscan writes and reads.
    public static var current: Int { migrations.count }

    /// The statements of every migration, in order; migration `n` is `migrations[n - 1]`.
    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE systems (id {key}, name TEXT NOT NULL UNIQUE, layer TEXT, criticality TEXT,
                personal_data INTEGER)
            """,
            """
            CREATE TABLE runs (id {key}, system_id BIGINT NOT NULL REFERENCES systems(id), epoch BIGINT NOT NULL,
                recorded_at TEXT NOT NULL, commit_id TEXT, branch TEXT, sovscan_version TEXT NOT NULL,
                rules_version TEXT NOT NULL, source TEXT NOT NULL, origin TEXT, complete INTEGER NOT NULL,
                count_by TEXT NOT NULL, component_count INTEGER NOT NULL, analysis TEXT)
            """,
            "CREATE INDEX runs_by_system_time ON runs (system_id, epoch, id)",
            """
            CREATE TABLE run_levels (run_id BIGINT NOT NULL REFERENCES runs(id), level TEXT NOT NULL,
                oss INTEGER NOT NULL, not_oss INTEGER NOT NULL, unknown INTEGER NOT NULL, first_party INTEGER NOT NULL,
                band TEXT, PRIMARY KEY (run_id, level))
            """,
            """
            CREATE TABLE run_units (run_id BIGINT NOT NULL REFERENCES runs(id), level TEXT NOT NULL, name TEXT NOT NULL,
                verdict TEXT NOT NULL, components INTEGER NOT NULL, is_binding INTEGER NOT NULL,
                PRIMARY KEY (run_id, level, name))
            """,
            """
            CREATE TABLE run_components (run_id BIGINT NOT NULL REFERENCES runs(id), purl TEXT NOT NULL, level TEXT,
                technology TEXT NOT NULL, vendor TEXT, vendor_country TEXT, bloc TEXT NOT NULL, governance TEXT,
                license_category TEXT NOT NULL, oss INTEGER, first_party INTEGER NOT NULL, ships INTEGER NOT NULL,
                binding TEXT, relicensing TEXT NOT NULL, seal INTEGER, PRIMARY KEY (run_id, purl))
            """,
            """
            CREATE TABLE run_bindings (run_id BIGINT NOT NULL REFERENCES runs(id), platform TEXT NOT NULL,
                rule TEXT NOT NULL, vendor TEXT, bloc TEXT NOT NULL, proprietary INTEGER NOT NULL, level TEXT NOT NULL,
                has_exit_plan INTEGER NOT NULL, components INTEGER NOT NULL, PRIMARY KEY (run_id, platform, rule))
            """,
            """
            CREATE TABLE run_findings (run_id BIGINT NOT NULL REFERENCES runs(id), position INTEGER NOT NULL,
                rule TEXT NOT NULL, severity TEXT NOT NULL, subject TEXT NOT NULL, message TEXT NOT NULL,
                fails INTEGER NOT NULL, PRIMARY KEY (run_id, position))
            """,
        ],
        // 2: whether a component's vendor is presumed (`VendorFacts.presumed`: no rule names the steward); NULL in the
        // rows of runs recorded before, which did not say.
        ["ALTER TABLE run_components ADD COLUMN vendor_presumed INTEGER"],
    ]

    /// The statement that creates the version table (safe to run on every open).
    static let versionTable = "CREATE TABLE IF NOT EXISTS store_schema (version INTEGER NOT NULL)"

    /// The statements of migration `version` in a dialect.
    static func statements(_ version: Int, dialect: Dialect) -> [String] {
        migrations[version - 1].map { $0.replacingOccurrences(of: "{key}", with: dialect.key) }
    }
}
