import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Runtime dependencies that nothing uses do not run (issue 15; modelled on City of Helsinki's yjdh, whose applicant
/// UI declares `@react-pdf/renderer` and renders with `react-pdf`, and on Haitaton, whose UI declares
/// `http-proxy-middleware` that the Vite dev server made unnecessary): no source file imports them, no file names
/// them, no script runs them. What is loaded without an import stays where it was: a view engine Express loads by
/// name, a stylesheet's `@import`, a Dockerfile's preloaded agent, a driver an ORM loads, a package of an imported
/// package's scope. A test that imports a package does not make it run.
@Suite struct UnusedDependencyTests: ScansFixtures {
    /// The files of a case-handling service: Express with Pug views, a Sass stylesheet, a Dockerfile; `text`
    /// replaces or adds files.
    static func service(_ changes: [String: String] = [:]) -> [String: String] {
        let dependencies = """
            "express": "^4.21.2", "http-proxy-middleware": "^3.0.3", "pug": "^3.0.3", "bootstrap": "^5.3.3",
            "jsdom": "^25.0.1", "newrelic": "^12.8.0", "pg": "^8.13.1", "@acme/widgets": "^1.0.0",
            "@acme/icons": "^1.0.0", "left-pad": "^1.3.0"
            """
        func entry(_ name: String, _ version: String, _ extra: String = "") -> String {
            "\"node_modules/\(name)\": {\"version\": \"\(version)\", \"license\": \"MIT\"\(extra)}"
        }
        var files = [
            "package.json": """
                {"name": "case-portal", "version": "1.0.0", "private": true,
                 "scripts": {"start": "node src/server.js", "test": "node --test"},
                 "dependencies": {\(dependencies)}}
                """,
            "package-lock.json": """
                {"name": "case-portal", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
                  "": {"name": "case-portal", "version": "1.0.0", "dependencies": {\(dependencies)}},
                  \(entry("express", "4.21.2")),
                  \(entry("http-proxy-middleware", "3.0.3", ", \"dependencies\": {\"http-proxy\": \"^1.18.1\"}")),
                  \(entry("http-proxy", "1.18.1")),
                  \(entry("pug", "3.0.3")), \(entry("bootstrap", "5.3.3")), \(entry("jsdom", "25.0.1")),
                  \(entry("newrelic", "12.8.0")), \(entry("pg", "8.13.1")), \(entry("@acme/widgets", "1.0.0")),
                  \(entry("@acme/icons", "1.0.0")), \(entry("left-pad", "1.3.0"))}}
                """,
            "src/server.js": """
                const express = require('express');
                const { Widget } = require('@acme/widgets');
                const app = express();
                app.set('view engine', 'pug');
                app.listen(3000);
                """,
            "src/db.js": "module.exports = { client: 'postgresql', connection: process.env.DATABASE_URL };\n",
            "public/styles.scss": "@import \"~bootstrap/scss/bootstrap\";\n",
            "Dockerfile": "FROM node:22\nCMD [\"node\", \"-r\", \"newrelic\", \"src/server.js\"]\n",
            "test/render.test.js": "const { JSDOM } = require('jsdom');\n",
            "README.md": "Pads with left-pad.\n",
        ]
        for (path, text) in changes { files[path] = text }
        return files
    }

    @Test func dependenciesNothingUsesAreBuildTooling() throws {
        let result = try scan(files: Self.service())
        let (proxy, why) = try level(result, "pkg:npm/http-proxy-middleware")
        #expect(proxy == .developmentTooling)
        #expect(why.contains("unused by case-portal: declared in dependencies, but no file of the repository imports or names it"), "\(why)")
        #expect(try level(result, "pkg:npm/http-proxy").0 == .developmentTooling)
        // Imported by a test only, or named by documentation only.
        #expect(try level(result, "pkg:npm/jsdom").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/left-pad").0 == .developmentTooling)
    }

    @Test func whatIsLoadedWithoutAnImportStays() throws {
        let result = try scan(files: Self.service())
        for purl in ["pkg:npm/express", "pkg:npm/pug", "pkg:npm/newrelic", "pkg:npm/pg", "pkg:npm/%40acme/icons",
                     "pkg:npm/bootstrap"] {
            let (found, why) = try level(result, purl)
            #expect(found != .developmentTooling, "\(purl): \(why)")
            #expect(!why.contains("unused by"), "\(purl): \(why)")
        }
    }

    /// A yarn 1 lockfile records no peer dependencies (Material UI loads `@emotion/react` as its peer), and a project
    /// whose files import none of its dependencies keeps its code elsewhere: nothing is decided for either.
    @Test func nothingIsDecidedWithoutPeersOrCode() throws {
        var yarn = Self.service()
        yarn["package-lock.json"] = nil
        yarn["yarn.lock"] = """
            # yarn lockfile v1


            http-proxy-middleware@^3.0.3:
              version "3.0.3"

            express@^4.21.2:
              version "4.21.2"

            """
        let yarnResult = try scan(files: yarn)
        #expect(!(try level(yarnResult, "pkg:npm/http-proxy-middleware").1.contains("unused by")))
        let elsewhere = try scan(files: Self.service(["src/server.js": "console.log('moved');\n"]))
        #expect(!(try level(elsewhere, "pkg:npm/http-proxy-middleware").1.contains("unused by")))
    }

    /// An npm 6 lockfile (version 1) records no peers either (review18).
    @Test func anNpm6LockfileDecidesNothing() throws {
        var files = Self.service()
        let versions = ["express": "4.21.2", "http-proxy-middleware": "3.0.3", "pug": "3.0.3", "bootstrap": "5.3.3",
                        "jsdom": "25.0.1", "newrelic": "12.8.0", "pg": "8.13.1", "@acme/widgets": "1.0.0",
                        "@acme/icons": "1.0.0", "left-pad": "1.3.0"]
        let entries = versions.sorted { $0.key < $1.key }.map { "\"\($0.key)\": {\"version\": \"\($0.value)\"}" }
        files["package-lock.json"] = """
            {"name": "case-portal", "version": "1.0.0", "lockfileVersion": 1, "requires": true,
             "dependencies": {\(entries.joined(separator: ", "))}}
            """
        let result = try scan(files: files)
        #expect(!(try level(result, "pkg:npm/http-proxy-middleware").1.contains("unused by")))
    }

    /// Express-generator's extensionless `bin/www` script, a Dockerfile that runs pm2 by its executable
    /// `pm2-runtime`, and a Dockerfile in the folder above the lockfile's that preloads an agent all name what they
    /// run (review18).
    @Test func scriptsWithoutExtensionAndDeploymentFilesNameWhatTheyRun() throws {
        let dependencies = #""express": "^4.21.2", "debug": "^4.3.7", "pm2": "^5.4.2", "newrelic": "^12.8.0""#
        let files = [
            "web/package.json": """
                {"name": "portal", "version": "1.0.0", "scripts": {"start": "node ./bin/www"},
                 "dependencies": {\(dependencies)}}
                """,
            "web/package-lock.json": """
                {"name": "portal", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
                  "": {"name": "portal", "version": "1.0.0", "dependencies": {\(dependencies)}},
                  "node_modules/express": {"version": "4.21.2", "license": "MIT"},
                  "node_modules/debug": {"version": "4.3.7", "license": "MIT"},
                  "node_modules/pm2": {"version": "5.4.2", "license": "AGPL-3.0",
                                       "bin": {"pm2": "bin/pm2", "pm2-runtime": "bin/pm2-runtime"}},
                  "node_modules/newrelic": {"version": "12.8.0", "license": "Apache-2.0"}}}
                """,
            "web/bin/www": "#!/usr/bin/env node\nconst debug = require('debug')('portal');\nrequire('../app');\n",
            "web/app.js": "const express = require('express');\nmodule.exports = express();\n",
            "web/Dockerfile": "FROM node:22\nCMD [\"pm2-runtime\", \"bin/www\"]\n",
            "Dockerfile": "FROM node:22\nCMD node -r newrelic web/bin/www\n",
        ]
        let result = try scan(files: files)
        for purl in ["pkg:npm/debug", "pkg:npm/pm2", "pkg:npm/newrelic", "pkg:npm/express"] {
            let why = try level(result, purl).1
            #expect(!why.contains("unused by"), "\(purl): \(why)")
        }
    }

    /// Writes `files` into a temporary folder and scans it.
    private func scan(files: [String: String]) throws -> ClassifiedSystem {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-unused-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return try scan(root: root.path).1
    }
}
