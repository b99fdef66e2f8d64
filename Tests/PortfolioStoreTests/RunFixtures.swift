import Foundation
import PortfolioStore
import SovScanKit

/// Runs made by the real pipeline from the fixture systems.
enum RunFixtures {
    /// Scans a fixture folder (under the name `borgerportal`) and returns its run, stamped at `epoch`.
    static func run(_ fixture: String, epoch: TimeInterval, source: String = "scan") throws -> RunRecord {
        let folder = try StoreTestSupport.temporaryFolder().appendingPathComponent("borgerportal")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try StoreTestSupport.checkOut(fixture, into: folder)
        let scanner = Scanner()
        let result = scanner.run(paths: [folder.path])
        let recorder = RunRecorder(source: source, sovscanVersion: SovScanVersion.current,
                                   rulesVersion: RulesFingerprint.of(directories: scanner.options.ruleDirectories),
                                   time: Date(timeIntervalSince1970: epoch), readsGit: false)
        let runs = recorder.runs(inventory: result.inventory, classified: result.classified, analysis: result.analysis)
        guard let run = runs.first, runs.count == 1 else { throw FixtureError.noRun(fixture) }
        return run
    }

    enum FixtureError: Error { case noRun(String) }
}
