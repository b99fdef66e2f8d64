import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Builds a component from a purl string.
func component(_ text: String, scope: Scope = .compile, direct: Bool = false, firstParty: Bool = false) throws
    -> Component {
    let purl = try PackageURL(parsing: text)
    let ecosystem = Ecosystem(purlType: purl.type)
    return Component(purl: purl, ecosystem: ecosystem, group: purl.namespace, name: purl.name, version: purl.version,
                     scope: scope, isDirect: direct, isFirstParty: firstParty)
}

func edge(_ from: String, _ to: String) throws -> DependencyEdge {
    DependencyEdge(from: try PackageURL(parsing: from), to: try PackageURL(parsing: to), scope: .compile)
}

@Suite struct ClassifierTests {
    let classifier: Classifier

    init() {
        let (rules, _) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")])
        classifier = Classifier(rules: rules)
    }

    /// The pattern indexes are built by the first match, not by the classifier's creation: a scan of an empty folder
    /// never builds them (issue 17). Copies share the indexes once built.
    @Test func theRuleIndexesAreBuiltAtTheFirstMatchOnly() throws {
        let fresh = Classifier(rules: classifier.rules)
        #expect(!fresh.matchers.isBuilt)
        let empty = fresh.classify(SystemInventory(name: "empty", root: "/empty")) { _ in nil }
        #expect(empty.classifications.isEmpty)
        #expect(!fresh.matchers.isBuilt)
        let copy = fresh
        let match = copy.match(try PackageURL(parsing: "pkg:maven/com.acme.web/web-core@1.0"))
        #expect(match.technology?.id == "webfw")
        #expect(fresh.matchers.isBuilt)
    }

    private func classify(_ components: [Component], edges: [DependencyEdge] = [],
                          licenses: [String: LicenseFacts] = [:]) throws -> ClassifiedSystem {
        var byPurl: [PackageURL: LicenseFacts] = [:]
        for (text, facts) in licenses { byPurl[try PackageURL(parsing: text)] = facts }
        let system = SystemInventory(name: "app", root: "/app", components: components,
                                     graph: DependencyGraph(edges: edges))
        return classifier.classify(system, licenses: byPurl)
    }

    @Test func technologyRuleDecidesLevelVendorAndExplains() throws {
        let result = try classify([try component("pkg:maven/com.acme.web/web-core@2.0.0", direct: true)],
                                  licenses: ["pkg:maven/com.acme.web/web-core@2.0.0": .init(category: .permissive,
                                                                                             isOSS: true)])
        let item = try #require(result.classifications.first)
        #expect(item.technology == "Web Framework")
        #expect(item.technologyRule == "webfw")
        #expect(item.level == .backend)
        #expect(item.vendor?.id == "acme")
        #expect(item.bloc == .us)
        #expect(item.governance == .company)
        #expect(item.relicensing.isEmpty)
        #expect(item.seal == 2)
        let level = try #require(item.explanation.first { $0.fact == "level" })
        #expect(level.rule == "webfw")
        #expect(level.location?.file.hasSuffix("base/technologies/base.yml") == true)
        #expect(level.location?.line == 3)
    }

    @Test func exactPatternBeatsGlob() throws {
        let result = try classify([try component("pkg:maven/com.acme.web/web-test@2.0.0", direct: true)])
        #expect(result.classifications.first?.technologyRule == "webfw-test")
        #expect(result.classifications.first?.level == .developmentTooling)
    }

    @Test func versionRangeOnTechnologyPattern() throws {
        let result = try classify([try component("pkg:maven/com.acme.db/driver@1.9", direct: true),
                                   try component("pkg:maven/com.acme.db/driver2@2.1", direct: true),
                                   try component("pkg:maven/com.acme.db/driver@2.0.1", direct: true)])
        let byVersion = Dictionary(uniqueKeysWithValues: result.classifications.map { ($0.purl.description, $0) })
        #expect(byVersion["pkg:maven/com.acme.db/driver@1.9"]?.technologyRule == nil)
        #expect(byVersion["pkg:maven/com.acme.db/driver@1.9"]?.technology == "com.acme.db")
        #expect(byVersion["pkg:maven/com.acme.db/driver@2.0.1"]?.technologyRule == "newdb")
        #expect(byVersion["pkg:maven/com.acme.db/driver@2.0.1"]?.level == .database)
    }

    @Test func relicensingAppliesOnlyFromItsVersion() throws {
        let oss = LicenseFacts(category: .permissive, isOSS: true)
        let result = try classify([try component("pkg:maven/com.acme.web/web-core@2.9.9", direct: true),
                                   try component("pkg:maven/com.acme.web/web-core@3.0.0", direct: true)],
                                  licenses: ["pkg:maven/com.acme.web/web-core@2.9.9": oss,
                                             "pkg:maven/com.acme.web/web-core@3.0.0": oss])
        let old = try #require(result.classifications.first { $0.purl.version == "2.9.9" })
        let new = try #require(result.classifications.first { $0.purl.version == "3.0.0" })
        #expect(old.relicensing.isEmpty)
        #expect(old.isOSS == true)
        #expect(new.relicensing.map(\.event) == ["webfw-bsl"])
        #expect(new.relicensing.first?.to == "BUSL-1.1")
        #expect(new.isOSS == false)
        #expect(new.seal == 0)
        #expect(new.explanation.contains { $0.fact == "relicensing" && $0.rule == "webfw-bsl" })
    }

    @Test func bindingGivesPlatformVendorAndCapsSeal() throws {
        let oss = LicenseFacts(category: .permissive, isOSS: true)
        let result = try classify([try component("pkg:maven/com.acme.cloud/sdk-s3@1.0", direct: true),
                                   try component("pkg:npm/eu-cloud-sdk@1.0.0", direct: true)],
                                  licenses: ["pkg:maven/com.acme.cloud/sdk-s3@1.0": oss,
                                             "pkg:npm/eu-cloud-sdk@1.0.0": oss])
        let acme = try #require(result.classifications.first { $0.purl.type == "maven" })
        #expect(acme.binding?.platform == "AcmeCloud")
        #expect(acme.binding?.kind == .cloud)
        #expect(acme.binding?.proprietary == true)
        #expect(acme.vendor?.id == "acme")
        #expect(acme.seal == 1)
        let eu = try #require(result.classifications.first { $0.purl.type == "npm" })
        #expect(eu.binding?.vendor?.bloc == .eu)
        #expect(eu.seal == 2)
    }

    @Test func sealLevels() {
        let rule = SealRule()
        func vendor(_ bloc: Bloc, _ governance: Governance) -> VendorFacts {
            VendorFacts(Vendor(id: "v", name: "V", country: nil, bloc: bloc, governance: governance, sources: ["https://v.example"]))
        }
        #expect(rule.level(isOSS: nil, vendor: nil, binding: nil).level == nil, "an unknown licence is not rated")
        #expect(rule.level(isOSS: nil, vendor: vendor(.eu, .foundation), binding: nil).reason.contains("licence is unknown"))
        #expect(rule.level(isOSS: false, vendor: vendor(.us, .company), binding: nil).level == 0)
        #expect(rule.level(isOSS: false, vendor: vendor(.eu, .company), binding: nil).level == 1)
        #expect(rule.level(isOSS: true, vendor: nil, binding: nil).level == 2)
        #expect(rule.level(isOSS: true, vendor: vendor(.us, .company), binding: nil).level == 2)
        #expect(rule.level(isOSS: true, vendor: vendor(.eu, .company), binding: nil).level == 3)
        #expect(rule.level(isOSS: true, vendor: vendor(.us, .foundation), binding: nil).level == 3)
        #expect(rule.level(isOSS: true, vendor: vendor(.international, .community), binding: nil).level == 3)
        // A presumed steward (no rule names it) is rated as an unknown one: a presumption lifts no gate.
        var presumed = vendor(.unknown, .community)
        presumed.presumed = true
        #expect(rule.level(isOSS: true, vendor: presumed, binding: nil).level == 2)
        #expect(rule.level(isOSS: true, vendor: presumed, binding: nil).reason.contains("presumed"))
        #expect(rule.level(isOSS: true, vendor: vendor(.eu, .publicSector), binding: nil).level == 4)
        let strict = SealRule(proprietaryBindingCapEU: 1, proprietaryBindingCapNonEU: 0)
        let binding = BindingFacts(rule: "b", platform: "P", kind: .cloud, proprietary: true, vendor: vendor(.us, .company))
        #expect(strict.level(isOSS: true, vendor: vendor(.eu, .foundation), binding: binding).level == 0)
    }

    @Test func nonShippingScopeIsDevelopmentTooling() throws {
        let result = try classify([try component("pkg:maven/com.acme.web/web-core@2.0", scope: .test, direct: true),
                                   try component("pkg:npm/%40ui/button@1.0.0", scope: .dev, direct: true)])
        #expect(result.classifications.allSatisfy { $0.level == .developmentTooling })
        #expect(result.classifications.allSatisfy { !$0.ships })
        #expect(result.classifications.first?.explanation.contains { $0.reason.contains("does not ship") } == true)
    }

    @Test func transitiveInheritsFromClosestDirectDependency() throws {
        // app → ui (frontend, direct) → util-a → util-b ; app → web-core (backend, direct) → x → y → util-b
        let components = [
            try component("pkg:npm/app@1.0.0", direct: false, firstParty: true),
            try component("pkg:npm/ui-kit@1.0.0", direct: true),
            try component("pkg:npm/util-a@1.0.0"),
            try component("pkg:npm/util-b@1.0.0"),
            try component("pkg:npm/lonely@1.0.0"),
            try component("pkg:maven/com.acme.web/web-core@2.0", direct: true),
            try component("pkg:maven/org.other/x@1.0"),
            try component("pkg:maven/org.other/y@1.0"),
        ]
        let edges = [
            try edge("pkg:npm/app@1.0.0", "pkg:npm/ui-kit@1.0.0"),
            try edge("pkg:npm/ui-kit@1.0.0", "pkg:npm/util-a@1.0.0"),
            try edge("pkg:npm/util-a@1.0.0", "pkg:npm/util-b@1.0.0"),
            try edge("pkg:maven/com.acme.web/web-core@2.0", "pkg:maven/org.other/x@1.0"),
            try edge("pkg:maven/org.other/x@1.0", "pkg:maven/org.other/y@1.0"),
            try edge("pkg:maven/org.other/y@1.0", "pkg:npm/util-b@1.0.0"),
        ]
        let result = try classify(components, edges: edges)
        func level(_ text: String) throws -> StackLevel? {
            result.classification(of: try PackageURL(parsing: text))?.level
        }
        #expect(try level("pkg:npm/util-a@1.0.0") == .frontend)
        // util-b: ui-kit at distance 2, web-core at distance 3: the closest wins.
        #expect(try level("pkg:npm/util-b@1.0.0") == .frontend)
        #expect(try level("pkg:maven/org.other/y@1.0") == .backend)
        let utilB = try #require(result.classification(of: try PackageURL(parsing: "pkg:npm/util-b@1.0.0")))
        #expect(utilB.technologyRule == "util")
        #expect(utilB.explanation.contains { $0.fact == "level" && $0.reason.contains("ui-kit") && $0.reason.contains("distance 2") })
        // Not reachable from a direct dependency: the npm default of a frontend app.
        #expect(try level("pkg:npm/lonely@1.0.0") == .frontend)
        // First-party npm code in a frontend app.
        #expect(try level("pkg:npm/app@1.0.0") == .frontend)
        #expect(result.classification(of: try PackageURL(parsing: "pkg:npm/app@1.0.0"))?.seal == nil)
    }

    @Test func mostCommonLevelWinsAtEqualDistance() throws {
        let components = [
            try component("pkg:maven/com.acme.web/a@1", direct: true),
            try component("pkg:maven/com.acme.web/b@1", direct: true),
            try component("pkg:maven/com.acme.db/driver@2.0", direct: true),
            try component("pkg:maven/org.shared/lib@1"),
        ]
        let edges = [
            try edge("pkg:maven/com.acme.web/a@1", "pkg:maven/org.shared/lib@1"),
            try edge("pkg:maven/com.acme.web/b@1", "pkg:maven/org.shared/lib@1"),
            try edge("pkg:maven/com.acme.db/driver@2.0", "pkg:maven/org.shared/lib@1"),
        ]
        let result = try classify(components, edges: edges)
        let lib = try #require(result.classification(of: try PackageURL(parsing: "pkg:maven/org.shared/lib@1")))
        #expect(lib.level == .backend)
        let reason = try #require(lib.explanation.first { $0.fact == "level" }?.reason)
        #expect(reason.contains("com.acme.web:a") && reason.contains("com.acme.web:b") && !reason.contains("driver"))
    }

    @Test func npmOutsideAFrontendAppDefaultsToBackend() throws {
        let result = try classify([try component("pkg:npm/left-pad@1.3.0", direct: true)])
        #expect(result.classifications.first?.level == .backend)
        #expect(result.classifications.first?.technology == "left-pad")
    }

    @Test func swiftDependenciesOfAClientAppDefaultToFrontend() throws {
        var app = try component("pkg:swift/local/App", direct: false, firstParty: true)
        app.properties[Component.clientAppProperty] = "Xcode application target App"
        let components = [app,
                          try component("pkg:swift/github.com/example/networking@1.0.0", direct: true),
                          try component("pkg:swift/github.com/example/helpers@2.0.0")]
        let edges = [try edge("pkg:swift/local/App", "pkg:swift/github.com/example/networking@1.0.0"),
                     try edge("pkg:swift/github.com/example/networking@1.0.0", "pkg:swift/github.com/example/helpers@2.0.0")]
        let result = try classify(components, edges: edges)
        let networking = try #require(result.classification(of: try PackageURL(parsing: "pkg:swift/github.com/example/networking@1.0.0")))
        #expect(networking.level == .frontend)
        #expect(networking.explanation.contains {
            $0.fact == "level" && $0.reason.contains("frontend app (Xcode application target App)")
        })
        #expect(result.classification(of: try PackageURL(parsing: "pkg:swift/github.com/example/helpers@2.0.0"))?.level == .frontend)
        // Without the evidence the same system is a backend one.
        let plain = try classify([try component("pkg:swift/local/App", direct: false, firstParty: true)] + components.dropFirst(),
                                 edges: edges)
        #expect(plain.classification(of: try PackageURL(parsing: "pkg:swift/github.com/example/networking@1.0.0"))?.level == .backend)
    }

    @Test func fallbackGroups() throws {
        #expect(Classifier.fallbackGroup(of: try component("pkg:maven/org.x/y@1")) == "org.x")
        #expect(Classifier.fallbackGroup(of: try component("pkg:npm/%40scope/pkg@1")) == "@scope")
        #expect(Classifier.fallbackGroup(of: try component("pkg:swift/github.com/o/r@1")) == "github.com/o/r")
    }

    @Test func licenseClosureAndTupleAPIAgree() throws {
        let item = try component("pkg:npm/ui-kit@1.0.0", direct: true)
        let system = SystemInventory(name: "s", root: "/s", components: [item])
        let viaTuple = classifier.classify(system, licenseCategories: [item.purl: (category: .proprietary, isOSS: false)])
        let viaClosure = classifier.classify(system) { _ in LicenseFacts(category: .proprietary, isOSS: false) }
        #expect(viaTuple == viaClosure)
        #expect(viaTuple.classifications.first?.isOSS == false)
        #expect(viaTuple.classifications.first?.seal == 1)
    }
}

@Suite struct SBOMPropertyTests {
    @Test func propertiesAndExplanation() throws {
        let (rules, _) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")])
        let item = try component("pkg:maven/com.acme.web/web-core@3.1.0", direct: true)
        let system = SystemInventory(name: "s", root: "/s", components: [item])
        let result = Classifier(rules: rules).classify(system) { _ in LicenseFacts(category: .permissive, isOSS: true) }
        let classification = try #require(result.classifications.first)
        let properties = Dictionary(uniqueKeysWithValues: classification.sbomProperties.map { ($0.name, $0.value) })
        #expect(properties["sovscan:level"] == "backend")
        #expect(properties["sovscan:technology"] == "Web Framework")
        #expect(properties["sovscan:vendor"] == "Acme Corp")
        #expect(properties["sovscan:vendor-country"] == "US")
        #expect(properties["sovscan:bloc"] == "US")
        #expect(properties["sovscan:governance"] == "company")
        #expect(properties["sovscan:relicensed"] == "Web Framework: Apache-2.0 → BUSL-1.1 for >= 3.0.0 (2024-01-02)")
        #expect(properties["sovscan:seal"] == "0")
        #expect(properties["sovscan:first-party"] == "false")
        #expect(properties["sovscan:binding"] == nil)
        #expect(classification.sbomProperties.map(\.name) == classification.sbomProperties.map(\.name).sorted())
        let text = classification.explanationText
        #expect(text.hasPrefix("pkg:maven/com.acme.web/web-core@3.1.0\n"))
        #expect(text.contains("level = backend: level of technology Web Framework [rule webfw at "))
        #expect(text.contains("relicensing = Apache-2.0 → BUSL-1.1"))
    }
}

@Suite struct ToolingInheritanceTests {
    @Test func shippingParentBeatsCloserToolingParent() throws {
        let (rules, _) = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")])
        // x is one edge from web-test (development-tooling by rule) and two edges from ui-kit (frontend).
        let components = [
            try component("pkg:maven/com.acme.web/web-test@1", direct: true),
            try component("pkg:npm/ui-kit@1.0.0", direct: true),
            try component("pkg:npm/mid@1.0.0"),
            try component("pkg:npm/x@1.0.0"),
            try component("pkg:npm/only-tooling@1.0.0"),
        ]
        let edges = [
            try edge("pkg:maven/com.acme.web/web-test@1", "pkg:npm/x@1.0.0"),
            try edge("pkg:maven/com.acme.web/web-test@1", "pkg:npm/only-tooling@1.0.0"),
            try edge("pkg:npm/ui-kit@1.0.0", "pkg:npm/mid@1.0.0"),
            try edge("pkg:npm/mid@1.0.0", "pkg:npm/x@1.0.0"),
        ]
        let system = SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(edges: edges))
        let result = Classifier(rules: rules).classify(system) { _ in nil }
        #expect(result.classification(of: try PackageURL(parsing: "pkg:npm/x@1.0.0"))?.level == .frontend)
        #expect(result.classification(of: try PackageURL(parsing: "pkg:npm/only-tooling@1.0.0"))?.level
                == .developmentTooling)
    }
}
