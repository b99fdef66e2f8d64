import Foundation
import Testing
@testable import PortfolioStore

/// A store as sovscan wrote it at schema version 1 (before `run_components.vendor_presumed`), with one run of
/// `borgerportal` whose components are an unscoped npm package kept by independent maintainers and the system's own.
enum OldStore {
    /// Runs the statements that make the version 1 store in `dialect` through `execute`, one at a time.
    static func writeVersionOne(dialect: StoreSchema.Dialect, _ execute: (String) throws -> Void) throws {
        try execute(StoreSchema.versionTable)
        for statement in StoreSchema.statements(1, dialect: dialect) { try execute(statement) }
        try execute("INSERT INTO store_schema (version) VALUES (1)")
        try execute("INSERT INTO systems (name) VALUES ('borgerportal')")
        try execute("""
            INSERT INTO runs (system_id, epoch, recorded_at, sovscan_version, rules_version, source, complete, count_by,
                component_count)
            VALUES (1, 1767225600, '2026-01-01T00:00:00Z', '0.8.0', 'format 1, rules 0123456789abcdef', 'scan', 1,
                'technology', 2)
            """)
        try execute("""
            INSERT INTO run_components (run_id, purl, level, technology, vendor, bloc, license_category, oss,
                first_party, ships, relicensing)
            VALUES (1, 'pkg:npm/js-tokens@4.0.0', 'frontend', 'js-tokens', 'independent', 'unknown', 'permissive', 1,
                0, 1, ''), (1, 'pkg:npm/borgerportal@1.0.0', 'frontend', 'borgerportal', NULL, 'unknown', 'unknown',
                NULL, 1, 1, '')
            """)
    }

    /// Checks a store made by `writeVersionOne` after it was opened (and so migrated): the old run is whole and says
    /// nothing about presumption; a new run says which vendors are presumed and reads back unchanged.
    static func expectMigrated(_ store: RunStore) throws {
        let old = try #require(try store.runs(detail: .full).first)
        #expect(old.components.map(\.purl) == ["pkg:npm/borgerportal@1.0.0", "pkg:npm/js-tokens@4.0.0"])
        #expect(old.components.map(\.vendorPresumed) == [nil, nil], "a version 1 run did not say")
        #expect(old.components.last?.vendor == "independent")
        // Version 3 adds react-signature-canvas, whose packages are published under their maintainers' own names.
        var run = try RunFixtures.run("borgerportal-v3", epoch: 1_769_904_000)
        let presumed = run.components.filter { $0.vendorPresumed == true }.map(\.purl)
        #expect(!presumed.isEmpty, "the fixture has a package whose steward is presumed")
        #expect(run.components.allSatisfy { $0.vendorPresumed != nil }, "a new run says it for every component")
        let counted = run.analysis?.byVendor.reduce(0) { $0 + $1.presumed } ?? 0
        #expect(counted > 0, "the analysis the portfolio reports from counts them apart")
        run.id = try store.record([run]).first
        let read = try store.runs(detail: .full)
        #expect(read.count == 2)
        #expect(read.last == run)
    }
}
