@testable import Catalogers
import SovScanModel
import Testing

/// In a full-stack npm project (a server and the user interface it serves in one `package.json`), a shipping
/// dependency that only the files of one side import is marked with that side (issue 15).
@Suite struct ImportSidesTests {
    /// Modelled on NAV's familie-ba-sak-frontend: an Express server in `src/backend` and a React interface in
    /// `src/frontend`, one `package.json` with a pnpm lockfile. The interface's deep-equal and the server's proxy
    /// middleware take their side; what both sides import (dayjs) and what no file imports take none; the test file
    /// that imports the proxy middleware beside the hook does not count, and neither does a script in `scripts/`
    /// (no side of its own) that imports deep-equal.
    @Test func aDependencyOnlyOneSideImportsTakesThatSide() throws {
        let result = NPMFixtures.catalog("full-stack-sides")
        let deepEqual = try #require(result.component("pkg:npm/deep-equal@2.2.3"))
        #expect(deepEqual.properties[Component.importSideProperty] == "client")
        #expect(deepEqual.properties[Component.importEvidenceProperty]
                    == "imported only by the user interface (src/frontend/hooks/useDeepEffect.ts); no file of the "
                    + "server (src/backend) imports it")
        let proxy = try #require(result.component("pkg:npm/http-proxy-middleware@3.0.3"))
        #expect(proxy.properties[Component.importSideProperty] == "server")
        #expect(proxy.properties[Component.importEvidenceProperty]
                    == "imported only by the server (src/backend/proxy.ts); no file of the user interface "
                    + "(src/frontend) imports it")
        #expect(result.component("pkg:npm/react-dom@18.3.1")?.properties[Component.importSideProperty] == "client")
        #expect(result.component("pkg:npm/express@4.21.2")?.properties[Component.importSideProperty] == "server")
        #expect(result.component("pkg:npm/dayjs@1.11.13")?.properties[Component.importSideProperty] == nil)
        // A transitive package and a development dependency get no side: the first inherits, the second ships not.
        #expect(result.component("pkg:npm/object-is@1.1.6")?.properties[Component.importSideProperty] == nil)
        #expect(result.component("pkg:npm/vite@5.4.11")?.properties[Component.importSideProperty] == nil)
    }

    /// A project with one side only is not full-stack: an Express server whose scripts folder also runs, or a
    /// bundled Svelte interface, marks nothing.
    @Test func aProjectWithOneSideMarksNothing() {
        for fixture in ["script-files", "bundled-svelte-app", "pnpm-v9"] {
            let marked = NPMFixtures.catalog(fixture).components.filter { $0.properties[Component.importSideProperty] != nil }
            #expect(marked.isEmpty, "\(fixture): \(marked.map(\.purl.description))")
        }
    }

    /// Modelled on the Epic Stack (a React Router 7 application served by Express, one `package.json`): the modules
    /// React Router keeps out of the browser bundle by their names (`app/utils/email.server.ts`, `app/.server/`) are
    /// the server's although they sit in `app/` beside the user interface, so React Email and marked take the
    /// server's side; date-fns, which the root component imports, stays the user interface's.
    @Test func serverOnlyModulesOfAFullStackFrameworkAreTheServers() throws {
        let result = NPMFixtures.catalog("react-router-server-modules")
        let email = try #require(result.component("pkg:npm/%40react-email/components@0.0.41"))
        #expect(email.properties[Component.importSideProperty] == "server")
        #expect(email.properties[Component.importEvidenceProperty]
                    == "imported only by the server (app/utils/email.server.ts); no file of the user interface (app) imports it")
        #expect(result.component("pkg:npm/marked@15.0.12")?.properties[Component.importSideProperty] == "server")
        #expect(result.component("pkg:npm/date-fns@4.1.0")?.properties[Component.importSideProperty] == "client")
        #expect(result.component("pkg:npm/express@4.21.2")?.properties[Component.importSideProperty] == "server")
    }

    /// The frameworks' names for server-only modules, and names that only look like them.
    @Test func serverOnlyModulesAreKnownByTheirFrameworksNames() {
        let serverOnly = ["app/utils/email.server.ts", "app/.server/db.ts", "web/app/entry.server.tsx",
                          "src/routes/+page.server.ts", "src/routes/api/+server.ts", "src/hooks.server.ts",
                          "src/lib/server/db.ts", "pages/api/hello.ts", "src/pages/api/users/[id].ts",
                          "app/api/users/route.ts", "src/app/feed/route.js"]
        for file in serverOnly {
            let folder = file.hasPrefix("web/") ? "web" : ""
            #expect(ServerOnlyModules.isServerOnly(file, in: folder, imports: []), "\(file)")
        }
        let notServerOnly = ["app/routes/_index.tsx", "app/components/Route.tsx", "src/lib/serverless.ts",
                             "lib/server.ts", "src/observer.server-side.md.ts", "pages/apiary.ts", "docs/pages/api/intro.md"]
        for file in notServerOnly {
            #expect(!ServerOnlyModules.isServerOnly(file, in: "", imports: []), "\(file)")
        }
        #expect(ServerOnlyModules.isServerOnly("src/data/queries.ts", in: "", imports: ["server-only", "zod"]))
    }

    /// An area is its top-level folder, `src/<side>` for a folder inside `src` named for a side, or a top-level file.
    @Test func areasFollowTheProjectsFolders() {
        #expect(ImportSides.area(of: "web/src/backend/proxy.ts", in: "web") == "web/src/backend")
        #expect(ImportSides.area(of: "web/src/pages/Home.vue", in: "web") == "web/src")
        #expect(ImportSides.area(of: "server/routes/api.js", in: "") == "server")
        #expect(ImportSides.area(of: "index.js", in: "") == "index.js")
    }
}
