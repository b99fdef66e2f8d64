import SovScanModel
import Testing
@testable import Classification

/// A Next.js project that `next.config.js` exports statically (`output: 'export'`) runs no Next.js server: it is a
/// client app, not the full-stack project that `next` beside `react-dom` makes of it otherwise (issue 15).
@Suite struct NextStaticExportLevelTests: ScansFixtures {
    /// Modelled on La Suite's Docs front end (`src/frontend/apps/impress`): Next.js with a static export, whose
    /// documents are exported to PDF in the browser with react-pdf. react-pdf and its tree are the front end's.
    @Test func aStaticExportsDependenciesRunInTheBrowser() throws {
        let (system, result) = try scan("npm-levels/next-static-export")
        let project = try #require(system.components.first { $0.isFirstParty && $0.name == "app-impress" })
        #expect(project.properties[Component.clientAppProperty] == "Next.js static export (next.config.js: output 'export')")
        let (renderer, why) = try level(result, "pkg:npm/%40react-pdf/renderer")
        #expect(renderer == .frontend)
        #expect(why.contains("frontend app (Next.js static export (next.config.js: output 'export')"), "\(why)")
        #expect(try level(result, "pkg:npm/%40react-pdf/primitives").0 == .frontend)
    }
}
