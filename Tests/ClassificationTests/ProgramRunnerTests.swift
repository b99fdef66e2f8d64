import Testing
@testable import Classification
import SovScanModel

/// A runtime dependency that runs a project's program where the system runs (`Component.programRunnersProperty`, set
/// by the npm cataloger) is the language's run time, with what it loads, even where a rule files it under development
/// tooling (issue 15).
@Suite struct ProgramRunnerTests: ClassifiesWithBaseRules {
    /// Modelled on Dockge: its `start` script and Dockerfile run the Express server with tsx, a runtime dependency,
    /// so tsx, its esbuild and esbuild's platform binary transpile the server as it runs; the esbuild that Vite (a
    /// development dependency) brings stays a build tool, and without the property tsx's tree is build tooling too.
    @Test func aRunnerOfTheProgramAndWhatItLoadsAreTheLanguagesRunTime() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let console = "pkg:npm/stack-console@1.5.0"
        let tsx = "pkg:npm/tsx@4.19.3", esbuild = "pkg:npm/esbuild@0.25.1", binary = "pkg:npm/%40esbuild/linux-x64@0.25.1"
        let vite = "pkg:npm/vite@5.4.15", viteEsbuild = "pkg:npm/esbuild@0.21.5"
        let express = "pkg:npm/express@4.21.2"
        func system(runners: String?) throws -> SystemInventory {
            var components = try [console, express, tsx, esbuild, binary].map {
                try component($0, direct: $0 == express || $0 == tsx, firstParty: $0 == console)
            }
            components += try [component(vite, scope: .dev, direct: true), component(viteEsbuild, scope: .dev)]
            components[0].properties[Component.programRunnersProperty] = runners
            return SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(edges: [
                try edge(console, express), try edge(console, tsx), try edge(console, vite),
                try edge(tsx, esbuild), try edge(esbuild, binary), try edge(vite, viteEsbuild),
            ]))
        }
        let result = classifier.classify(try system(runners: "tsx: start")) { _ in nil }
        let (runner, why) = try level(result, tsx)
        #expect(runner == .programmingLanguage)
        #expect(why.contains("tsx runs the program of stack-console (its start script runs it where the system runs)"),
                "\(why)")
        #expect(try level(result, esbuild).0 == .programmingLanguage)
        #expect(try level(result, binary).0 == .programmingLanguage)
        #expect(try level(result, viteEsbuild).0 == .developmentTooling)
        #expect(try level(result, express).0 == .backend)

        let unmarked = classifier.classify(try system(runners: nil)) { _ in nil }
        #expect(try level(unmarked, tsx).0 == .developmentTooling)
        #expect(try level(unmarked, binary).0 == .developmentTooling)
    }

    /// Modelled on Digitransit: its server entry registers `@babel/register`, so the Babel plugins of its
    /// configuration (`babel-plugin-relay`, a build plugin by its name) compile the server as it loads; the runner
    /// evidence wins over the name (review of the sixteenth session).
    @Test func aCompilerPluginARunnerLoadsIsTheLanguagesRunTime() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let ui = "pkg:npm/digitransit-ui@1.0.0", relay = "pkg:npm/babel-plugin-relay@16.2.0"
        let express = "pkg:npm/express@4.21.2"
        func system(runners: String?) throws -> SystemInventory {
            var components = try [ui, express, relay].map { try component($0, direct: $0 != ui, firstParty: $0 == ui) }
            components[0].properties[Component.programRunnersProperty] = runners
            return SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(edges: [
                try edge(ui, express), try edge(ui, relay),
            ]))
        }
        let (runner, why) = try level(classifier.classify(try system(runners: "babel-plugin-relay: start")) { _ in nil }, relay)
        #expect(runner == .programmingLanguage, "\(why)")
        #expect(why.hasPrefix("the language's run time, not a tool: babel-plugin-relay runs the program"), "\(why)")
        #expect(try level(classifier.classify(try system(runners: nil)) { _ in nil }, relay).0 == .developmentTooling)
    }

    /// Modelled on pass Culture's app: the mock analytics server that its Maestro UI tests start
    /// (`.maestro/mock_analytics_server`, `"start": "ts-node src/mockAnalyticsServer.ts"`) is a tooling project, so
    /// its runner runs no program of the system.
    @Test func aToolingProjectsRunnerStaysATool() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let mock = "pkg:npm/mock_analytics_server", tsNode = "pkg:npm/ts-node@10.9.2", yn = "pkg:npm/yn@3.1.1"
        let app = "pkg:npm/pass-culture-main@1.0.0"
        var components = try [mock, tsNode, yn, app].map {
            try component($0, direct: $0 == tsNode, firstParty: $0 == mock || $0 == app)
        }
        components[0].properties[Component.programRunnersProperty] = "ts-node: start"
        components[0].locations = [SourceLocation(file: ".maestro/mock_analytics_server/package.json", line: 1, column: 1)]
        let system = SystemInventory(name: "s", root: "/s", components: components, graph: DependencyGraph(edges: [
            try edge(mock, tsNode), try edge(tsNode, yn),
        ]))
        let result = classifier.classify(system) { _ in nil }
        #expect(try level(result, tsNode).0 == .developmentTooling)
        #expect(try level(result, yn).0 == .developmentTooling)
    }
}
