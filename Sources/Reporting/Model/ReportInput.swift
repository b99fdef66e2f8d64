import Analysis
import Classification
import SovScanModel

/// Everything the human-readable reports (HTML, Markdown, terminal) lay out: the inventory, and what later
/// stages added when they ran. Each later part is optional: a report of a bare inventory shows components,
/// licences and scopes, and says which sections need classification, analysis or a policy.
public struct ReportInput: Sendable {
    public var inventory: Inventory
    /// The classification of each system, matched to `inventory.systems` by name; empty before classification.
    public let classifications: [ClassifiedSystem]
    /// The analysis figures of each system, matched by name; empty before analysis.
    public var figures: [SystemFigures]
    /// The portfolio figures, for a report over several systems.
    public var portfolio: PortfolioFigures?
    /// Policy findings; `nil` when no policy was given (an empty list: a policy passed).
    public var findings: [ReportFinding]?
    /// The analysis document the figures come from, for the JSON report; `nil` before analysis.
    public var analysis: AnalysisDocument?
    /// How the organisation describes each system (systems.yml), by system name; empty outside a portfolio.
    public var metadata: [String: SystemMetadata] = [:]
    /// The outcome of `sovscan check` (its exit code is 0): a check report opens with the verdict; `nil` for
    /// other commands.
    public var checkPassed: Bool?
    /// Each system's movement since a day, when the portfolio comes from a store with `--since`.
    public var trend: PortfolioTrendFigures?

    public init(inventory: Inventory, classifications: [ClassifiedSystem] = [], figures: [SystemFigures] = [],
                portfolio: PortfolioFigures? = nil, findings: [ReportFinding]? = nil) {
        self.inventory = inventory
        self.classifications = classifications
        self.figures = figures
        self.portfolio = portfolio
        self.findings = findings
        // A system named twice is found in its last classification.
        var byName: [String: ClassifiedSystem] = [:]
        for system in classifications { byName[system.name] = system }
        classificationIndex = byName.mapValues { ClassificationLookup([$0]) }
    }

    /// The input for an analysed inventory: the figures and, for several systems, the portfolio figures are
    /// laid out from the analysis document.
    public init(inventory: Inventory, classifications: [ClassifiedSystem], analysis: AnalysisDocument,
                findings: [ReportFinding]? = nil) {
        let systems = Dictionary(inventory.systems.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let classified = Dictionary(classifications.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let figures = analysis.systems.compactMap { system -> SystemFigures? in
            guard let inventory = systems[system.name] else { return nil }
            return SystemFigures(system, system: inventory, classified: classified[system.name])
        }
        self.init(inventory: inventory, classifications: classifications, figures: figures,
                  portfolio: analysis.portfolio.map(PortfolioFigures.init), findings: findings)
        self.analysis = analysis
    }

    /// The classification of a component of a system, if classification ran.
    public func classification(of purl: PackageURL, in system: String) -> Classification? {
        classificationIndex[system]?[purl]
    }

    /// The figures of a system, if analysis ran.
    public func figures(of system: String) -> SystemFigures? { figures.first { $0.system == system } }

    private let classificationIndex: [String: ClassificationLookup]
}

/// A system as the organisation describes it in systems.yml.
public struct SystemMetadata: Sendable, Hashable {
    /// One of the nine national layers, as written.
    public var layer: String?
    public var criticality: String?
    public var personalData: Bool?

    public init(layer: String? = nil, criticality: String? = nil, personalData: Bool? = nil) {
        self.layer = layer
        self.criticality = criticality
        self.personalData = personalData
    }
}
