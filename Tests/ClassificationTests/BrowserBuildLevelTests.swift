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
        #expect(try reason("pkg:npm/mime-db").hasPrefix("only reached through mime-types, which the client app's browser "
                                                       + "build leaves out (form-data: "))
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
        #expect(BrowserBuildEdges.leavesOut(try npm("axios"), try npm("debug")) == nil)
        #expect(BrowserBuildEdges.leavesOut(try npm("got"), try npm("form-data")) == nil)
        #expect(BrowserBuildEdges.isBrowserOnly(dependencies: ["vue", "axios"]))
        #expect(!BrowserBuildEdges.isBrowserOnly(dependencies: ["vue", "nuxt"]))
    }
}
