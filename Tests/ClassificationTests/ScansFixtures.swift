import Catalogers
import Foundation
import SovScanKit
import SovScanModel
import Testing
@testable import Classification

/// The fixture repositories under `Fixtures/`, scanned through the whole scanner and classified with the bundled
/// rules: shared by the suites that check levels end to end.
protocol ScansFixtures {}

private let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
private let fixturesClassifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

extension ScansFixtures {
    /// Scans one fixture folder (relative to `Fixtures/`) as one system and classifies it with the bundled rules.
    func scan(_ folder: String) throws -> (SystemInventory, ClassifiedSystem) {
        try scan(root: fixturesFolder.appendingPathComponent(folder).path)
    }

    /// Scans the folder at an absolute path as one system and classifies it with the bundled rules.
    func scan(root path: String) throws -> (SystemInventory, ClassifiedSystem) {
        let system = try #require(Scanner(options: ScanOptions()).scan(paths: [path]).systems.first)
        return (system, fixturesClassifier.classify(system) { _ in nil })
    }

    /// The level a package got (found by its purl without version, in any case) and the reason of its level
    /// decision.
    func level(_ result: ClassifiedSystem, _ purlPrefix: String) throws -> (StackLevel?, String) {
        let item = try #require(result.classifications.first {
            $0.purl.description.lowercased().hasPrefix(purlPrefix.lowercased() + "@")
        }, "\(purlPrefix)")
        return (item.level, item.explanation.first { $0.fact == "level" }?.reason ?? "")
    }
}
