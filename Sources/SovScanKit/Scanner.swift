import Catalogers
import Dispatch
import Foundation
import SovScanModel

/// Runs the stages of a scan (DESIGN section 1) for one or more paths: discover, catalog, merge into one
/// inventory per system, enrich. What tests and other programs call.
public struct Scanner: Sendable {
    /// The catalogers to run, one per ecosystem.
    public var catalogers: [any Cataloger]
    public var options: ScanOptions

    public init(options: ScanOptions = ScanOptions(), catalogers: [any Cataloger] = Scanner.defaultCatalogers) {
        self.options = options
        self.catalogers = catalogers
    }

    /// Scans every path as one system. A path that is a manifest file scans just that file; a folder is walked.
    public func scan(paths: [String]) -> Inventory {
        var diagnostics: [Diagnostic] = []
        var targets: [ScanTarget] = []
        for path in paths {
            switch ScanTarget.make(path: path, discovery: Discovery(excludes: options.excludes)) {
            case .success(let target): targets.append(target)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let systems = targets.map(scanSystem)
        return Inventory(systems: systems, diagnostics: diagnostics)
    }

    /// Catalogs one system: each cataloger gets the manifests of its kinds; catalogers run in parallel.
    private func scanSystem(_ target: ScanTarget) -> SystemInventory {
        let context = CatalogContext(root: target.root, options: options.catalog)
        let jobs: [(cataloger: any Cataloger, manifests: [ManifestFile])] = catalogers.compactMap { cataloger in
            let mine = target.manifests.filter { cataloger.kinds.contains($0.kind) }
            return mine.isEmpty ? nil : (cataloger, mine)
        }
        let results = ParallelMap.run(jobs) { job in job.cataloger.catalog(job.manifests, in: context) }
        var combined = CatalogResult(diagnostics: target.diagnostics)
        for result in results { combined.append(result) }
        return SystemMerger.merge(
            name: target.name,
            root: target.displayRoot,
            manifests: target.manifests.map(\.relativePath),
            result: combined
        )
    }
}

/// Options of a scan.
public struct ScanOptions: Sendable {
    /// Paths to leave out (see `Discovery`).
    public var excludes: [Glob]
    /// Options for catalogers (Maven repository, profiles, properties).
    public var catalog: CatalogOptions

    public init(excludes: [Glob] = [], catalog: CatalogOptions = CatalogOptions()) {
        self.excludes = excludes
        self.catalog = catalog
    }
}
