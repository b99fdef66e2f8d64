import Testing
@testable import Classification
import SovScanModel

/// A dependency of a full-stack npm project that only the files of one side import (`Component.importSideProperty`,
/// set by the npm cataloger) takes that side's level when no rule gives it one, and its tree inherits it (issue 15).
@Suite struct ImportSideLevelTests {
    static let app = "pkg:npm/saksbehandling-frontend@1.0.0"
    static let express = "pkg:npm/express@4.21.2", reactDOM = "pkg:npm/react-dom@18.3.1"
    static let deepEqual = "pkg:npm/deep-equal@2.2.3", objectIs = "pkg:npm/object-is@1.1.6"
    static let dayjs = "pkg:npm/dayjs@1.11.13"
    static let evidence = "imported only by the user interface (src/frontend/hooks/useDeepEffect.ts); no file of the "
        + "server (src/backend) imports it"

    /// Modelled on NAV's familie-ba-sak-frontend: Express and react-dom in one `package.json`, so the project is
    /// full-stack and its unplaced dependencies take the server side; deep-equal, which only the React hooks import,
    /// and object-is under it run in the browser.
    @Test func theInterfacesOwnDependencyIsFrontendWithItsTree() throws {
        let result = classify(declaredByAnotherProject: false)
        let (level, why) = try #require(result.classification(of: try PackageURL(parsing: Self.deepEqual))).levelDecision
        #expect(level == .frontend)
        #expect(why.hasSuffix("the level of the project that declares it (the client side of the full-stack project's "
                              + "files that import it: \(Self.evidence))") || why.hasSuffix(
                                "npm default for the client side of the full-stack project's files that import it: "
                                + Self.evidence), "\(why)")
        #expect(result.classification(of: try PackageURL(parsing: Self.objectIs))?.level == .frontend)
        // What both sides import keeps the full-stack project's server side.
        #expect(result.classification(of: try PackageURL(parsing: Self.dayjs))?.level == .backend)
    }

    /// When another first-party project declares the dependency too, its use there is not known: the side decides
    /// nothing and the project's weighing stands.
    @Test func aDependencyAnotherProjectDeclaresKeepsTheWeighing() throws {
        let result = classify(declaredByAnotherProject: true)
        #expect(result.classification(of: try PackageURL(parsing: Self.deepEqual))?.level == .backend)
    }

    private func classify(declaredByAnotherProject: Bool) -> ClassifiedSystem {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let worker = "pkg:npm/saksbehandling-worker@1.0.0"
        let firstParty = declaredByAnotherProject ? [Self.app, worker] : [Self.app]
        var components = (try? (firstParty + [Self.express, Self.reactDOM, Self.deepEqual, Self.objectIs, Self.dayjs]).map {
            try component($0, scope: .runtime, direct: $0 != Self.objectIs && !firstParty.contains($0),
                          firstParty: firstParty.contains($0))
        }) ?? []
        for index in components.indices where components[index].purl.description == Self.deepEqual {
            components[index].properties[Component.importSideProperty] = "client"
            components[index].properties[Component.importEvidenceProperty] = Self.evidence
        }
        var edges = [(Self.app, Self.express), (Self.app, Self.reactDOM), (Self.app, Self.deepEqual), (Self.app, Self.dayjs),
                     (Self.deepEqual, Self.objectIs)]
        if declaredByAnotherProject { edges += [(worker, Self.express), (worker, Self.deepEqual)] }
        let system = SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(
            edges: (try? edges.map { try edge($0.0, $0.1) }) ?? []))
        return classifier.classify(system) { _ in nil }
    }
}

private extension Classification {
    /// The level and the reason its decision gives.
    var levelDecision: (StackLevel?, String) { (level, explanation.first { $0.fact == "level" }?.reason ?? "") }
}
