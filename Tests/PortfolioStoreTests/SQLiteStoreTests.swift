import Foundation
import GRDB
import Testing
@testable import PortfolioStore

final class SQLiteStoreTests {
    /// This test's folder, removed when the test ends.
    private let folder: URL

    init() throws {
        folder = try StoreTestSupport.temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A store path in a folder that does not exist yet.
    private func storePath() throws -> String {
        folder.appendingPathComponent("\(UUID().uuidString)/history.sqlite").path
    }

    @Test func aRecordedRunReadsBackUnchanged() throws {
        let path = try storePath()
        let store = try RunStore.open(.sqlite(path: path), create: true)
        var run = try RunFixtures.run("borgerportal-v2", epoch: 1_769_904_000)
        run.findings = [FindingRecord(rule: "license-denied", severity: "error", subject: "pkg:npm/handsontable@14.6.1",
                                      message: "LicenseRef-Handsontable-Non-Commercial is denied", fails: true)]
        let ids = try store.record([run])
        #expect(ids.count == 1)
        run.id = ids[0]
        let read = try store.runs(detail: .full)
        #expect(read == [run])
        #expect(read.first?.components.count == 7)  // six packages and the system's own
        #expect(read.first?.components.filter(\.firstParty).map(\.purl) == ["pkg:npm/borgerportal@3.0.0"])
        #expect(read.first?.analysis?.name == "borgerportal")
        // The summary keeps of the components only those with a relicensing event.
        let summary = try #require(try store.runs(system: "borgerportal").first)
        #expect(summary.components.map(\.purl) == ["pkg:npm/handsontable@14.6.1"])
        #expect(summary.levels == run.levels)
    }

    @Test func latestRunsAndSince() throws {
        let store = try RunStore.open(.sqlite(path: try storePath()), create: true)
        let january = try RunFixtures.run("borgerportal-v1", epoch: 1_767_225_600)  // 2026-01-01
        let february = try RunFixtures.run("borgerportal-v2", epoch: 1_769_904_000)  // 2026-02-01
        try store.record([january])
        try store.record([february])
        #expect(try store.latestRuns().map(\.provenance.epoch) == [1_769_904_000])
        #expect(try store.latestRuns(asOf: Date(timeIntervalSince1970: 1_768_000_000)).map(\.provenance.epoch) == [1_767_225_600])
        #expect(try store.latestRuns(asOf: Date(timeIntervalSince1970: 1_000)).isEmpty)
        #expect(try store.runs(since: Date(timeIntervalSince1970: 1_769_904_000)).count == 1)
        #expect(try store.runs(system: "another").isEmpty)
        #expect(try store.systems().map(\.name) == ["borgerportal"])
    }

    @Test func deltasNameWhatChanged() throws {
        let before = try RunFixtures.run("borgerportal-v1", epoch: 1_767_225_600)
        let after = try RunFixtures.run("borgerportal-v2", epoch: 1_769_904_000)
        let delta = RunDelta(from: before, to: after)
        #expect(delta.newNonOSS.contains(RunDelta.LevelUnit(level: "frontend", name: "Handsontable")))
        #expect(delta.newBindings == ["AWS"])
        #expect(delta.newRelicensing == ["handsontable-7"])
        #expect(delta.removedNonOSS.isEmpty)
        let overall = try #require(delta.shares.first { $0.level == "overall" })
        #expect(overall.from == 100)
        #expect(overall.fromBand == "primaert-oss")
        #expect(overall.toBand == "overvejende-oss")
        #expect(RunDelta(from: after, to: after).isEmpty)
        let back = RunDelta(from: after, to: before)
        #expect(back.removedBindings == ["AWS"])
        #expect(back.newRelicensing.isEmpty)
    }

    @Test func systemMetadataIsKeptAndUpdated() throws {
        let store = try RunStore.open(.sqlite(path: try storePath()), create: true)
        var run = try RunFixtures.run("borgerportal-v1", epoch: 1_767_225_600)
        run.system = SystemRecord(name: "borgerportal", layer: "selvbetjening", criticality: "high", personalData: true)
        try store.record([run])
        run.system = SystemRecord(name: "borgerportal", criticality: "medium")
        try store.record([run])
        #expect(try store.systems() == [SystemRecord(name: "borgerportal", layer: "selvbetjening", criticality: "medium",
                                                      personalData: true)])
    }

    @Test func aStoreFromANewerSovscanIsRefused() throws {
        let path = try storePath()
        _ = try RunStore.open(.sqlite(path: path), create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO store_schema (version) VALUES (\(StoreSchema.current + 1))") }
        do {
            _ = try RunStore.open(.sqlite(path: path), create: false)
            Issue.record("a newer store was opened")
        } catch let error as StoreError {
            #expect(error == .newerSchema(store: "sqlite:\(path)", found: StoreSchema.current + 1, supported: StoreSchema.current))
            #expect(error.description.contains("upgrade sovscan"))
        }
    }

    @Test func anotherProgramsDatabaseIsNotChanged() throws {
        let path = try storePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)") }
        #expect {
            try RunStore.open(.sqlite(path: path), create: true)
        } throws: { error in
            guard case StoreError.corrupt(_, let reason) = error else { return false }
            return reason.contains("invoices")
        }
        let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["invoices"])
    }

    @Test func aDamagedFileIsReportedAsCorrupt() throws {
        let path = try storePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect {
            try RunStore.open(.sqlite(path: path), create: true)
        } throws: { error in
            if case StoreError.corrupt = error { return true }
            return false
        }
    }

    @Test func readingCommandsDoNotCreateAStore() throws {
        let path = try storePath()
        #expect(throws: StoreError.missing("sqlite:\(path)")) { try RunStore.open(.sqlite(path: path), create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// A store of schema version 1, written before stores said whether a vendor is presumed, opens and migrates:
    /// its run reads back with the presumption unsaid (`nil`), and a run recorded after it says which vendors are
    /// presumed, as its analysis counts them.
    @Test func aVersionOneStoreMigratesAndKeepsItsRuns() throws {
        let path = try storePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try OldStore.writeVersionOne(dialect: .sqlite) { sql in try DatabaseQueue(path: path).write { try $0.execute(sql: sql) } }
        let store = try RunStore.open(.sqlite(path: path), create: false)
        let versions = try DatabaseQueue(path: path).read { try Int.fetchAll($0, sql: "SELECT version FROM store_schema") }
        #expect(versions == Array(1...StoreSchema.current))
        try OldStore.expectMigrated(store)
    }

    @Test func migrationsRunOnceAndRecordTheVersion() throws {
        let path = try storePath()
        _ = try RunStore.open(.sqlite(path: path), create: true)
        _ = try RunStore.open(.sqlite(path: path), create: true)
        let versions = try DatabaseQueue(path: path).read { try Int.fetchAll($0, sql: "SELECT version FROM store_schema") }
        #expect(versions == Array(1...StoreSchema.current))
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}
