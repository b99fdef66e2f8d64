import Analysis
import Classification
import Foundation
import SovScanModel

/// Turns one scan (several systems) into the runs the store records: one per system, stamped with the time,
/// the git checkout of the system's folder, sovscan's and the rules' versions.
public struct RunRecorder: Sendable {
    /// `scan`, `check` or `import`.
    public var source: String
    public var sovscanVersion: String
    public var rulesVersion: String
    public var time: Date
    /// Whether to read the commit and branch of each system's folder (not for imported SBOMs).
    public var readsGit: Bool

    public init(source: String, sovscanVersion: String, rulesVersion: String, time: Date, readsGit: Bool) {
        self.source = source
        self.sovscanVersion = sovscanVersion
        self.rulesVersion = rulesVersion
        self.time = time
        self.readsGit = readsGit
    }

    /// One run per system of the inventory that has an analysis, sorted by system name. `metadata` adds what
    /// systems.yml says about a system; `findings` a check's findings per system name.
    public func runs(inventory: Inventory, classified: [ClassifiedSystem], analysis: AnalysisDocument,
                     metadata: [String: SystemRecord] = [:], findings: [String: [FindingRecord]] = [:]) -> [RunRecord] {
        let analyses = Dictionary(analysis.systems.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let classifications = Dictionary(classified.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return inventory.systems.compactMap { system -> RunRecord? in
            guard let systemAnalysis = analyses[system.name] else { return nil }
            let checkout = readsGit ? GitCheckout.read(containing: system.root) : GitCheckout(commit: nil, branch: nil)
            let provenance = RunProvenance(time: time, commit: checkout.commit, branch: checkout.branch,
                                           sovscanVersion: sovscanVersion, rulesVersion: rulesVersion, source: source,
                                           origin: system.root)
            return RunRecord(system: metadata[system.name] ?? SystemRecord(name: system.name), analysis: systemAnalysis,
                             classified: classifications[system.name] ?? ClassifiedSystem(name: system.name, classifications: []),
                             complete: !system.isIncomplete && !inventory.diagnostics.contains { $0.severity == .error },
                             provenance: provenance, findings: findings[system.name] ?? [])
        }.sorted { $0.system.name < $1.system.name }
    }
}
