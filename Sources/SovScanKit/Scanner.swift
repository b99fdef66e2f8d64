import Analysis
import BundledRules
import Catalogers
import Classification
import Dispatch
import Fetching
import Foundation
import Licenses
import SovScanModel

/// Runs the stages of a scan (DESIGN section 1) for one or more paths: discover, catalog, merge into one
/// inventory per system, enrich. What tests and other programs call.
public struct Scanner: Sendable {
    /// The catalogers to run, one per ecosystem.
    public var catalogers: [any Cataloger]
    public var options: ScanOptions
    /// The licence enricher, made at its first use (see `LicenseEnricher.find(rulesDirectory:cache:)`); `nil` when
    /// the licence data cannot be loaded (the reason is in `setupDiagnostics`).
    let loadedLicenses: LoadedOnce<LicenseEnricher>?
    /// Problems of the scanner's own set-up, worked out at their first use.
    private let loadedSetupDiagnostics: LoadedOnce<[Diagnostic]>
    /// Classification rules and analysis options.
    public var classification: ClassificationStage

    /// A scanner with the given catalogers and the licence data of the bundled rules. The rules and licence data
    /// are found now and decoded when the first component needs them (issue 17): a scan with nothing to classify
    /// never decodes them.
    public init(options: ScanOptions = ScanOptions(), catalogers: [any Cataloger] = Scanner.defaultCatalogers) {
        self.options = options
        self.catalogers = catalogers
        let stage = ClassificationStage(ruleDirectories: options.ruleDirectories, analysis: options.analysis,
                                        cache: options.compiledCache)
        switch LicenseData.find(rulesDirectory: options.rulesDirectory, cache: options.compiledCache) {
        case .success(let found):
            let enricher = found.enricher
            loadedLicenses = enricher
            let facts: @Sendable (String) -> LicenseFacts? = { text in
                RuleLicenceCheck.facts(of: text, enricher: enricher.value)
            }
            classification = stage.knowingRelicensedLicenses(facts).knowingRuleLicenses(facts)
            if let rules = stage.bundledRulesKey, let licences = found.bundledSourceKey,
               BundledRules.licencesChecked(rules: rules, licences: licences) {
                loadedSetupDiagnostics = LoadedOnce(loaded: stage.diagnostics)
            } else {
                loadedSetupDiagnostics = LoadedOnce {
                    stage.diagnostics + RuleLicenceCheck.diagnostics(stage.classifier.rules, enricher: enricher.value)
                }
            }
        case .failure(let diagnostic):
            loadedLicenses = nil
            classification = stage
            loadedSetupDiagnostics = LoadedOnce(loaded: [diagnostic] + stage.diagnostics)
        }
    }

    /// A scanner with explicit parts (for tests and other programs).
    public init(options: ScanOptions, catalogers: [any Cataloger], licenses: LicenseEnricher?,
                classification: ClassificationStage) {
        self.options = options
        self.catalogers = catalogers
        loadedLicenses = licenses.map { LoadedOnce(loaded: $0) }
        self.classification = classification
        loadedSetupDiagnostics = LoadedOnce(loaded: classification.diagnostics)
    }

    /// Concludes licences; `nil` leaves them as declared (the reason is in `setupDiagnostics`).
    public var licenses: LicenseEnricher? { loadedLicenses?.value }

    /// Problems of the scanner's own set-up (rules that could not be loaded), reported with every scan.
    public var setupDiagnostics: [Diagnostic] { loadedSetupDiagnostics.value }

    /// The whole pipeline: scan, then classify and analyse every system.
    public func run(paths: [String]) -> ScanResult {
        analyse(scan(paths: paths))
    }

    /// Classifies and analyses an inventory read elsewhere (a supplier's SBOM, an earlier scan). `platforms` gives
    /// each system's declared providers behind its bindings, by system name (`platforms:` of `.sovscan.yml` or
    /// `systems.yml`).
    public func analyse(_ inventory: Inventory,
                        platforms: (String) -> [PlatformDeclaration] = { _ in [] }) -> ScanResult {
        let (classified, analysis) = classification.run(inventory, generator: Self.generator, platforms: platforms)
        return ScanResult(inventory: inventory, classified: classified, analysis: analysis)
    }

    /// The analysis document of systems analysed one at a time (`runEach`): the one `analyse` makes of them.
    public func document(_ analyses: [SystemAnalysis]) -> AnalysisDocument {
        AnalysisDocument(generator: Self.generator, options: classification.analyzer.options, systems: analyses)
    }

    /// The analysis documents' `generator`.
    private static var generator: String { "sovscan \(SovScanVersion.current)" }

    /// Scans every path as one system. A path that is a manifest file scans just that file; a folder is walked.
    public func scan(paths: [String]) -> Inventory {
        scan(plan(paths: paths))
    }

    /// Scans the systems of a plan into one inventory.
    public func scan(_ plan: ScanPlan) -> Inventory {
        var systems: [SystemInventory] = []
        let diagnostics = scanEach(plan, { system, _ in system }) { systems.append($0) }
        return Inventory(systems: systems, diagnostics: diagnostics)
    }

    /// Finds the systems of `paths` (discovery only, nothing is read yet): one per path that exists.
    public func plan(paths: [String]) -> ScanPlan {
        var diagnostics: [Diagnostic] = []
        var targets: [ScanTarget] = []
        for path in paths {
            let discovery = Discovery(excludes: options.excludes, followsLinksOutside: options.followsLinksOutside)
            switch ScanTarget.make(path: path, discovery: discovery) {
            case .success(let target): targets.append(target)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return ScanPlan(targets: targets, diagnostics: diagnostics)
    }

    /// Scans, classifies and analyses the systems of a plan, handing each to `each` in the plan's order: a caller
    /// that keeps only what it needs of each (a portfolio) uses the memory of the largest systems, not of all of
    /// them. Systems are scanned on every core, a few ahead of the one `each` has (`OrderedPipeline`). Returns
    /// the diagnostics that concern no single system (set-up, paths that do not exist, online knowledge), as
    /// `Inventory.diagnostics` holds them.
    public func runEach(_ plan: ScanPlan, platforms: (String) -> [PlatformDeclaration] = { _ in [] },
                        _ each: (SystemResult) throws -> Void) rethrows -> [Diagnostic] {
        let declared = plan.targets.map { platforms($0.name) }
        return try scanEach(plan, { system, index in
            let classified = classification.classify(system, platforms: declared[index])
            return SystemResult(inventory: system, classified: classified, analysis: classification.analyzer.analyse(classified))
        }, each)
    }

    /// Scans the systems of a plan as many at a time as there are cores, each on a worker thread where `finish`
    /// completes it (given its position in the plan); `each` gets the results on the calling thread in the plan's
    /// order.
    private func scanEach<Value: Sendable>(_ plan: ScanPlan, _ finish: @escaping @Sendable (SystemInventory, Int) -> Value,
                                           _ each: (Value) throws -> Void) rethrows -> [Diagnostic] {
        let knowledge = OnlineKnowledge(options: options.fetch)
        let targets = plan.targets
        // The rules are made ready while the systems are cataloged, for the classification after the catalog.
        if targets.contains(where: { !$0.manifests.isEmpty }) { classification.prepareInBackground() }
        try OrderedPipeline.run(count: targets.count, ahead: ProcessInfo.processInfo.activeProcessorCount,
                                make: { index in finish(scanSystem(targets[index], knowledge: knowledge), index) },
                                consume: each)
        return setupDiagnostics + plan.diagnostics + (knowledge?.diagnostics ?? [])
    }

    /// Catalogs one system: each cataloger gets the manifests of its kinds; catalogers run in parallel. With
    /// online knowledge (the cache, and `--online`), remote POMs serve the Maven resolver, the manifests of Swift
    /// pins without a checkout give their edges, registries tell the licences the files do not, and GitHub
    /// tells whether Swift packages' repositories belong to people or organisations.
    private func scanSystem(_ target: ScanTarget, knowledge: OnlineKnowledge?) -> SystemInventory {
        var catalogOptions = options.catalog
        let files = FileReader(confinedTo: options.followsLinksOutside ? nil : target.root)
        let fetcher = knowledge?.fetcher()
        if let knowledge, let fetcher {
            let poms = target.manifests.filter { $0.kind == .mavenPOM }.map { target.root + "/" + $0.relativePath }
            catalogOptions.remoteMavenRepository = knowledge.mavenRepository(fetcher, poms: poms, files: files)
            catalogOptions.swiftManifests = knowledge.swiftManifests(fetcher)
        }
        if catalogOptions.buildTooling == nil { catalogOptions.buildTooling = RuleBuildTooling(classification: classification) }
        let context = CatalogContext(root: target.root, options: catalogOptions, files: files)
        let jobs: [(cataloger: any Cataloger, manifests: [ManifestFile])] = catalogers.compactMap { cataloger in
            let mine = target.manifests.filter { cataloger.kinds.contains($0.kind) }
            return mine.isEmpty ? nil : (cataloger, mine)
        }
        var combined = CatalogResult.joined(ParallelMap.run(jobs) { job in job.cataloger.catalog(job.manifests, in: context) },
                                            after: target.diagnostics)
        OwnImages.mark(&combined.components, context: context)
        combined.components += ContainerImageEvidence.components(for: combined.components)
        var merged = SystemMerger.merge(
            name: target.name,
            root: target.displayRoot,
            manifests: target.manifests.map(\.relativePath),
            result: combined
        )
        if let knowledge, let fetcher {
            // The licence data and the rules are decoded only when there are components to ask about.
            merged = knowledge.registryStage(root: target.root, files: files, fetcher: fetcher,
                                             identifier: merged.components.isEmpty ? nil : licenses?.identifier)
                .enrich(merged)
            let classification = self.classification
            merged = knowledge.repositoryOwnerStage(fetcher)
                .enrich(merged, namesSteward: { classification.classifier.namesSteward(of: $0) })
            merged.diagnostics = Diagnostic.sortedUnique(merged.diagnostics + fetcher.log.diagnostics())
        }
        guard let licenses = loadedLicenses, !merged.components.isEmpty else { return merged }
        LicenseStage.enrich(&merged, rootPath: target.root, files: files, with: licenses.value)
        return merged
    }
}

/// Options of a scan.
public struct ScanOptions: Sendable {
    /// Paths to leave out (see `Discovery`).
    public var excludes: [Glob]
    /// Options for catalogers (Maven repository, profiles, properties).
    public var catalog: CatalogOptions
    /// The rules folder (licence data, classification rules); the bundled one by default.
    public var rulesDirectory: URL?
    /// The user's rule layers (`--rules DIR`), applied over the bundled rules in order.
    public var ruleLayers: [URL]
    /// How shares are counted and banded, and which platforms have an exit plan.
    public var analysis: AnalysisOptions
    /// The cache of fetched answers and whether the network may be used (`--online`, `--cache`).
    public var fetch: FetchOptions
    /// Whether links and paths leading outside a scanned folder are followed (`--follow-links-outside`).
    public var followsLinksOutside: Bool

    public init(excludes: [Glob] = [], catalog: CatalogOptions = CatalogOptions(),
                rulesDirectory: URL? = RulesLocator.bundledRules(), ruleLayers: [URL] = [],
                analysis: AnalysisOptions = AnalysisOptions(), fetch: FetchOptions = FetchOptions(),
                followsLinksOutside: Bool = false) {
        self.excludes = excludes
        self.catalog = catalog
        self.rulesDirectory = rulesDirectory
        self.ruleLayers = ruleLayers
        self.analysis = analysis
        self.fetch = fetch
        self.followsLinksOutside = followsLinksOutside
    }

    /// Where the rules and licence data are kept compiled between processes: beside the fetch cache when there is
    /// one (the command line always has one), else nowhere (everything is parsed). The bundled rules compiled when
    /// sovscan was built (`BundledRules`) are served first, so an unchanged `Rules/` is never parsed.
    public var compiledCache: CompiledCache? {
        fetch.cacheDirectory.map { CompiledCache(cacheRoot: $0, prebuilt: BundledRules.forms) }
    }

    /// The bundled rules folder followed by the user's layers.
    public var ruleDirectories: [URL] { (rulesDirectory.map { [$0] } ?? []) + ruleLayers }
}
