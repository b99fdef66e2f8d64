import Analysis
import Classification
import Foundation
import SovScanModel

/// The classify and analyse stages: rules applied to every component of every system, then the analysis.
public struct ClassificationStage: Sendable {
    public private(set) var classifier: Classifier
    public let analyzer: Analyzer
    /// Problems found in the rules (they are reported with every scan; a broken rule file is an error).
    public let diagnostics: [Diagnostic]

    /// Loads the rules: the bundled folder first, then the user's layers in order (`--rules DIR`); through
    /// `cache` when one is given (their compiled form, see `RuleSet.load(directories:cache:)`).
    public init(ruleDirectories: [URL], analysis: AnalysisOptions = AnalysisOptions(), cache: CompiledCache? = nil) {
        let loaded = RuleSet.load(directories: ruleDirectories, cache: cache)
        classifier = Classifier(rules: loaded.rules)
        analyzer = Analyzer(options: analysis)
        diagnostics = loaded.diagnostics
    }

    /// A stage with explicit parts.
    public init(classifier: Classifier, analyzer: Analyzer = Analyzer()) {
        self.classifier = classifier
        self.analyzer = analyzer
        diagnostics = []
    }

    /// The stage with the licence facts of every relicensing event's new licence, worked out by `facts` from the
    /// event's `to` expression.
    public func knowingRelicensedLicenses(_ facts: (String) -> LicenseFacts?) -> ClassificationStage {
        var stage = self
        for event in classifier.rules.relicensing {
            if let known = facts(event.to) { stage.classifier.relicensedLicenses[event.id] = known }
        }
        return stage
    }

    /// The stage with the licence facts of every technology rule's `license`, worked out by `facts`; a licence
    /// whose category is unknown is not used (`RuleLicenceCheck` reports it).
    public func knowingRuleLicenses(_ facts: (String) -> LicenseFacts?) -> ClassificationStage {
        var stage = self
        for rule in classifier.rules.technologies {
            if let license = rule.license, let known = facts(license), known.category != .unknown {
                stage.classifier.ruleLicenses[rule.id] = known
            }
        }
        return stage
    }

    /// Classifies every system (the licence facts come from each component's concluded licence) and analyses
    /// them into one document. `platforms` gives each system's declared providers by system name.
    public func run(_ inventory: Inventory, generator: String,
                    platforms: (String) -> [PlatformDeclaration] = { _ in [] })
        -> (classified: [ClassifiedSystem], analysis: AnalysisDocument) {
        let classified = inventory.systems.map { classify($0, platforms: platforms($0.name)) }
        return (classified, analyzer.document(classified, generator: generator))
    }

    /// Classifies one system; the licence facts come from each component's concluded licence.
    public func classify(_ system: SystemInventory, platforms: [PlatformDeclaration] = []) -> ClassifiedSystem {
        classifier.classify(system, platforms: platforms) { component in
            component.concludedLicense.map { LicenseFacts(category: $0.category, isOSS: $0.isOSS) }
        }
    }
}
