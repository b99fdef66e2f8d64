import Foundation
import GRDB
import Testing
@testable import PortfolioStore

/// The same store on a real PostgreSQL server (started by the test; skipped with the reason where it cannot).
@Suite(.serialized)
struct PostgresStoreTests {
    private let environment = ["PGPASSWORD": PostgresTestServer.password, "PGSSLMODE": "disable"]

    private func server() -> PostgresTestServer? {
        let (server, reason) = PostgresTestServer.start()
        if server == nil { print("skipped: PostgreSQL could not start: \(reason)") }
        return server
    }

    @Test func runsReadBackAndTheSchemaIsSQLitesSchema() throws {
        guard let server = server() else { return }
        defer { server.stop() }
        let url = try server.createDatabase("history")
        let store = try RunStore.open(try StoreLocation.parse(url), create: true, environment: environment)
        var january = try RunFixtures.run("borgerportal-v1", epoch: 1_767_225_600)
        var february = try RunFixtures.run("borgerportal-v2", epoch: 1_769_904_000)
        february.findings = [FindingRecord(rule: "binding-without-exit-plan", severity: "warning", subject: "AWS",
                                           message: "AWS has no exit plan", fails: false)]
        january.id = try store.record([january]).first
        february.id = try store.record([february]).first
        #expect(try store.runs(detail: .full) == [january, february])
        #expect(try store.latestRuns(asOf: Date(timeIntervalSince1970: 1_768_000_000)).map(\.id) == [january.id])
        let delta = try #require(RunHistory(runs: try store.runs()).entries.last?.delta)
        #expect(delta.newBindings == ["AWS"])
        #expect(delta.newRelicensing == ["handsontable-7"])

        #expect(try server.psql("history", "SELECT max(version) FROM store_schema") == String(StoreSchema.current))
        let postgresTables = try server.psql("history", """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY 1
            """).split(separator: "\n").map(String.init)
        let sqliteFolder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: sqliteFolder) }
        let sqlite = sqliteFolder.appendingPathComponent("h.sqlite").path
        _ = try RunStore.open(.sqlite(path: sqlite), create: true)
        let sqliteTables = try DatabaseQueue(path: sqlite).read { database in
            try String.fetchAll(database, sql: """
                SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' ORDER BY 1
                """)
        }
        #expect(postgresTables == sqliteTables)

        _ = try server.psql("history", "INSERT INTO store_schema (version) VALUES (\(StoreSchema.current + 1))")
        #expect(throws: StoreError.newerSchema(store: "postgres://sovscan@127.0.0.1:\(server.port)/history",
                                                found: StoreSchema.current + 1, supported: StoreSchema.current)) {
            try RunStore.open(try StoreLocation.parse(url), create: false, environment: environment)
        }
    }

    /// A PostgreSQL store of schema version 1 migrates on opening and keeps its runs, as an SQLite one does.
    @Test func aVersionOneStoreMigratesAndKeepsItsRuns() throws {
        guard let server = server() else { return }
        defer { server.stop() }
        let url = try server.createDatabase("old")
        try OldStore.writeVersionOne(dialect: .postgres) { sql in _ = try server.psql("old", sql) }
        let store = try RunStore.open(try StoreLocation.parse(url), create: false, environment: environment)
        #expect(try server.psql("old", "SELECT max(version) FROM store_schema") == String(StoreSchema.current))
        try OldStore.expectMigrated(store)
    }

    @Test func twentyScansAtOnceRecordTwentyWholeRuns() throws {
        guard let server = server() else { return }
        defer { server.stop() }
        let url = try server.createDatabase("shared")
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        let writers = try (0..<20).map { index in
            try StoreTestSupport.start(["scan", repository.path, "--quiet", "--format", "table:\(folder.path)/table-\(index).txt", "--store", url],
                                       environment: environment.merging(["SOURCE_DATE_EPOCH": String(1_769_904_000 + index)]) { _, new in new })
        }
        for (process, output, errors) in writers {
            _ = output.fileHandleForReading.readDataToEndOfFile()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let runs = try RunStore.open(try StoreLocation.parse(url), create: false, environment: environment).runs(detail: .full)
        #expect(runs.count == 20)
        let expected = try RunFixtures.run("borgerportal-v2", epoch: 0)
        for run in runs {
            #expect(run.components == expected.components)
            #expect(run.levels == expected.levels)
        }
        let history = try StoreTestSupport.run(["history", "--store", url, "--format", "json"], environment: environment)
        #expect(history.status == 0, "\(history.stderr)")
        #expect((try StoreTestSupport.json(history.stdout) as? [Any])?.count == 20)
    }

    @Test func passwordsComeFromPgpassAndAreNeverPrinted() throws {
        guard let server = server() else { return }
        defer { server.stop() }
        let url = try server.createDatabase("ci")
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v1", into: repository)
        let pgpass = folder.appendingPathComponent("pgpass")
        try Data("# test server\n127.0.0.1:\(server.port):ci:sovscan:\(PostgresTestServer.password)\n".utf8).write(to: pgpass)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pgpass.path)
        let viaFile = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "table:\(folder.path)/table.txt", "--store", url],
                                               environment: ["PGPASSFILE": pgpass.path, "PGPASSWORD": "", "PGSSLMODE": "disable"])
        #expect(viaFile.status == 0, "\(viaFile.stderr)")

        let wrong = "forkert-kodeord-4711"
        let report = folder.appendingPathComponent("scan.json")
        let refused = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "json:\(report.path)", "--store", url],
                                               environment: ["PGPASSWORD": wrong, "PGSSLMODE": "disable"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("store postgres://sovscan@127.0.0.1:\(server.port)/ci cannot be opened"))
        #expect(!refused.stderr.contains(wrong) && !refused.stdout.contains(wrong))
        #expect(FileManager.default.fileExists(atPath: report.path))
        let down = try StoreTestSupport.run(["history", "--store", "postgres://sovscan@127.0.0.1:1/none"], environment: environment)
        #expect(down.status == 2)
        #expect(down.stderr.contains("cannot be opened"))
    }

    @Test func aWriterKilledMidTransactionLeavesTheStoreAsItWas() throws {
        guard let server = server() else { return }
        defer { server.stop() }
        let url = try server.createDatabase("killed")
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try StoreTestSupport.run(["import", StoreTestSupport.fixture("sbom/ydelsesportal.cdx.json").path, "--store", url],
                                             environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let large = folder.appendingPathComponent("large.cdx.json")
        // Enough components that inserting them takes a while; the server is watched, not a file, so fewer than
        // SQLite's test needs.
        try ConcurrentWriteTests.largeSBOM(components: 8_000).write(to: large)
        // The writer's backend is inside its transaction once it has started inserting the run's components.
        let writing = """
            SELECT count(*) FROM pg_stat_activity WHERE datname = 'killed' AND pid <> pg_backend_pid()
            AND xact_start IS NOT NULL AND query LIKE '%INSERT INTO run_components%'
            """
        var killedWhileWriting = false
        for _ in 0..<3 where !killedWhileWriting {
            let (process, _, _) = try StoreTestSupport.start(["import", large.path, "--quiet", "--store", url], environment: environment)
            while process.isRunning {
                if try server.psql("killed", writing) != "0" {
                    kill(process.processIdentifier, SIGKILL)
                    killedWhileWriting = true
                    break
                }
                usleep(5_000)
            }
            process.waitUntilExit()
        }
        #expect(killedWhileWriting, "no writer was caught in the middle of its transaction")
        // The server rolls the transaction back when it notices the client is gone.
        let others = "SELECT count(*) FROM pg_stat_activity WHERE datname = 'killed' AND pid <> pg_backend_pid()"
        var waited = 0
        while try server.psql("killed", others) != "0", waited < 100 {
            usleep(100_000)
            waited += 1
        }
        #expect(try server.psql("killed", others) == "0")
        #expect(try server.psql("killed", "SELECT count(*) FROM run_components WHERE purl LIKE 'pkg:npm/generated-package-%'") == "0")
        let runs = try RunStore.open(try StoreLocation.parse(url), create: false, environment: environment).runs()
        #expect(runs.map(\.system.name) == ["Ydelsesportal"])
        let history = try StoreTestSupport.run(["history", "--store", url, "--format", "json"], environment: environment)
        #expect(history.status == 0, "\(history.stderr)")
    }

    @Test func aReadOnlyDatabaseIsAClearErrorAndTheReportsAreStillWritten() throws {
        guard let server = server() else { return }
        defer { server.stop() }
        let url = try server.createDatabase("frozen")
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        let first = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "table:\(folder.path)/first.txt", "--store", url],
                                             environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        _ = try server.psql("frozen", "ALTER DATABASE frozen SET default_transaction_read_only = on")
        let report = folder.appendingPathComponent("scan.json")
        let refused = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "json:\(report.path)", "--store", url],
                                               environment: environment)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("store postgres://sovscan@127.0.0.1:\(server.port)/frozen is read-only, the run was not recorded"))
        #expect(FileManager.default.fileExists(atPath: report.path))
        #expect(try RunStore.open(try StoreLocation.parse(url), create: false, environment: environment).runs().count == 1)
    }
}
