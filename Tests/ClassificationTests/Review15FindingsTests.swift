import SovScanModel
import Testing
@testable import Classification

/// Review of the browser-build and provisioning-project changes (62257bd9..1ab27d0b): cases the new mechanisms get
/// wrong. Every test but `isomorphicFetchLeavesOutNodeFetch` fails on 1ab27d0b.
@Suite struct Review15FindingsTests: ScansFixtures {
    /// Electron's main process (and a preload with Node integration) runs axios' Node build, and electron-builder
    /// packs the `dependencies` into app.asar whole: the React renderer makes AppKind call the app a client, but
    /// form-data, follow-redirects and proxy-from-env ship.
    @Test func electronAppKeepsAxiosNodeTree() throws {
        let (_, result) = try scan("npm-levels/review15/electron")
        for name in ["pkg:npm/form-data", "pkg:npm/follow-redirects", "pkg:npm/proxy-from-env", "pkg:npm/mime-db"] {
            let (level, reason) = try level(result, name)
            #expect(level != .developmentTooling, "\(name): \(reason)")
        }
    }

    /// SolidStart and Analog render on a server by default (Nitro); `BrowserBuildEdges.serverRendering` lacks them.
    @Test func serverRenderingMetaFrameworksKeepAxiosNodeTree() throws {
        for fixture in ["solidstart", "analog"] {
            let (_, result) = try scan("npm-levels/review15/\(fixture)")
            let (level, reason) = try level(result, "pkg:npm/form-data")
            #expect(level != .developmentTooling, "\(fixture): \(reason)")
        }
    }

    /// In an npm workspace the cataloger links the root to every workspace (runtime edges), so the first pass,
    /// from the root, reaches the Vue workspace along every edge and the browser build never leaves anything out.
    @Test func npmWorkspaceClientAppLeavesOutFormData() throws {
        let (_, result) = try scan("npm-levels/review15/workspace")
        let (level, reason) = try level(result, "pkg:npm/form-data")
        #expect(level == .developmentTooling, "\(reason)")
        // express' accepts reaches mime-types: the server ships it.
        #expect(try self.level(result, "pkg:npm/mime-types").0 != .developmentTooling)
    }

    /// A CDK app whose Lambda handlers live in the same package.json (NodejsFunction entries, no server framework)
    /// is the application: Middy and zod run in the Lambda, not at deploy time.
    @Test func cdkAppWithLambdaHandlersIsNotOnlyOperations() throws {
        let (_, result) = try scan("npm-levels/review15/cdk-lambda")
        for name in ["pkg:npm/%40middy/core", "pkg:npm/zod"] {
            let (level, reason) = try level(result, name)
            #expect(level == .backend, "\(name): \(reason)")
        }
    }

    /// A Svelte site (svelte and @sveltejs/kit declared for development, as Svelte apps do; AppKind counts them as
    /// client evidence) with its CDK deployment stack in the same package.json is a client app, not infrastructure code.
    @Test func svelteSiteWithCdkStackStaysFrontend() throws {
        let (_, result) = try scan("npm-levels/review15/svelte-cdk")
        #expect(try level(result, "pkg:npm/date-fns").0 == .frontend)
        let site = try #require(result.classifications.first { $0.purl.description == "pkg:npm/site" })
        #expect(site.level == .frontend)
    }

    /// Passes today: the isomorphic-fetch -> node-fetch and node-fetch -> whatwg-url edges are exercised by no test of
    /// BrowserBuildLevelTests (the fixture's API ships node-fetch), so removing them from `nodeOnly` went unnoticed.
    @Test func isomorphicFetchLeavesOutNodeFetch() throws {
        let (_, result) = try scan("npm-levels/review15/isofetch")
        for name in ["pkg:npm/node-fetch", "pkg:npm/whatwg-url", "pkg:npm/tr46", "pkg:npm/webidl-conversions"] {
            #expect(try level(result, name).0 == .developmentTooling, "\(name)")
        }
        #expect(try level(result, "pkg:npm/whatwg-fetch").0 == .frontend)
    }
}
