import Analysis
import Classification
import Foundation
import SovScanModel

/// The classify and analyse stages: rules applied to every component of every system, then the analysis.
public struct ClassificationStage: Sendable {
    /// The classifier, made when it is first used (see `RuleSet.find(directories:cache:)`).
    let loadedClassifier: LoadedOnce<Classifier>
    public let analyzer: Analyzer
    /// Problems found in the rules (they are reported with every scan; a broken rule file is an error).
    public let diagnostics: [Diagnostic]
    /// The `CompiledCache.sourceKey` of the form compiled when sovscan was built that the rules come from; `nil`
    /// when they come from anywhere else.
    public let bundledRulesKey: String?

    /// Loads the rules: the bundled folder first, then the user's layers in order (`--rules DIR`); through
    /// `cache` when one is given (their compiled form, see `RuleSet.find(directories:cache:)`). Rules compiled when
    /// sovscan was built are decoded when the classifier is first used.
    public init(ruleDirectories: [URL], analysis: AnalysisOptions = AnalysisOptions(), cache: CompiledCache? = nil) {
        let found = RuleSet.find(directories: ruleDirectories, cache: cache)
        let rules = found.rules
        loadedClassifier = LoadedOnce { Classifier(rules: rules.value) }
        analyzer = Analyzer(options: analysis)
        diagnostics = found.diagnostics
        bundledRulesKey = found.bundledSourceKey
    }

    /// A stage with explicit parts.
    public init(classifier: Classifier, analyzer: Analyzer = Analyzer()) {
        loadedClassifier = LoadedOnce(loaded: classifier)
        self.analyzer = analyzer
        diagnostics = []
        bundledRulesKey = nil
    }

    private init(of stage: ClassificationStage, classifier: LoadedOnce<Classifier>) {
        loadedClassifier = classifier
        analyzer = stage.analyzer
        diagnostics = stage.diagnostics
        bundledRulesKey = stage.bundledRulesKey
    }

    /// The classifier (made at the first use of any copy of this stage).
    public var classifier: Classifier { loadedClassifier.value }

    /// Decodes the classifier and builds its rule indexes on a thread of its own, so that the classification
    /// that follows a catalog finds them made instead of making them first (perf18: about 0.2 G instructions, on
    /// one core, between the catalog and the writers). Both are made once, however many threads ask.
    public func prepareInBackground() {
        let classifier = loadedClassifier
        Thread { classifier.value.prepareMatchers() }.start()
    }

    /// The stage with the licence facts of every relicensing event's new licence, worked out by `facts` from the
    /// event's `to` expression (when the classifier is first used).
    public func knowingRelicensedLicenses(_ facts: @escaping @Sendable (String) -> LicenseFacts?) -> ClassificationStage {
        adjustingClassifier { classifier in
            for event in classifier.rules.relicensing {
                if let known = facts(event.to) { classifier.relicensedLicenses[event.id] = known }
            }
        }
    }

    /// The stage with the licence facts of every technology rule's `license`, worked out by `facts` (when the
    /// classifier is first used); a licence whose category is unknown is not used (`RuleLicenceCheck` reports it).
    public func knowingRuleLicenses(_ facts: @escaping @Sendable (String) -> LicenseFacts?) -> ClassificationStage {
        adjustingClassifier { classifier in
            for rule in classifier.rules.technologies {
                if let license = rule.license, let known = facts(license), known.category != .unknown {
                    classifier.ruleLicenses[rule.id] = known
                }
            }
        }
    }

    /// The stage whose classifier is this stage's with `adjust` applied, when it is first used.
    private func adjustingClassifier(_ adjust: @escaping @Sendable (inout Classifier) -> Void) -> ClassificationStage {
        let base = loadedClassifier
        return ClassificationStage(of: self, classifier: LoadedOnce {
            var classifier = base.value
            adjust(&classifier)
            return classifier
        })
    }

    /// Classifies every system (the licence facts come from each component's concluded licence) and analyses
    /// them into one document. `platforms` gives each system's declared providers by system name.
    public func run(_ inventory: Inventory, generator: String,
                    platforms: (String) -> [PlatformDeclaration] = { _ in [] })
        -> (classified: [ClassifiedSystem], analysis: AnalysisDocument) {
        let classified = inventory.systems.map { classify($0, platforms: platforms($0.name)) }
        return (classified, analyzer.document(classified, generator: generator))
    }

    /// Classifies one system; the licence facts come from each component's concluded licence. A system without
    /// components has nothing to classify, and leaves the rules undecoded.
    public func classify(_ system: SystemInventory, platforms: [PlatformDeclaration] = []) -> ClassifiedSystem {
        guard !system.components.isEmpty else { return ClassifiedSystem(name: system.name, classifications: []) }
        return classifier.classify(system, platforms: platforms) { component in
            component.concludedLicense.map { LicenseFacts(category: $0.category, isOSS: $0.isOSS) }
        }
    }
}
