import SovScanModel
import Testing
@testable import Classification

/// A Next.js project that `next.config.js` exports statically (`output: 'export'`) runs no Next.js server: it is a
/// client app, not the full-stack project that `next` beside `react-dom` makes of it otherwise (issue 15). Next.js
/// itself has no level of its own: it is the server of a full-stack project and the page framework of a static
/// export (thirteenth session).
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
        #expect(try level(result, "pkg:npm/next").0 == .frontend)
    }

    /// Modelled on france-chaleur-urbaine: Next.js pages, API routes and a tRPC server on Kysely and PostgreSQL in
    /// one `package.json`. `next start` serves both, so Next.js and what it loads on the server (`@next/env`) take
    /// the server side (the twelfth sample labels `next` `backend`, the seventh `@next/env`); React DOM stays the
    /// browser's.
    @Test func nextJsIsTheServerOfAFullStackProject() throws {
        let (_, result) = try scan("npm-levels/next-full-stack")
        let (next, why) = try level(result, "pkg:npm/next")
        #expect(next == .backend)
        #expect(why.contains("full-stack project (server: next"), "\(why)")
        #expect(try level(result, "pkg:npm/%40next/env").0 == .backend)
        #expect(try level(result, "pkg:npm/react-dom").0 == .frontend)
        #expect(try level(result, "pkg:npm/pg").0 == .database)
    }
}
