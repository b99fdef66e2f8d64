import Foundation
import Testing
@testable import Classification
import SovScanModel

/// A technology rule's `development-features:` members (issue 15): command-line interface libraries such as yargs,
/// which a third-party library depends on only for its own `bin`, and file watchers such as chokidar, which it
/// depends on only for its watch mode, so what the system reaches only through such an edge is development tooling.
@Suite struct DevelopmentFeatureTests: ClassifiesWithBaseRules {
    private let layered = [ruleFixtures.appendingPathComponent("base"), ruleFixtures.appendingPathComponent("command-line")]

    @Test func theFieldIsReadCompiledAndValidated() throws {
        let (rules, diagnostics) = RuleSet.load(directories: layered)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let rule = try #require(rules.technologies.first { $0.id == "argkit" })
        let members = try #require(rule.developmentFeatures.members[.commandLine])
        #expect(members.map(\.pattern.text) == ["pkg:npm/argkit"])
        #expect(members.first?.versions?.text == ">= 2")
        #expect(rule.developmentFeatures.members[.fileWatching] == nil)
        #expect(try RuleSet(compiled: rules.compiled()).technologies == rules.technologies)
        let problems = validateRules(at: [ruleFixtures.appendingPathComponent("broken-command-line")])
        let texts = problems.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            problems.contains { $0.location?.line == line && $0.message.contains(fragment) && $0.severity == .error }
        }
        #expect(has(3, "command-line member 'pkg:npm/other' is not one of the rule's own patterns"), "\(texts)")
        #expect(has(12, "'command-line' must name at least one valid purl pattern"), "\(texts)")
        #expect(has(17, "unknown key 'file-watch'"), "\(texts)")
        #expect(has(17, "must name at least one kind of feature"), "\(texts)")
        #expect(problems.count == 4, "\(texts)")
    }

    /// Modelled on GOV.UK One Login's authentication frontend: the Express server calls qrcode's API, whose `bin`
    /// alone parses its arguments with yargs; yargs' tree is tooling, qrcode's own dependency pngjs ships.
    @Test func whatOnlyALibrarysCommandLineNeedsIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let server = "pkg:npm/di-auth@1.0.0"
        let tool = "pkg:npm/report-tool@1.0.0"
        let purls = [server, tool, "pkg:npm/express@4.21.2", "pkg:npm/qrcode@1.5.4", "pkg:npm/pngjs@5.0.0",
                     "pkg:npm/yargs@15.4.1", "pkg:npm/set-blocking@2.0.0", "pkg:npm/cliui@6.0.0",
                     "pkg:npm/emoji-regex@8.0.0", "pkg:npm/commander@11.1.0", "pkg:npm/sequelize-cli@6.6.2",
                     "pkg:npm/yargs@16.2.0", "pkg:npm/y18n@5.0.8"]
        let direct: Set = ["pkg:npm/express@4.21.2", "pkg:npm/qrcode@1.5.4", "pkg:npm/commander@11.1.0",
                           "pkg:npm/sequelize-cli@6.6.2"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map {
                try component($0, direct: direct.contains($0), firstParty: $0 == server || $0 == tool)
            },
            graph: DependencyGraph(edges: [
                try edge(server, "pkg:npm/express@4.21.2"), try edge(server, "pkg:npm/qrcode@1.5.4"),
                try edge(server, "pkg:npm/sequelize-cli@6.6.2"), try edge(tool, "pkg:npm/commander@11.1.0"),
                try edge("pkg:npm/qrcode@1.5.4", "pkg:npm/pngjs@5.0.0"),
                try edge("pkg:npm/qrcode@1.5.4", "pkg:npm/yargs@15.4.1"),
                try edge("pkg:npm/yargs@15.4.1", "pkg:npm/set-blocking@2.0.0"),
                try edge("pkg:npm/yargs@15.4.1", "pkg:npm/cliui@6.0.0"),
                try edge("pkg:npm/cliui@6.0.0", "pkg:npm/emoji-regex@8.0.0"),
                try edge("pkg:npm/sequelize-cli@6.6.2", "pkg:npm/yargs@16.2.0"),
                try edge("pkg:npm/yargs@16.2.0", "pkg:npm/y18n@5.0.8"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        let (yargs, why) = try level(result, "pkg:npm/yargs@15.4.1")
        #expect(yargs == .developmentTooling)
        #expect(why.contains("the command line of qrcode: a command-line interface library by rule yargs"), "\(why)")
        for purl in ["pkg:npm/set-blocking@2.0.0", "pkg:npm/cliui@6.0.0", "pkg:npm/emoji-regex@8.0.0"] {
            #expect(try level(result, purl).0 == .developmentTooling, "\(purl)")
        }
        #expect(try level(result, "pkg:npm/pngjs@5.0.0").0 == .backend)
        // A project of the system that declares a parser is a command-line program itself: the parser ships.
        #expect(try level(result, "pkg:npm/commander@11.1.0").0 != .developmentTooling)
        // So is a package named as one: Sequelize's migration CLI runs at deployment with its parser.
        #expect(try level(result, "pkg:npm/yargs@16.2.0").0 == .database)
        #expect(try level(result, "pkg:npm/y18n@5.0.8").0 == .database)
    }

    /// Modelled on an HMPPS Express template: Nunjucks renders the server's pages and depends on chokidar for its
    /// optional `watch` (reloading templates while a developer edits them); chokidar's tree is tooling, while
    /// picomatch, which the server's proxy middleware also needs through micromatch, ships. A project of the system
    /// that declares chokidar itself (a server watching its configuration) keeps it.
    @Test func whatOnlyALibrarysFileWatcherNeedsIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let server = "pkg:npm/prison-app@1.0.0"
        let watcherApp = "pkg:npm/config-service@1.0.0"
        let purls = [server, watcherApp, "pkg:npm/express@4.21.2", "pkg:npm/nunjucks@3.2.4",
                     "pkg:npm/a-sync-waterfall@1.0.1", "pkg:npm/chokidar@3.6.0", "pkg:npm/readdirp@3.6.0",
                     "pkg:npm/anymatch@3.1.3", "pkg:npm/glob-parent@5.1.2", "pkg:npm/fsevents@2.3.3",
                     "pkg:npm/is-binary-path@2.1.0", "pkg:npm/binary-extensions@2.3.0", "pkg:npm/picomatch@2.3.1",
                     "pkg:npm/http-proxy-middleware@2.0.7", "pkg:npm/micromatch@4.0.8", "pkg:npm/chokidar@4.0.3",
                     "pkg:npm/readdirp@4.1.2"]
        let direct: Set = ["pkg:npm/express@4.21.2", "pkg:npm/nunjucks@3.2.4", "pkg:npm/http-proxy-middleware@2.0.7",
                           "pkg:npm/chokidar@4.0.3"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map {
                try component($0, direct: direct.contains($0), firstParty: $0 == server || $0 == watcherApp)
            },
            graph: DependencyGraph(edges: [
                try edge(server, "pkg:npm/express@4.21.2"), try edge(server, "pkg:npm/nunjucks@3.2.4"),
                try edge(server, "pkg:npm/http-proxy-middleware@2.0.7"),
                try edge(watcherApp, "pkg:npm/express@4.21.2"), try edge(watcherApp, "pkg:npm/chokidar@4.0.3"),
                try edge("pkg:npm/chokidar@4.0.3", "pkg:npm/readdirp@4.1.2"),
                try edge("pkg:npm/nunjucks@3.2.4", "pkg:npm/a-sync-waterfall@1.0.1"),
                try edge("pkg:npm/nunjucks@3.2.4", "pkg:npm/chokidar@3.6.0"),
                try edge("pkg:npm/chokidar@3.6.0", "pkg:npm/readdirp@3.6.0"),
                try edge("pkg:npm/chokidar@3.6.0", "pkg:npm/anymatch@3.1.3"),
                try edge("pkg:npm/chokidar@3.6.0", "pkg:npm/glob-parent@5.1.2"),
                try edge("pkg:npm/chokidar@3.6.0", "pkg:npm/fsevents@2.3.3"),
                try edge("pkg:npm/chokidar@3.6.0", "pkg:npm/is-binary-path@2.1.0"),
                try edge("pkg:npm/is-binary-path@2.1.0", "pkg:npm/binary-extensions@2.3.0"),
                try edge("pkg:npm/anymatch@3.1.3", "pkg:npm/picomatch@2.3.1"),
                try edge("pkg:npm/readdirp@3.6.0", "pkg:npm/picomatch@2.3.1"),
                try edge("pkg:npm/http-proxy-middleware@2.0.7", "pkg:npm/micromatch@4.0.8"),
                try edge("pkg:npm/micromatch@4.0.8", "pkg:npm/picomatch@2.3.1"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        let (chokidar, why) = try level(result, "pkg:npm/chokidar@3.6.0")
        #expect(chokidar == .developmentTooling)
        #expect(why.contains("the watch mode of nunjucks: a file watcher by rule chokidar, which a package needs only "
                             + "to reload while developing"), "\(why)")
        for purl in ["pkg:npm/readdirp@3.6.0", "pkg:npm/anymatch@3.1.3", "pkg:npm/glob-parent@5.1.2",
                     "pkg:npm/fsevents@2.3.3", "pkg:npm/is-binary-path@2.1.0", "pkg:npm/binary-extensions@2.3.0"] {
            #expect(try level(result, purl).0 == .developmentTooling, "\(purl)")
        }
        #expect(try level(result, "pkg:npm/nunjucks@3.2.4").0 == .backend)
        #expect(try level(result, "pkg:npm/a-sync-waterfall@1.0.1").0 == .backend)
        #expect(try level(result, "pkg:npm/picomatch@2.3.1").0 == .backend, "the proxy middleware needs it too")
        #expect(try level(result, "pkg:npm/chokidar@4.0.3").0 == .backend, "a project's own watcher ships")
        #expect(try level(result, "pkg:npm/readdirp@4.1.2").0 == .backend)
    }

    @Test func aLayerMemberCountsFromItsVersionRangeOnly() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: layered).rules)
        let app = "pkg:npm/app@1.0.0"
        let purls = [app, "pkg:npm/lib-a@1.0.0", "pkg:npm/lib-b@1.0.0", "pkg:npm/argkit@2.1.0", "pkg:npm/argkit@1.9.0",
                     "pkg:npm/argkit-wrap@1.0.0"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map { try component($0, direct: $0.contains("lib-"), firstParty: $0 == app) },
            graph: DependencyGraph(edges: [
                try edge(app, "pkg:npm/lib-a@1.0.0"), try edge(app, "pkg:npm/lib-b@1.0.0"),
                try edge("pkg:npm/lib-a@1.0.0", "pkg:npm/argkit@2.1.0"),
                try edge("pkg:npm/lib-b@1.0.0", "pkg:npm/argkit@1.9.0"),
                try edge("pkg:npm/lib-a@1.0.0", "pkg:npm/argkit-wrap@1.0.0"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        #expect(try level(result, "pkg:npm/argkit@2.1.0").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/argkit@1.9.0").0 != .developmentTooling, "1.x is no member")
        #expect(try level(result, "pkg:npm/argkit-wrap@1.0.0").0 != .developmentTooling, "not a member")
    }
}
