import Analysis
import Classification
import Foundation
import Licenses
import SovScanModel

/// Builds what the policy judges from a scan (DESIGN section 1: enrich, classify, analyse, then judge): one subject
/// per system, with every component's licence concluded (where the scan did not already), its classification facts
/// (vendor, bloc, binding, relicensing, SEAL) and the system's OSS shares and SEAL level.
public struct PolicySubjectBuilder: Sendable {
    /// The licence enrich stage; `nil` when no licence data is used.
    public let enricher: LicenseEnricher?
    /// The classifier; `nil` when no classification rules are used.
    public let classifier: Classifier?
    public let analyzer: Analyzer
    /// Problems found in the classification rules.
    public let ruleDiagnostics: [Diagnostic]

    public init(enricher: LicenseEnricher?, classifier: Classifier?, analyzer: Analyzer = Analyzer(),
                ruleDiagnostics: [Diagnostic] = []) {
        self.enricher = enricher
        self.classifier = classifier
        self.analyzer = analyzer
        self.ruleDiagnostics = ruleDiagnostics
    }

    /// Loads the licence data and classification rules of a rules folder.
    /// - Throws: when the licence data cannot be read.
    public init(rulesDirectory: URL) throws {
        let loaded = RuleSet.load(directories: [rulesDirectory])
        self.init(enricher: try LicenseEnricher(rulesDirectory: rulesDirectory), classifier: Classifier(rules: loaded.rules),
                  ruleDiagnostics: loaded.diagnostics)
    }

    /// Licence categories as the SPDX data and `Rules/licenses/categories.yml` give them.
    public var knowledge: LicenseKnowledge {
        guard let list = enricher?.normalizer.resolver.list else { return LicenseKnowledge(table: [:]) }
        return LicenseKnowledge(category: { list.license($0)?.category ?? .unknown }, isKnown: { list.license($0) != nil })
    }

    /// The subjects of every system of the inventory.
    public func subjects(for inventory: Inventory) -> [PolicySubject] {
        inventory.systems.map(subject)
    }

    private func subject(_ system: SystemInventory) -> PolicySubject {
        var enriched = system
        if let enricher {
            for index in enriched.components.indices where enriched.components[index].concludedLicense == nil {
                enriched.components[index].concludedLicense = enricher.conclude(enriched.components[index], root: system.root)
            }
        }
        guard let classifier else { return PolicySubject(inventory: enriched) }
        let classified = classifier.classify(enriched) { component in
            guard let enricher else { return nil }
            let status = enricher.isOSS(component.concludedLicense)
            return LicenseFacts(category: enricher.category(of: component.concludedLicense),
                                isOSS: status == .unknown ? nil : status == .yes)
        }
        var facts: [PackageURL: ComponentFacts] = [:]
        for classification in classified.classifications where !classification.isFirstParty {
            facts[classification.purl] = Self.facts(classification)
        }
        let analysis = analyzer.analyse(classified)
        var shares: [String: Double] = [:]
        for group in analysis.groups {
            if let share = group.count.share { shares[group.group == .applikation ? "application" : "infrastructure"] = share * 100 }
        }
        for level in analysis.levels {
            if let share = level.count.share { shares[level.level.rawValue] = share * 100 }
        }
        return PolicySubject(inventory: enriched, facts: facts, shares: shares, seal: analysis.seal.minimum)
    }

    /// The facts the policy reads from a classification.
    static func facts(_ classification: Classification) -> ComponentFacts {
        ComponentFacts(
            vendorID: classification.vendor?.id,
            vendorName: classification.vendor?.name,
            bloc: classification.vendor == nil ? nil : classification.bloc.rawValue,
            binding: classification.binding.map {
                BindingFact(platform: $0.platform, kind: $0.kind.rawValue, bloc: $0.vendor?.bloc.rawValue)
            },
            relicensing: classification.relicensing.filter { !$0.ossAfter }.map {
                RelicensingFact(event: $0.event, to: $0.to, versions: $0.versions)
            },
            seal: classification.seal)
    }
}
