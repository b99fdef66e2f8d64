import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Tests that classify small hand-made systems with the `base` fixture rules and ask which level a component got
/// and why.
protocol ClassifiesWithBaseRules {}

/// The classifier of the `base` fixture rules, loaded once for every suite that uses it.
private let baseRulesClassifier = Classifier(rules: RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules)

extension ClassifiesWithBaseRules {
    /// Classifies a system of `components` whose graph has `edges` (purl pairs), with no licence data.
    func classify(_ components: [Component], _ edges: [(String, String)]) throws -> ClassifiedSystem {
        let system = SystemInventory(name: "s", root: "/s", components: components,
                                     graph: DependencyGraph(edges: try edges.map { try edge($0.0, $0.1) }))
        return baseRulesClassifier.classify(system) { _ in nil }
    }

    /// The level `purl` got in `result` and the reason its explanation gives.
    func level(_ result: ClassifiedSystem, _ purl: String) throws -> (StackLevel?, String) {
        let item = try #require(result.classification(of: try PackageURL(parsing: purl)))
        return (item.level, item.explanation.first { $0.fact == "level" }?.reason ?? "")
    }
}
