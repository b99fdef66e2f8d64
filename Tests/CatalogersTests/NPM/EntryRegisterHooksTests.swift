import Foundation
@testable import Catalogers
import SovScanModel
import Testing

/// A server entry file that registers a run-time compiler before it loads the program (`EntryRegisterHooks`; the
/// seventeenth sample's Digitransit starts `node $NODE_OPTS server/server`, which requires `@babel/register`).
@Suite struct EntryRegisterHooksTests {
    @Test func hooksAreTheFilesTopLevelRequiresAndImports() {
        let text = """
        'use strict';
        const path = require('path');
        require('@babel/register')({ ignore: [/node_modules/] });
        import 'ts-node/register/transpile-only';
        const app = require('./app');
        function later() { const x = require('esbuild-register'); }
        """
        // Required for its effect, as a statement or called at once; an assigned module and a nested require are
        // the program's own use.
        #expect(EntryRegisterHooks.registered(in: text) == ["@babel/register", "ts-node/register/transpile-only"])
    }

    @Test func babelNamesAreNormalisedAsBabelResolvesThem() {
        #expect(EntryRegisterHooks.candidates("relay") == ["babel-plugin-relay", "babel-preset-relay"])
        #expect(EntryRegisterHooks.candidates("babel-plugin-relay") == ["babel-plugin-relay"])
        #expect(EntryRegisterHooks.candidates("@babel/preset-env").contains("@babel/preset-env"))
        #expect(EntryRegisterHooks.candidates("@babel/transform-runtime").contains("@babel/plugin-transform-runtime"))
        #expect(EntryRegisterHooks.candidates("@emotion").contains("@emotion/babel-plugin"))
        let configuration = """
        module.exports = {
          presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-react'],
          plugins: ['dynamic-import-node', 'relay', './local-plugin'],
        };
        """
        // `lodash` and `styled-components` as plugin names are babel-plugin-lodash and
        // babel-plugin-styled-components, never the libraries of those names.
        let configuration2 = "module.exports = { plugins: ['lodash', 'styled-components'] };"
        #expect(EntryRegisterHooks.babelPackages(inConfiguration: configuration2,
                                                 production: ["lodash", "styled-components"]).isEmpty)
        let production: Set<String> = ["@babel/preset-env", "@babel/preset-react", "babel-plugin-relay",
                                       "babel-plugin-dynamic-import-node", "react"]
        #expect(EntryRegisterHooks.babelPackages(inConfiguration: configuration, production: production)
                    == ["@babel/preset-env", "@babel/preset-react", "babel-plugin-dynamic-import-node", "babel-plugin-relay"])
    }

    /// The `start` script runs the entry through a variable of options; the entry requires `@babel/register`, so
    /// the hook, Babel's core and the presets and plugins of the project's configuration run the program.
    @Test func aStartScriptsEntryNamesItsCompilerAsARunner() throws {
        let tree = try TemporaryTree([
            "package.json": """
            {"name": "journey-planner", "version": "1.0.0",
             "scripts": {"start": "NODE_ENV=production node $NODE_OPTS server/server", "test": "mocha test"},
             "dependencies": {"@babel/core": "7.23.9", "@babel/preset-env": "7.23.9", "@babel/register": "7.23.7",
                              "babel-plugin-relay": "16.2.0", "express": "4.19.2"},
             "devDependencies": {"@babel/preset-react": "7.23.3"}}
            """,
            "server/server.js": "require('@babel/register')({});\nconst express = require('express');\n",
            "babel.config.js": "module.exports = { presets: ['@babel/preset-env', '@babel/preset-react'], plugins: ['relay'] };\n",
        ])
        defer { tree.remove() }
        var diagnostics: [Diagnostic] = []
        let manifest = try #require(PackageJSON.parse(Array(try Data(contentsOf: tree.root.appendingPathComponent("package.json"))),
                                                      file: "package.json", diagnostics: &diagnostics))
        let context = CatalogContext(root: tree.root.path)
        let runners = ProgramRunners.find(manifest: manifest, bins: { _ in [] }) { entry in
            EntryRegisterHooks.packages(entry: entry, folder: "", manifest: manifest, context: context)
        }
        #expect(runners.map(\.name) == ["@babel/core", "@babel/preset-env", "@babel/register", "babel-plugin-relay"],
                "the development dependency preset-react is not installed where the system runs")
        #expect(runners.allSatisfy { $0.script == "start" })
        #expect(ScriptRunFiles.paths(in: "NODE_ENV=production node $NODE_OPTS server/server") == ["server/server"])
    }
}
