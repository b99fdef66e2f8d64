import Testing
@testable import Classification
import SovScanModel

/// A package that a project's bundled user interface ships although it was declared for development
/// (`Component.bundledIntoInterfaceProperty`, set by the npm cataloger) runs in the browser: without a level of its
/// own it is `frontend`, also in a project whose server makes the rest of it `backend` (issue 15).
@Suite struct BundledInterfaceLevelTests {
    /// Modelled on Uptime Kuma: Express serves the pages, Vue and a favicon badge library are bundled into them,
    /// and an encoding detector that only the server uses has no level of its own.
    @Test func aBundledPackageWithoutALevelIsFrontendBesideAServer() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let app = "pkg:npm/status-board@2.0.4"
        let express = "pkg:npm/express@4.21.2", vue = "pkg:npm/vue@3.5.13"
        let favicon = "pkg:npm/favico.js@0.3.10", chardet = "pkg:npm/chardet@2.1.0"
        var components = try [app, express, vue, favicon, chardet].map {
            try component($0, scope: .runtime, direct: $0 != app, firstParty: $0 == app)
        }
        components[2].properties[Component.bundledIntoInterfaceProperty] = "imported by src/App.vue; vite config config/vite.config.js"
        components[3].properties[Component.bundledIntoInterfaceProperty] = "imported by src/App.vue; vite config config/vite.config.js"
        let system = SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(
            edges: try [express, vue, favicon, chardet].map { try edge(app, $0) }))
        let result = classifier.classify(system) { _ in nil }
        let (level, why) = try #require(result.classification(of: try PackageURL(parsing: favicon)))
            .explanationLevel
        #expect(level == .frontend)
        #expect(why == "direct dependency; npm default for a package bundled into the user interface (imported by "
                    + "src/App.vue; vite config config/vite.config.js)", "\(why)")
        #expect(result.classification(of: try PackageURL(parsing: vue))?.level == .frontend)
        #expect(result.classification(of: try PackageURL(parsing: chardet))?.level == .backend)
        #expect(result.classification(of: try PackageURL(parsing: express))?.level == .backend)
    }
}

private extension Classification {
    /// The level and the reason its decision gives.
    var explanationLevel: (StackLevel?, String) { (level, explanation.first { $0.fact == "level" }?.reason ?? "") }
}
