import Foundation
import Testing
@testable import PortfolioStore

struct ImportCommandTests {
    @Test func suppliersSBOMsBecomeRunsAtTheirOwnTime() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        let result = try StoreTestSupport.run(["import", StoreTestSupport.fixture("sbom/ydelsesportal.cdx.json").path,
                                               StoreTestSupport.fixture("sbom/jobcenter.spdx.json").path, "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        let runs = try RunStore.open(.sqlite(path: store), create: false).runs(detail: .full)
        #expect(runs.map(\.system.name) == ["Jobcenter Booking", "Ydelsesportal"])
        #expect(runs.map(\.provenance.isoTime) == ["2026-04-01T06:00:00Z", "2026-03-15T09:30:00Z"])
        #expect(runs.allSatisfy { $0.provenance.source == "import" && $0.provenance.commit == nil })
        let ydelse = runs[1]
        #expect(ydelse.bindings.map(\.platform) == ["Azure"])
        #expect(ydelse.components.map(\.purl).contains("pkg:maven/org.postgresql/postgresql@42.7.4"))
        let jobcenter = runs[0]
        #expect(jobcenter.relicensingEvents == ["handsontable-7"])
    }

    @Test func ourOwnSBOMImportsAsTheScanRecordedIt() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        let sbom = folder.appendingPathComponent("bom.cdx.json").path
        let scanned = folder.appendingPathComponent("scanned.sqlite").path
        let imported = folder.appendingPathComponent("imported.sqlite").path
        let scan = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "cyclonedx:\(sbom)", "--store", scanned],
                                            environment: ["SOURCE_DATE_EPOCH": "1769904000"])
        #expect(scan.status == 0, "\(scan.stderr)")
        let result = try StoreTestSupport.run(["import", sbom, "--system", "borgerportal", "--store", imported])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try #require(try RunStore.open(.sqlite(path: scanned), create: false).runs().first)
        let copy = try #require(try RunStore.open(.sqlite(path: imported), create: false).runs().first)
        #expect(copy.provenance.isoTime == "2026-02-01T00:00:00Z")
        #expect(copy.levels == original.levels)
        #expect(copy.units == original.units)
        #expect(copy.bindings == original.bindings)
    }

    @Test func anUnreadableDocumentIsReportedAndTheOthersRecorded() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"bomFormat\": \"CycloneDX\", \"components\": [".utf8).write(to: broken)
        let store = folder.appendingPathComponent("history.sqlite").path
        let result = try StoreTestSupport.run(["import", broken.path, StoreTestSupport.fixture("sbom/ydelsesportal.cdx.json").path,
                                               "--store", store])
        #expect(result.status == 3)
        #expect(result.stderr.contains("broken.json"))
        #expect(try RunStore.open(.sqlite(path: store), create: false).runs().map(\.system.name) == ["Ydelsesportal"])
    }
}
