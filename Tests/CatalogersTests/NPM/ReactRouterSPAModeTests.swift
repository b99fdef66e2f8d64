import Foundation
@testable import Catalogers
import SovScanModel
import Testing

/// A React Router app built as a single-page app (`ssr: false`) is a client app although its template keeps the
/// server runtimes among its dependencies (`ReactRouterSPAMode`; review of the sixteenth session).
@Suite struct ReactRouterSPAModeTests {
    private func evidence(configuration: String?) throws -> String? {
        var files = ["package.json": """
            {"name": "spa", "version": "1.0.0", "dependencies": {"@react-router/node": "7.6.0",
             "@react-router/serve": "7.6.0", "react-dom": "19.1.0"}}
            """]
        if let configuration { files["react-router.config.ts"] = configuration }
        let tree = try TemporaryTree(files)
        defer { tree.remove() }
        var diagnostics: [Diagnostic] = []
        let manifest = try #require(PackageJSON.parse(Array(try Data(contentsOf: tree.root.appendingPathComponent("package.json"))),
                                                      file: "package.json", diagnostics: &diagnostics))
        return ReactRouterSPAMode.evidence(manifest: manifest, folder: "", context: CatalogContext(root: tree.root.path))
    }

    @Test func serverRenderingTurnedOffMakesAClientApp() throws {
        #expect(try evidence(configuration: "import type { Config } from \"@react-router/dev/config\";\nexport default {\n  ssr: false,\n} satisfies Config;\n")
                    == "React Router single-page app (react-router.config.ts: ssr false)")
        #expect(try evidence(configuration: "export default { ssr: true } satisfies Config;") == nil)
        #expect(try evidence(configuration: "export default { appDirectory: 'app' };") == nil, "server rendering is the default")
        #expect(try evidence(configuration: nil) == nil)
        #expect(try evidence(configuration: "export default {\n  // ssr: false,\n  ssr: true,\n} satisfies Config;") == nil,
                "a setting left in a comment is not made")
    }
}
