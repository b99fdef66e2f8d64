import Foundation
@testable import Catalogers
import SovScanModel
import Testing

/// A project whose own Rollup or esbuild build writes a browser bundle is a client app, with no framework to say so
/// (`BrowserBundleBuild`; issue 15, twenty-sixth sample: DuckDuckGo's macOS browser bundles a consent-popup user script
/// with Rollup as `format: 'iife'`).
@Suite struct BrowserBundleBuildTests {
    private func evidence(_ files: [String: String]) throws -> String? {
        let tree = try TemporaryTree(files)
        defer { tree.remove() }
        var diagnostics: [Diagnostic] = []
        let bytes = Array(try Data(contentsOf: tree.root.appendingPathComponent("package.json")))
        let manifest = try #require(PackageJSON.parse(bytes, file: "package.json", diagnostics: &diagnostics))
        return BrowserBundleBuild.evidence(manifest: manifest, folder: "", context: CatalogContext(root: tree.root.path))
    }

    private let userScript = """
        {"name": "browser", "scripts": {"rebuild": "rollup -c"},
         "dependencies": {"@duckduckgo/autoconsent": "^12.10.0"}, "devDependencies": {"rollup": "^2.61.0"}}
        """

    @Test func aRollupScriptBundleMakesAClientApp() throws {
        let config = """
            export default [{ input: 'Autoconsent/userscript.js',
              output: [{ file: 'Autoconsent/autoconsent-bundle.js', format: 'iife' }] }]
            """
        #expect(try evidence(["package.json": userScript, "rollup.config.js": config])
                    == "browser bundle (rollup.config.js: format 'iife')")
        // A library bundle for Node or for other bundlers says nothing of where the project runs.
        let library = "export default { input: 'src/index.js', output: { file: 'dist/index.cjs', format: 'cjs' } }"
        #expect(try evidence(["package.json": userScript, "rollup.config.js": library]) == nil)
        #expect(try evidence(["package.json": userScript]) == nil)
    }

    @Test func anEsbuildScriptThatAScriptRunsIsRead() throws {
        let manifest = """
            {"name": "site", "scripts": {"build": "node ./FrontEnd/esbuild.mjs"},
             "dependencies": {"@hotwired/turbo": "^7.3.0"}, "devDependencies": {"esbuild": "^0.24.2"}}
            """
        let script = "await esbuild.context({ entryPoints: ['FrontEnd/main.js'], bundle: true, platform: 'browser' })"
        #expect(try evidence(["package.json": manifest, "FrontEnd/esbuild.mjs": script])
                    == "browser bundle (FrontEnd/esbuild.mjs: platform 'browser')")
        // A computed value says nothing for certain.
        let computed = "await esbuild.build({ platform: process.env.TARGET })"
        #expect(try evidence(["package.json": manifest, "FrontEnd/esbuild.mjs": computed]) == nil)
    }

    @Test func aCommentedOutSettingSetsNothing() throws {
        // A setting left in a comment, as a line or as a block, says what the build does not do.
        let commented = """
            export default { input: 'src/main.js',
              // format: 'iife',
              /* platform: 'browser', */
              output: { file: 'https://example.org//dist/bundle.js', format: 'es' } }
            """
        #expect(BrowserBundleBuild.browserSetting(in: Array(commented.utf8)) == nil)
        // A string holding `//` or `/*` is no comment, and a regular expression's escaped slashes start none.
        let afterURL = """
            const banner = '// https://example.org/*'; const re = /^https?:\\/\\//
            export default { output: { banner, format: 'iife' } }
            """
        #expect(BrowserBundleBuild.browserSetting(in: Array(afterURL.utf8)) == "format 'iife'")
        #expect(try evidence(["package.json": userScript,
                              "rollup.config.js": "export default { output: { /* format: 'iife' */ format: 'cjs' } }"])
                    == nil)
    }

    @Test func aScriptOutsideTheScannedTreeOrAtAnAbsolutePathIsNotRead() throws {
        let script = "await esbuild.build({ entryPoints: ['main.js'], bundle: true, platform: 'browser' })"
        // `node /esbuild.mjs` names a file of the machine, not the tree's `esbuild.mjs`.
        let absolute = """
            {"name": "site", "scripts": {"build": "node /tools/esbuild.mjs"}, "devDependencies": {"esbuild": "^0.24.2"}}
            """
        #expect(BrowserBundleBuild.candidatePaths(manifest: try manifest(absolute)) == BrowserBundleBuild.configurationNames)
        #expect(try evidence(["package.json": absolute, "tools/esbuild.mjs": script]) == nil)
        // A script above the scanned root (`repo`) is refused by the confined reader; one beside the project inside
        // the root is read.
        let sibling = """
            {"name": "site", "scripts": {"build": "node ../tools/esbuild.mjs"}, "devDependencies": {"esbuild": "^0.24.2"}}
            """
        let tree = try TemporaryTree(["repo/web/package.json": sibling, "repo/tools/esbuild.mjs": script,
                                      "repo/package.json": sibling, "tools/esbuild.mjs": script])
        defer { tree.remove() }
        let context = CatalogContext(root: tree.root.appendingPathComponent("repo").path)
        #expect(BrowserBundleBuild.evidence(manifest: try manifest(sibling), folder: "", context: context) == nil)
        #expect(BrowserBundleBuild.evidence(manifest: try manifest(sibling), folder: "web", context: context)
                    == "browser bundle (../tools/esbuild.mjs: platform 'browser')")
    }

    private func manifest(_ text: String) throws -> PackageJSON {
        var diagnostics: [Diagnostic] = []
        return try #require(PackageJSON.parse(Array(text.utf8), file: "package.json", diagnostics: &diagnostics))
    }

    @Test func aServerFrameworkKeepsItsWeighing() throws {
        let server = """
            {"name": "api", "dependencies": {"express": "^4.19.0"}, "devDependencies": {"rollup": "^4.0.0"}}
            """
        #expect(try evidence(["package.json": server, "rollup.config.mjs": "export default { output: { format: 'iife' } }"])
                    == nil)
    }
}
