import Analysis
import Classification
import Reporting
import SovScanKit
import SovScanModel

/// A portfolio whose systems are taken over one at a time, in order (`Scanner.runEach`, which scans a few ahead on
/// every core), so memory follows the largest systems rather than the number of systems: of each system the portfolio keeps its analysis, its report figures, its name, root
/// and diagnostics; its components and classifications only when an output lists them (`keepsComponents`:
/// Markdown's per-system sections, the store's runs). Whatever a system's own outputs need (the pages of
/// `html:DIR/`, the component rows of a single-file HTML report) is written by `each` while the system is at hand.
struct PortfolioScan {
    /// The inventory (components left out unless kept), the classifications (empty unless kept) and the analysis.
    var result: ScanResult
    /// Each system's report figures, made while its components were at hand, by system name; `nil` when the
    /// result holds everything they are made from.
    var figures: [String: SystemFigures]?

    /// A portfolio read from elsewhere (a store): its report figures are made from the result.
    init(result: ScanResult) {
        self.result = result
        figures = nil
    }

    /// Scans the systems of `plan`; `each` gets every system's whole result and figures, one system at a time in
    /// the plan's order.
    init(_ plan: ScanPlan, scanner: Scanner, platforms: (String) -> [PlatformDeclaration], keepsComponents: Bool,
         each: (SystemResult, SystemFigures) throws -> Void) throws {
        var systems: [SystemInventory] = []
        var classified: [ClassifiedSystem] = []
        var analyses: [SystemAnalysis] = []
        var figures: [String: SystemFigures] = [:]
        let diagnostics = try scanner.runEach(plan, platforms: platforms) { system in
            let systemFigures = SystemFigures(system.analysis, system: system.inventory, classified: system.classified)
            try each(system, systemFigures)
            let name = system.inventory.name
            if figures[name] == nil { figures[name] = systemFigures }
            analyses.append(system.analysis)
            if keepsComponents {
                systems.append(system.inventory)
                classified.append(system.classified)
            } else {
                let inventory = system.inventory
                systems.append(SystemInventory(name: inventory.name, root: inventory.root, manifests: inventory.manifests,
                                               diagnostics: inventory.diagnostics))
            }
        }
        result = ScanResult(inventory: Inventory(systems: systems, diagnostics: diagnostics), classified: classified,
                            analysis: scanner.document(analyses))
        self.figures = figures
    }

    /// What the HTML and Markdown reports lay out: the same input `ReportInput(inventory:classifications:analysis:)`
    /// makes from the whole portfolio.
    func reportInput() -> ReportInput {
        guard let figures else {
            return ReportInput(inventory: result.inventory, classifications: result.classified, analysis: result.analysis)
        }
        var input = ReportInput(inventory: result.inventory, classifications: result.classified,
                                figures: result.analysis.systems.compactMap { figures[$0.name] },
                                portfolio: result.analysis.portfolio.map(PortfolioFigures.init))
        input.analysis = result.analysis
        return input
    }

    /// The input of one system's own page: the whole system, as `HTMLReportWriter.only` narrows a portfolio.
    static func systemInput(_ system: SystemResult, figures: SystemFigures, scanner: Scanner,
                            metadata: [String: SystemMetadata]) -> ReportInput {
        var input = ReportInput(inventory: Inventory(systems: [system.inventory]), classifications: [system.classified],
                                figures: [figures])
        input.analysis = scanner.document([system.analysis])
        input.metadata = metadata.filter { $0.key == system.inventory.name }
        return input
    }
}
