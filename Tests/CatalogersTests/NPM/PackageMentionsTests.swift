@testable import Catalogers
import Foundation
import SovScanModel
import Testing

/// How files name npm packages without importing them (issue 15): the words that count as a mention, the files read
/// and those left out.
@Suite struct PackageMentionsTests {
    private func left(_ names: Set<String>, in text: String) -> Set<String> {
        var search = PackageMentions.Search(names)
        search.read(Array(text.utf8)[...])
        return search.left
    }

    @Test func wordsNamePackagesAsSegmentsOfPaths() {
        #expect(left(["bootstrap"], in: "@import \"~bootstrap/scss/bootstrap\";").isEmpty)
        #expect(left(["leaflet"], in: "\"styles\": [\"node_modules/leaflet/dist/leaflet.css\"]").isEmpty)
        #expect(left(["pug"], in: "app.set('view engine', 'pug');").isEmpty)
        #expect(left(["dotenv"], in: "node -r dotenv/config dist/main.js").isEmpty)
        #expect(left(["@react-pdf/renderer"], in: "import { pdf } from '@react-pdf/renderer';").isEmpty)
        #expect(left(["newrelic"], in: "It ends a sentence with newrelic.").isEmpty)
        // Case does not matter; parts of longer words are no mention, nor is a scope alone.
        #expect(left(["react-use"], in: "import { useX } from 'React-Use'").isEmpty)
        #expect(left(["ms"], in: "const items = timeouts.map(toMs)") == ["ms"])
        #expect(left(["react-use"], in: "import { useEffect } from 'react'; // react-useful") == ["react-use"])
        #expect(left(["@react-pdf/renderer"], in: "the @react-pdf team; renderer") == ["@react-pdf/renderer"])
    }

    @Test func packageJSONDeclarationsAreNoMention() {
        var search = PackageMentions.Search(["http-proxy-middleware", "dotenv", "ts-jest"])
        search.read(packageJSON: Array("""
            {"name": "ui", "keywords": ["dotenv"], "dependencies": {"http-proxy-middleware": "^3.0.3"},
             "scripts": {"start": "node -r dotenv/config server.js"}, "jest": {"preset": "ts-jest"}}
            """.utf8))
        #expect(search.left == ["http-proxy-middleware"])
    }

    /// Cucumber's step definitions are test files (Coop médiation numérique's `*.steps.ts` beside its features).
    @Test func testFilesIncludeCucumberSteps() {
        #expect(ProjectSources.isTestPath("src/features/beneficiaire/consulter-beneficiaire.steps.ts"))
        #expect(ProjectSources.isTestPath("features/step_definitions/login.ts"))
        #expect(ProjectSources.isTestPath("src/__tests__/pad.ts"))
        #expect(!ProjectSources.isTestPath("src/steps/index.ts"))
        #expect(!ProjectSources.isTestPath("src/features/beneficiaire/page.tsx"))
    }

    @Test func lockfilesDocumentationAndToolFoldersAreNotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-mentions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "package-lock.json": "{\"packages\": {\"node_modules/left-pad\": {}}}",
            "README.md": "left-pad",
            ".github/workflows/ci.yml": "run: npx left-pad",
            "src/__tests__/pad.test.js": "require('left-pad')",
            "deploy/Dockerfile.prod": "CMD node -r newrelic server.js",
            ".env": "NODE_OPTIONS=--require @opentelemetry/auto-instrumentations-node/register",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let left = PackageMentions.unmentioned(
            ["left-pad", "newrelic", "@opentelemetry/auto-instrumentations-node"], under: "",
            context: CatalogContext(root: root.path))
        #expect(left == ["left-pad"])
    }
}
