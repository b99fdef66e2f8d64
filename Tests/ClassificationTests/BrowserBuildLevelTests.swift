import SovScanModel
import Testing
@testable import Classification

/// What a package's browser build leaves out does not ship in a browser-only client app: axios maps its HTTP adapter
/// and its Node platform's FormData away, form-data's browser entry is the browser's own FormData, isomorphic-fetch
/// loads whatwg-fetch instead of node-fetch (`BrowserBuildEdges`; issue 15, sixteenth sample: schulportal-client's
/// form-data tree and web-mapviewer's mime-db were labelled `development-tooling`). A server's code, or a client
/// app that renders on a server (Nuxt), runs the Node versions and ships them.
@Suite struct BrowserBuildLevelTests: ScansFixtures {
    /// A Vue app beside its Express API and a Nuxt app, each with its own lockfile.
    @Test func whatTheBrowserBuildLeavesOutDoesNotShip() throws {
        let (_, result) = try scan("npm-levels/browser-build")
        func item(_ purl: String) throws -> Classification {
            try #require(result.classifications.first { $0.purl.description.hasPrefix(purl + "@") || $0.purl.description == purl },
                         "\(purl)")
        }
        func reason(_ purl: String) throws -> String { try item(purl).explanation.first { $0.fact == "level" }?.reason ?? "" }
        let formData = try item("pkg:npm/form-data@4.0.0")
        #expect(formData.level == .developmentTooling)
        #expect(try reason("pkg:npm/form-data@4.0.0") == "left out of the client app's browser build (axios: its browser "
                    + "field maps the HTTP adapter and the Node platform's FormData away)")
        for name in ["follow-redirects", "proxy-from-env", "combined-stream", "delayed-stream", "mime-types", "mime-db"] {
            #expect(try item("pkg:npm/\(name)").level == .developmentTooling, "\(name)")
        }
        #expect(try reason("pkg:npm/mime-db").hasPrefix("only reached through form-data, which the client app's browser "
                                                       + "build leaves out (axios: "))
        // What the bundle keeps stays at the app's level.
        #expect(try item("pkg:npm/axios@1.7.0").level == .frontend)
        #expect(try item("pkg:npm/whatwg-fetch").level == .frontend)
        // node-fetch's tree is left out of the Vue bundle, but the API's own node-fetch ships it in the server.
        #expect(try item("pkg:npm/node-fetch").level == .backend)
        #expect(try item("pkg:npm/webidl-conversions").level == .backend)
        // The Nuxt app renders on the server, where axios runs its Node build: its form-data ships.
        #expect(try item("pkg:npm/form-data@4.0.1").level == .frontend)
        #expect(try item("pkg:npm/asynckit").level == .frontend, "shared by both form-data versions, shipped by Nuxt's")
    }

    @Test func onlyTheNamedEdgesOfNpmPackagesAreLeftOut() throws {
        func npm(_ name: String) throws -> Component {
            let purl = try PackageURL(parsing: "pkg:npm/\(name)@1.0.0")
            return Component(purl: purl, ecosystem: .npm, name: name, version: "1.0.0")
        }
        #expect(BrowserBuildEdges.leavesOut(try npm("axios"), try npm("form-data")) != nil)
        // axios 1.16's proxy agent serves only the Node HTTP adapter (Altinn's app-frontend-react).
        #expect(BrowserBuildEdges.leavesOut(try npm("axios"), try npm("https-proxy-agent")) != nil)
        #expect(BrowserBuildEdges.leavesOut(try npm("axios"), try npm("debug")) == nil)
        #expect(BrowserBuildEdges.leavesOut(try npm("got"), try npm("form-data")) == nil)
        #expect(BrowserBuildEdges.isBrowserOnly(dependencies: ["vue", "axios"]))
        #expect(!BrowserBuildEdges.isBrowserOnly(dependencies: ["vue", "nuxt"]))
        #expect(!BrowserBuildEdges.isBrowserOnly(dependencies: ["react-dom", "electron"]))
    }

    /// Electron's main process (and a preload with Node integration) runs axios' Node build, and electron-builder
    /// packs the `dependencies` into app.asar whole: the React renderer makes AppKind call the app a client, but
    /// form-data, follow-redirects and proxy-from-env ship.
    @Test func electronAppKeepsAxiosNodeTree() throws {
        let (_, result) = try scan("npm-levels/browser-build-cases/electron")
        for name in ["pkg:npm/form-data", "pkg:npm/follow-redirects", "pkg:npm/proxy-from-env", "pkg:npm/mime-db"] {
            let (level, reason) = try level(result, name)
            #expect(level != .developmentTooling, "\(name): \(reason)")
        }
    }

    /// SolidStart and Analog render on a server by default (Nitro), where axios runs its Node build.
    @Test func serverRenderingMetaFrameworksKeepAxiosNodeTree() throws {
        for fixture in ["solidstart", "analog"] {
            let (_, result) = try scan("npm-levels/browser-build-cases/\(fixture)")
            let (level, reason) = try level(result, "pkg:npm/form-data")
            #expect(level != .developmentTooling, "\(fixture): \(reason)")
        }
    }

    /// In an npm workspace the root declares every workspace (runtime edges); the reach from the root does not enter
    /// the Vue workspace, whose bundle leaves form-data out, while the API workspace's Express ships mime-types.
    @Test func npmWorkspaceClientAppLeavesOutFormData() throws {
        let (_, result) = try scan("npm-levels/browser-build-cases/workspace")
        let (level, reason) = try level(result, "pkg:npm/form-data")
        #expect(level == .developmentTooling, "\(reason)")
        // express' accepts reaches mime-types: the server ships it.
        #expect(try self.level(result, "pkg:npm/mime-types").0 != .developmentTooling)
    }

    /// A Vue app alone with isomorphic-fetch: node-fetch and its whatwg-url tree are left out, whatwg-fetch ships.
    @Test func isomorphicFetchLeavesOutNodeFetch() throws {
        let (_, result) = try scan("npm-levels/browser-build-cases/isofetch")
        for name in ["pkg:npm/node-fetch", "pkg:npm/whatwg-url", "pkg:npm/tr46", "pkg:npm/webidl-conversions"] {
            #expect(try level(result, name).0 == .developmentTooling, "\(name)")
        }
        #expect(try level(result, "pkg:npm/whatwg-fetch").0 == .frontend)
    }

    /// A Vue app with superagent: the Node client's form-data, formidable, cookie jar, methods, mime and debug trees
    /// are left out, and so is semver, which superagent's browser field maps to nothing, while what the
    /// XMLHttpRequest client loads (component-emitter, fast-safe-stringify, qs) ships.
    @Test func superagentLeavesOutItsNodeClient() throws {
        let (_, result) = try scan("npm-levels/browser-build-cases/superagent")
        for name in ["form-data", "formidable", "cookiejar", "methods", "mime", "debug", "ms", "dezalgo", "hexoid",
                     "wrappy", "mime-db", "semver", "lru-cache", "yallist"] {
            let (level, reason) = try level(result, "pkg:npm/\(name)")
            #expect(level == .developmentTooling, "\(name): \(reason)")
        }
        for name in ["superagent", "component-emitter", "fast-safe-stringify", "qs", "side-channel"] {
            let (level, reason) = try level(result, "pkg:npm/\(name)")
            #expect(level == .frontend, "\(name): \(reason)")
        }
    }

    /// A Svelte app with isomorphic-dompurify (SURF's eduID front ends, thirty-first sample): the browser build uses
    /// the window's DOM, so jsdom and its parser stay out while DOMPurify ships.
    @Test func isomorphicDOMPurifyLeavesOutJSDOM() throws {
        let (_, result) = try scan("npm-levels/browser-build-cases/dompurify")
        for name in ["jsdom", "parse5", "is-potential-custom-element-name"] {
            let (level, reason) = try level(result, "pkg:npm/\(name)")
            #expect(level == .developmentTooling, "\(name): \(reason)")
        }
        for name in ["isomorphic-dompurify", "dompurify"] {
            let (level, reason) = try level(result, "pkg:npm/\(name)")
            #expect(level == .frontend, "\(name): \(reason)")
        }
    }

    /// A Nuxt app that declares a workspace of Vue components renders them in Node too: the workspace is a client
    /// app by its own dependencies, but the server-rendering app that declares it ships its axios' Node branch.
    @Test func aServerRenderingAppRunsItsWorkspaceInNode() throws {
        let (_, result) = try scan("npm-levels/browser-build-cases/nuxt-workspace")
        for name in ["pkg:npm/form-data", "pkg:npm/follow-redirects"] {
            let (level, reason) = try level(result, name)
            #expect(level == .frontend, "\(name): \(reason)")
        }
    }
}
