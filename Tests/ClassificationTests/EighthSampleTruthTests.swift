import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: rules fixed after the eighth sample's blind measurement, each settled by a source (the rule notes):
/// documentation site generators, compile-time macros, Nuxt's CLI and builders and native add-on installers are
/// development tooling, PDF.js's Node canvas is build
/// time, Apache CXF is the backend's service framework, and the stewards of Antora, cache2k, Popper, screenfull and
/// the Dutch Ministry of Health's modules.
@Suite struct EighthSampleTruthTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func rule(_ purl: String) throws -> TechnologyRule? {
        classifier.match(try PackageURL(parsing: purl)).technology
    }

    @Test func documentationSitesAndMacrosAreDevelopmentTooling() throws {
        for purl in ["pkg:npm/%40antora/site-generator@3.1.10", "pkg:npm/antora-site-generator-lunr@0.6.1",
                     "pkg:npm/%40docusaurus/core@3.7.0", "pkg:npm/vitepress@1.6.3", "pkg:npm/%40vue-macros/define-render@3.1.2",
                     // A Markdown table-of-contents CLI, also where a project declares it as a dependency (fifteenth sample).
                     "pkg:npm/doctoc@2.2.1"] {
            #expect(try rule(purl)?.level == .developmentTooling, "\(purl)")
        }
        // Nuxt's CLI, builders and Nitro's build-time file tracing; native add-on installers run by install scripts.
        for purl in ["pkg:npm/%40nuxt/cli@3.35.2", "pkg:npm/%40nuxt/vite-builder@4.4.7", "pkg:npm/%40vercel/nft@1.10.2",
                     "pkg:npm/prebuild-install@7.1.3", "pkg:npm/napi-postinstall@0.3.0"] {
            #expect(try rule(purl)?.level == .developmentTooling, "\(purl)")
        }
        #expect(try rule("pkg:npm/nuxt@4.4.7")?.level == .frontend)
        #expect(try rule("pkg:npm/node-gyp-build@4.8.4")?.level == nil, "the loader runs wherever the add-on runs")
        #expect(try rule("pkg:maven/org.apache.cxf/cxf-rt-ws-security@4.1.4")?.level == .backend)
        #expect(try rule("pkg:maven/org.cache2k/cache2k-core@2.6.1.Final")?.level == .backend)
    }

    /// pdfjs-dist depends on a native canvas that only Node.js loads: in a browser app it does not ship.
    @Test func pdfJsNodeCanvasIsBuildTime() throws {
        let app = "pkg:npm/viewer@1.0.0"
        let pdfjs = "pkg:npm/pdfjs-dist@5.4.0"
        let canvas = "pkg:npm/%40napi-rs/canvas@0.1.80"
        let system = SystemInventory(
            name: "viewer", root: "/viewer",
            components: [try component(app, firstParty: true), try component(pdfjs, scope: .runtime, direct: true),
                         try component(canvas, scope: .runtime)],
            graph: DependencyGraph(edges: [try edge(app, pdfjs), try edge(pdfjs, canvas)]))
        let result = classifier.classify(system) { _ in nil }
        #expect(result.classification(of: try PackageURL(parsing: pdfjs))?.level == .frontend)
        let native = try #require(result.classification(of: try PackageURL(parsing: canvas)))
        #expect(native.level == .developmentTooling)
        #expect(native.explanation.contains { $0.fact == "level" && $0.reason.contains("a build-time dependency of pdfjs-dist") })
    }

    @Test func stewards() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/%40antora/file-publisher@3.1.10", "opendevise"),
            ("pkg:maven/org.cache2k/cache2k-api@2.6.1.Final", "headissue"),
            ("pkg:npm/%40popperjs/core@2.11.8", "independent"),
            ("pkg:npm/bootstrap@5.3.3", "bootstrap"),
            ("pkg:npm/screenfull@5.2.0", "sindresorhus"),
            ("pkg:swift/github.com/minvws/nl-rdo-app-ios-modules@1.0.0", "minvws"),
        ]
        for (purl, vendor) in expected { #expect(try rule(purl)?.vendor == vendor, "\(purl)") }
        let ministry = try #require(classifier.rules.vendors["minvws"])
        #expect(ministry.bloc == .eu && ministry.governance == .publicSector)
    }
}
