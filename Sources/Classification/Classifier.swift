import Foundation
import SovScanModel

/// Options of the classifier.
public struct ClassifierOptions: Sendable, Hashable {
    /// The SEAL-style rule.
    public var seal: SealRule

    public init(seal: SealRule = SealRule()) {
        self.seal = seal
    }
}

/// What the rules say about one package, before the system context (level inheritance, SEAL) is applied.
/// The rules are held by reference (the classifier's one stored copy of each), so a system's matches, made for
/// every component at once, cost a few words each however large the rules.
public struct RuleMatch: Sendable, Hashable {
    public var technology: TechnologyRule? {
        get { sharedTechnology?.value }
        set { sharedTechnology = newValue.map(SharedValue.init) }
    }
    public var binding: BindingRule? {
        get { sharedBinding?.value }
        set { sharedBinding = newValue.map(SharedValue.init) }
    }
    public var relicensing: [RelicensingEvent]
    private var sharedTechnology: SharedValue<TechnologyRule>?
    private var sharedBinding: SharedValue<BindingRule>?

    init(technology: SharedValue<TechnologyRule>?, binding: SharedValue<BindingRule>?, relicensing: [RelicensingEvent]) {
        sharedTechnology = technology
        sharedBinding = binding
        self.relicensing = relicensing
    }
}

/// The classifications of one system's components.
public struct ClassifiedSystem: Sendable, Hashable, Codable {
    public var name: String
    /// One classification per component, sorted by purl.
    public var classifications: [Classification]

    public init(name: String, classifications: [Classification]) {
        self.name = name
        let keys = classifications.map(\.purl.description)
        self.classifications = keys.indices.sorted { keys[$0] < keys[$1] }.map { classifications[$0] }
    }

    /// For classifications made in the order of a `SystemInventory`'s components, which are sorted by purl.
    init(name: String, inComponentOrder classifications: [Classification]) {
        self.name = name
        self.classifications = classifications
    }

    /// The classification of a purl, if any.
    public func classification(of purl: PackageURL) -> Classification? {
        classifications.first { $0.purl == purl }
    }
}

/// Applies a `RuleSet` to the components of a system: technology, level, vendor, binding, relicensing and
/// SEAL level, each with the decision that made it.
public struct Classifier: Sendable {
    public let rules: RuleSet
    public let options: ClassifierOptions
    /// The licence facts of each relicensing event's new licence (`to`), by event id: what a component's licence
    /// becomes when an event applies to its version and nothing else says what its licence is.
    public var relicensedLicenses: [String: LicenseFacts] = [:]
    /// The licence facts of each technology rule's `license`, by rule id: the licence of last resort of the
    /// components the rule matches, used only when neither their own evidence nor a relicensing event gives one.
    public var ruleLicenses: [String: LicenseFacts] = [:]
    /// The indexes `match` looks rules up in, built at the first match (`LazyRuleMatchers`).
    let matchers: LazyRuleMatchers

    public init(rules: RuleSet, options: ClassifierOptions = ClassifierOptions()) {
        self.rules = rules
        self.options = options
        matchers = LazyRuleMatchers(rules: rules)
    }

    /// Builds the indexes `match` looks rules up in now, not at the first match (see
    /// `ClassificationStage.prepareInBackground()`).
    public func prepareMatchers() {
        _ = matchers.value
    }

    /// The rules that match one package at one version. Among technology rules (and among bindings) the most
    /// specific pattern wins (an exact pattern beats any glob, then the longer literal part); on a tie the
    /// smaller rule id. A binding rule whose `exclude:` matches the package does not take part. A WebJar
    /// (`WebJarOrigin`) is the npm package it repackages: without a binding or relicensing event of its own, it takes
    /// the npm package's (the first reading of its name that has any), at the same version.
    public func match(_ purl: PackageURL) -> RuleMatch {
        let matchers = matchers.value
        var found = match(purl, in: matchers)
        guard found.binding == nil || found.relicensing.isEmpty else { return found }
        for origin in WebJarOrigin.npmPackages(of: purl) {
            let repackaged = match(origin, in: matchers)
            guard repackaged.binding != nil || !repackaged.relicensing.isEmpty else { continue }
            if found.binding == nil { found.binding = repackaged.binding }
            if found.relicensing.isEmpty { found.relicensing = repackaged.relicensing }
            break
        }
        return found
    }

    private func match(_ purl: PackageURL, in matchers: RuleMatchers) -> RuleMatch {
        let key = Array(PurlPattern.key(of: purl).utf8)
        let version = purl.version
        let technology = Self.best(matchers.technologyIndex.matches(key: key, version: version))
            .map { matchers.sharedTechnologies[$0] }
        let bindings = matchers.bindingIndex.matches(key: key, version: version).filter { entry in
            !matchers.bindingExclusions[entry.rule].contains { $0.matches(bytes: key, version: version) }
        }
        let binding = Self.best(bindings).map { matchers.sharedBindings[$0] }
        let eventIndices = Set(matchers.relicensingIndex.matches(key: key, version: version).map(\.rule))
        let events = eventIndices.sorted().map { rules.relicensing[$0] }
            .filter { event in version.map { event.versions.contains($0) } ?? false }
        return RuleMatch(technology: technology, binding: binding, relicensing: events)
    }

    /// The index of the rule whose pattern is most specific among matches (on a tie the smaller index).
    static func best(_ entries: [RuleIndex.Entry]) -> Int? {
        entries.max { left, right in
            let (leftScore, rightScore) = (left.spec.pattern.specificity, right.spec.pattern.specificity)
            if leftScore != rightScore { return leftScore < rightScore }
            return left.rule > right.rule
        }?.rule
    }

    /// Classifies every component of the system. `licenses` gives each component's licence facts (the
    /// `Licenses` stage's result); components it knows nothing about are `unknown`. The classifications come in
    /// the order of `system.components`, which `SystemInventory` keeps sorted by purl.
    /// `platforms` are the system's declarations of the providers really behind its bindings (`platforms:`); a
    /// binding one of them concerns takes the declared provider, vendor and bloc, and SEAL is rated with it.
    public func classify(_ system: SystemInventory, platforms: [PlatformDeclaration] = [],
                         licenses: (Component) -> LicenseFacts?) -> ClassifiedSystem {
        let matches = matches(of: system.components)
        let graph = ComponentGraph(system)
        let assignment = LevelAssignment(system: system, matches: matches, graph: graph).assign()
        let optional = OptionalBindings(system: system, matches: matches, graph: graph,
                                        toolingProjects: assignment.toolingProjects).find()
        var result: [Classification] = []
        result.reserveCapacity(system.components.count)
        // Vendors, bindings and decision bases read the same for many components: one stored copy each.
        var storage = SharedClassificationStorage()
        for (index, component) in system.components.enumerated() {
            var classification = classification(of: component, match: matches[index], level: assignment.levels[index],
                                                license: licenses(component) ?? .unknown, platforms: platforms,
                                                optional: optional, unlinkedBy: assignment.unlinkedPins[index])
            if let origin = assignment.inheritedFrom[index] {
                let host = matches[origin].technology?.name ?? Self.fallbackGroup(of: system.components[origin])
                classification.counting(under: host)
            }
            classification.sharingStorage(with: &storage)
            result.append(classification)
        }
        return ClassifiedSystem(name: system.name, inComponentOrder: result)
    }

    /// The rule matches of `components`, in order, made on every core (perf18): each match reads only the rules.
    private func matches(of components: [Component]) -> [RuleMatch] {
        IndexedResults.made(count: components.count) { match(components[$0].purl) }
    }

    /// Classifies with licence facts looked up by purl.
    public func classify(_ system: SystemInventory, licenses: [PackageURL: LicenseFacts]) -> ClassifiedSystem {
        classify(system) { licenses[$0.purl] }
    }

    /// Classifies with licence facts given as `(category, isOSS)` per purl.
    public func classify(
        _ system: SystemInventory, licenseCategories: [PackageURL: (category: LicenseCategory, isOSS: Bool?)]
    ) -> ClassifiedSystem {
        classify(system) { component in
            licenseCategories[component.purl].map { LicenseFacts(category: $0.category, isOSS: $0.isOSS) }
        }
    }

    private func classification(of component: Component, match: RuleMatch, level: (StackLevel?, Decision),
                                license: LicenseFacts, platforms: [PlatformDeclaration],
                                optional: [String: OptionalBinding], unlinkedBy: String?) -> Classification {
        var decisions: [Decision] = []
        // Technology.
        let technology: String
        if let rule = match.technology {
            technology = rule.name
            decisions.append(Decision(fact: "technology", value: rule.name, reason: "technology rule matched",
                                      rule: rule.id, location: rule.location))
        } else {
            technology = Self.fallbackGroup(of: component)
            decisions.append(Decision(fact: "technology", value: technology,
                                      reason: "no technology rule; grouped by \(Self.groupKind(of: component))"))
        }
        decisions.append(level.1)
        // Binding.
        var binding: BindingFacts?
        if let rule = match.binding, let parent = unlinkedBy {
            // A pin no linked product needs is not built into the app: it calls nothing (`KnownDependencyEdges`).
            decisions.append(Decision(fact: "binding", value: "none",
                                      reason: "\(rule.platform)'s SDK, but not built into the app: it is \(parent)",
                                      rule: rule.id, location: rule.location))
        } else if let rule = match.binding {
            binding = BindingFacts(rule: rule.id, platform: rule.platform, kind: rule.kind,
                                   proprietary: rule.proprietary, vendor: rules.vendors[rule.vendor].map(VendorFacts.init))
            decisions.append(Decision(fact: "binding", value: rule.platform,
                                      reason: "\(rule.kind.rawValue) binding, "
                                          + (rule.proprietary ? "proprietary service" : "open service"),
                                      rule: rule.id, location: rule.location))
            if let declaration = platforms.first(where: { $0.concerns(rule: rule.id, platform: rule.platform) }),
               let inferred = binding {
                let declared = inferred.declared(by: declaration, vendors: rules.vendors)
                binding = declared
                let seat = declared.vendor.map { " (\($0.name), \($0.country ?? $0.bloc.rawValue))" } ?? ""
                decisions.append(Decision(fact: "binding", value: declaration.provider,
                                          reason: "declared: the system runs \(rule.platform)'s API at "
                                              + "\(declaration.provider)\(seat)" + (declaration.note.map { "; \($0)" } ?? ""),
                                          location: declaration.location))
            }
            if let choice = optional[rule.id], binding != nil {
                binding?.optional = choice
                let alternatives = choice.alternatives.joined(separator: ", ")
                let why = choice.endpoints.map { endpoints in
                    "the projects that declare it point it at an endpoint of their own (\(endpoints.joined(separator: "; "))): "
                        + "\(alternatives) serve the \(choice.role), so "
                } ?? "the projects that declare it also declare open alternatives for the \(choice.role) (\(alternatives)): "
                let reason = why + "\(rule.platform) is one choice among them, not a lock-in ("
                    + choice.sources.joined(separator: ", ") + ")"
                decisions.append(Decision(fact: "binding", value: "optional", reason: reason,
                                          rule: rule.id, location: rule.location))
            }
            if level.0 == .developmentTooling, let platform = binding?.platform {
                binding?.developmentOnly = true
                decisions.append(Decision(fact: "binding", value: "development only",
                                          reason: "the component serves development only (level development-tooling): "
                                              + "the build or the tests use \(platform), the running system does "
                                              + "not, so it does not tie the system to it",
                                          rule: rule.id, location: rule.location))
            }
        }
        // Vendor: the technology's steward, else the bound platform's vendor, else a WebJar's npm package's, else the
        // company's whose account an npm package was installed from or a WebJar built from.
        var vendor: VendorFacts?
        if let (found, reason) = namedSteward(of: component.purl, match: match) ?? accountSteward(of: component) {
            vendor = VendorFacts(found)
            decisions.append(Decision(fact: "vendor", value: found.name, reason: reason,
                                      rule: found.id, location: found.location))
        } else if let (presumed, decision) = presumedSteward(of: component) {
            vendor = presumed
            decisions.append(decision)
        } else {
            let stewards = accountStewards(of: component)
            let account = stewards.isEmpty
                ? Self.repositoryOwner(of: component).map { "; the repository belongs to \($0), an organisation account no rule knows" }
                : "; rules name other packages of its account as " + stewards.joined(separator: " or ") + "'s, so it is not presumed"
            decisions.append(Decision(fact: "vendor", value: "unknown", reason: "no rule names a vendor" + (account ?? "")))
        }
        // Bloc: the vendor's, else what a third-party Maven groupId's country domain shows.
        var bloc = vendor?.bloc ?? .unknown
        if vendor == nil, !component.isFirstParty, let seat = GroupDomainSeat.seat(of: component.purl) {
            bloc = seat.bloc
            decisions.append(Decision(fact: "bloc", value: seat.bloc.rawValue,
                                      reason: "no rule names a vendor; the groupId lies under the domain ."
                                          + "\(seat.domain)\(seat.country.map { " (\($0))" } ?? ""), and Maven Central "
                                          + "publishes under a domain only to whoever controls it"))
        }
        // Relicensing.
        let applied = match.relicensing.map(AppliedRelicensing.init)
        for event in match.relicensing {
            decisions.append(Decision(fact: "relicensing", value: "\(event.from) → \(event.to)",
                                      reason: "version \(component.version ?? "?") is in \(event.versions.text) "
                                          + "(\(event.project), \(event.date))",
                                      rule: event.id, location: event.location))
        }
        var (license, licenseDecision) = Self.licenseFacts(license, events: match.relicensing, known: relicensedLicenses)
        var statedLicense: String?
        if license == .unknown, let rule = match.technology, let known = Self.ruleLicense(of: rule, known: ruleLicenses) {
            (license, licenseDecision) = known
            statedLicense = rule.license
        }
        decisions.append(licenseDecision)
        var classification = Classification(
            purl: component.purl, level: level.0, technology: technology, technologyRule: match.technology?.id,
            vendor: vendor, bloc: bloc, governance: vendor?.governance, binding: binding,
            relicensing: applied, license: license, isFirstParty: component.isFirstParty, ships: component.ships,
            seal: nil, explanation: decisions)
        classification.statedLicense = statedLicense
        if component.isFirstParty {
            classification.explanation.append(Decision(fact: "seal", value: "none", reason: "first-party code"))
        } else {
            var (seal, reason) = options.seal.level(isOSS: classification.isOSS, vendor: vendor, binding: binding)
            if match.relicensing.contains(where: { !$0.ossAfter }), license.effectiveOSS == true {
                reason += " (the declared licence says OSS, but a relicensing event says otherwise)"
            }
            classification.seal = seal
            classification.explanation.append(Decision(fact: "seal", value: seal.map(String.init) ?? "not rated",
                                                       reason: reason))
        }
        return classification
    }

    /// The licence facts of a component: its own, or, when its licence is unknown and a relicensing event applies
    /// to its version, the event's new licence (the latest event when several apply), with the decision saying so.
    static func licenseFacts(_ own: LicenseFacts, events: [RelicensingEvent],
                             known: [String: LicenseFacts]) -> (LicenseFacts, Decision) {
        guard own.category == .unknown, own.isOSS == nil,
              let event = events.max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) else {
            return (own, Decision(fact: "license", value: own.category.rawValue,
                                  reason: own.effectiveOSS.map { $0 ? "OSS" : "not OSS" } ?? "unknown"))
        }
        let facts = known[event.id] ?? LicenseFacts(category: .unknown, isOSS: event.ossAfter)
        return (facts, Decision(fact: "license", value: facts.category.rawValue,
                                reason: "no licence is declared; relicensing event \(event.id) puts this version under "
                                    + "\(event.to) (" + (facts.effectiveOSS == true ? "OSS" : "not OSS") + ")",
                                rule: event.id, location: event.location))
    }

    /// The licence a technology rule states for what it matches ("known by rule"), with the decision naming the
    /// rule and the page that states the licence; `nil` when the rule states none or its facts are not known.
    static func ruleLicense(of rule: TechnologyRule, known: [String: LicenseFacts]) -> (LicenseFacts, Decision)? {
        guard let expression = rule.license, let facts = known[rule.id] else { return nil }
        let verdict = facts.effectiveOSS.map { $0 ? "OSS" : "not OSS" } ?? "OSS status unknown"
        return (facts, Decision(fact: "license", value: facts.category.rawValue,
                                reason: "known by rule: no licence is declared; technology rule \(rule.id) states "
                                    + "\(expression) (\(verdict)), source \(rule.licenseSource ?? "none")",
                                rule: rule.id, location: rule.location))
    }

    /// The group a component is counted under without a technology rule: Maven groupId, npm scope (or the
    /// name of an unscoped package), Swift repository (`host/owner/name`), else the name.
    public static func fallbackGroup(of component: Component) -> String {
        switch component.ecosystem {
        case .maven: component.purl.namespace ?? component.name
        case .npm: component.purl.namespace ?? component.purl.name
        case .swift: component.purl.namespace.map { "\($0)/\(component.purl.name)" } ?? component.purl.name
        case .container, .ci, .terraform, .generic:
            component.purl.namespace.map { "\($0)/\(component.purl.name)" } ?? component.purl.name
        }
    }

    private static func groupKind(of component: Component) -> String {
        switch component.ecosystem {
        case .maven: "Maven groupId"
        case .npm: component.purl.namespace == nil ? "npm package name" : "npm scope"
        case .swift: "Swift repository"
        case .container: "image repository"
        case .ci: "action or template"
        case .terraform: "provider or module address"
        case .generic: "purl namespace and name"
        }
    }
}
