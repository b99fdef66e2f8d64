import Analysis
import Classification
import SovScanModel

/// Everything one run of the pipeline produced: the inventory, each system's classifications and the analysis.
/// What reports, policies and other programs consume.
public struct ScanResult: Sendable {
    /// Components, graphs and diagnostics per system (licences concluded).
    public var inventory: Inventory
    /// Each system's classifications, in the order of `inventory.systems`.
    public var classified: [ClassifiedSystem]
    /// Shares, bands, origin, SEAL and risks per system (and the portfolio when asked for).
    public var analysis: AnalysisDocument

    public init(inventory: Inventory, classified: [ClassifiedSystem], analysis: AnalysisDocument) {
        self.inventory = inventory
        self.classified = classified
        self.analysis = analysis
    }
}

/// One system's results, for callers that take systems one at a time (`Scanner.runEach`). `Sendable`: it is made
/// on a worker thread and handed to the caller's.
public struct SystemResult: Sendable {
    /// The system's components, graph and diagnostics (licences concluded).
    public var inventory: SystemInventory
    public var classified: ClassifiedSystem
    public var analysis: SystemAnalysis
}
