import Foundation
import SovScanModel
import Testing
@testable import SovScanKit

/// The scanner hands the build tooling of the rules to the npm cataloger (`RuleBuildTooling`), so that a bundled
/// front end packs none of it merely because a packed package declares it (issue 15).
struct BundledToolingRulesTests {
    /// Modelled on Wiki.js 2 (the catalogers' fixture `bundled-tooling-dependencies`): mermaid 8 ships, and so do
    /// its drawing libraries; its `babel-eslint` and `minify` trees, filed under Babel and the minifiers, do not.
    @Test func theToolingOfTheRulesIsNotPackedIntoABundle() throws {
        let fixture = CommandLineTests.repositoryRoot
            .appendingPathComponent("Tests/CatalogersTests/Fixtures/npm/bundled-tooling-dependencies").path
        let system = try #require(Scanner().scan(paths: [fixture]).systems.first)
        for purl in ["pkg:npm/babel-eslint@10.1.0", "pkg:npm/%40babel/types@7.8.3", "pkg:npm/minify@4.1.3",
                     "pkg:npm/terser@4.6.7", "pkg:npm/try-catch@2.0.1", "pkg:npm/editorconfig@0.15.3"] {
            #expect(system.component(try PackageURL(parsing: purl))?.scope == .dev, "\(purl)")
        }
        for purl in ["pkg:npm/mermaid@8.8.2", "pkg:npm/dagre@0.8.5", "pkg:npm/lodash@4.17.21", "pkg:npm/js-beautify@1.13.5"] {
            #expect(system.component(try PackageURL(parsing: purl))?.scope == .runtime, "\(purl)")
        }
    }
}
