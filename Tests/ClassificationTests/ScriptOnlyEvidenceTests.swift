import Foundation
import Testing
@testable import Classification
import SovScanModel

/// The evidence of a dependency that only build-time files import reaches the explanation whole, through the npm
/// cataloger's property and back (review11): a `;` in the folder of the file once cut the path short.
@Suite struct ScriptOnlyEvidenceTests: ScansFixtures {
    /// Modelled on a handbook site whose `build:data` script runs `scripts/make-data.js`, which reads its rules
    /// through a reader kept in a folder named `lib;v2`; only that reader imports yaml, the server imports express.
    @Test func aPathWithASemicolonIsNamedWhole() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-script-evidence-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "package.json": """
                {"name": "handbook-site", "version": "2.0.0", "private": true,
                 "scripts": {"build:data": "node scripts/make-data.js", "prebuild": "rimraf dist", "start": "node src/server.js"},
                 "dependencies": {"express": "^4.21.2", "rimraf": "^5.0.10", "yaml": "^2.8.2"}}
                """,
            "package-lock.json": """
                {"name": "handbook-site", "version": "2.0.0", "lockfileVersion": 3, "requires": true, "packages": {
                  "": {"name": "handbook-site", "version": "2.0.0",
                       "dependencies": {"express": "^4.21.2", "rimraf": "^5.0.10", "yaml": "^2.8.2"}},
                  "node_modules/express": {"version": "4.21.2", "license": "MIT"},
                  "node_modules/rimraf": {"version": "5.0.10", "license": "ISC", "bin": {"rimraf": "dist/esm/bin.mjs"}},
                  "node_modules/yaml": {"version": "2.8.2", "license": "ISC", "bin": {"yaml": "bin.mjs"}}}}
                """,
            "scripts/make-data.js": "const { readRules } = require('./lib;v2/read-rules.js');\nreadRules('rules');\n",
            "scripts/lib;v2/read-rules.js": "const YAML = require('yaml');\nexports.readRules = (f) => YAML.parse(f);\n",
            "src/server.js": "const express = require('express');\nexpress().listen(3000);\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let (_, result) = try scan(root: root.path)
        let (yaml, why) = try level(result, "pkg:npm/yaml")
        #expect(yaml == .developmentTooling)
        #expect(why.contains("import it (scripts/lib;v2/read-rules.js)"), "\(why)")
        #expect(try level(result, "pkg:npm/rimraf").1.contains("run only by the prebuild script of handbook-site"))
        #expect(try level(result, "pkg:npm/express").0 == .backend)
    }
}
