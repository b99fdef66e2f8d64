import Foundation
import Testing
@testable import PortfolioStore

/// Many CI jobs writing to one store at once, and a writer killed in the middle of its transaction.
@Suite(.serialized)
struct ConcurrentWriteTests {
    @Test func twentyScansAtOnceRecordTwentyWholeRuns() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        let store = folder.appendingPathComponent("shared/history.sqlite").path
        let writers = try (0..<20).map { index in
            try StoreTestSupport.start(["scan", repository.path, "--quiet", "--format", "table:\(folder.path)/table-\(index).txt", "--store", "sqlite:\(store)"],
                                       environment: ["SOURCE_DATE_EPOCH": String(1_769_904_000 + index)])
        }
        for (process, output, errors) in writers {
            _ = output.fileHandleForReading.readDataToEndOfFile()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let runs = try RunStore.open(.sqlite(path: store), create: false).runs(detail: .full)
        #expect(runs.count == 20)
        #expect(Set(runs.compactMap(\.id)).count == 20)
        #expect(Set(runs.map(\.provenance.epoch)) == Set((0..<20).map { 1_769_904_000 + Int64($0) }))
        let expected = try RunFixtures.run("borgerportal-v2", epoch: 0)
        for run in runs {
            #expect(run.components == expected.components)
            #expect(run.levels == expected.levels)
            #expect(run.units == expected.units)
        }
    }

    @Test func aWriterKilledMidTransactionLeavesTheStoreAsItWas() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        let first = try StoreTestSupport.run(["import", StoreTestSupport.fixture("sbom/ydelsesportal.cdx.json").path, "--store", store])
        #expect(first.status == 0, "\(first.stderr)")
        let large = folder.appendingPathComponent("large.cdx.json")
        try Self.largeSBOM(components: 30_000).write(to: large)
        let wal = store + "-wal"
        var killedWhileWriting = false
        for _ in 0..<3 where !killedWhileWriting {
            let (process, _, _) = try StoreTestSupport.start(["import", large.path, "--quiet", "--store", store])
            // The write transaction spills pages into the WAL before it commits; kill once it has grown.
            while process.isRunning {
                let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
                if size > 2_000_000 {
                    kill(process.processIdentifier, SIGKILL)
                    killedWhileWriting = true
                    break
                }
                usleep(2_000)
            }
            process.waitUntilExit()
            let runs = try RunStore.open(.sqlite(path: store), create: false).runs(detail: .full)
            // Either the kill came before the commit (nothing of the run is there) or after it (all of it is).
            #expect(runs.count == 1 || (runs.count == 2 && runs[0].components.count == 30_000))
            if killedWhileWriting { #expect(runs.map(\.system.name) == ["Ydelsesportal"]) }
        }
        #expect(killedWhileWriting, "no writer was caught in the middle of its transaction")
        let history = try StoreTestSupport.run(["history", "--store", store, "--format", "json"])
        #expect(history.status == 0, "\(history.stderr)")
    }

    /// A CycloneDX document with `components` generated npm packages.
    static func largeSBOM(components count: Int) throws -> Data {
        let components = (0..<count).map { index -> [String: Any] in
            ["type": "library", "bom-ref": "c\(index)", "name": "generated-package-\(index)", "version": "1.0.\(index % 50)",
             "purl": "pkg:npm/generated-package-\(index)@1.0.\(index % 50)", "licenses": [["license": ["id": "MIT"]]]]
        }
        let document: [String: Any] = [
            "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
            "metadata": ["timestamp": "2026-05-01T00:00:00Z", "component": ["type": "application", "name": "Stor Løsning"]],
            "components": components,
        ]
        return try JSONSerialization.data(withJSONObject: document)
    }
}
