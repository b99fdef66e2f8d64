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

    @Test func aServerFrameworkKeepsItsWeighing() throws {
        let server = """
            {"name": "api", "dependencies": {"express": "^4.19.0"}, "devDependencies": {"rollup": "^4.0.0"}}
            """
        #expect(try evidence(["package.json": server, "rollup.config.mjs": "export default { output: { format: 'iife' } }"])
                    == nil)
    }
}
