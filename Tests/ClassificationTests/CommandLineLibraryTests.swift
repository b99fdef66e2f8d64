import Foundation
import Testing
@testable import Classification
import SovScanModel

/// A technology rule's `command-line:` members (issue 15): command-line interface libraries such as yargs, which a
/// third-party library depends on only for its own `bin`, so what the system reaches only through that edge is
/// development tooling.
@Suite struct CommandLineLibraryTests: ClassifiesWithBaseRules {
    private let layered = [ruleFixtures.appendingPathComponent("base"), ruleFixtures.appendingPathComponent("command-line")]

    @Test func theFieldIsReadCompiledAndValidated() throws {
        let (rules, diagnostics) = RuleSet.load(directories: layered)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let rule = try #require(rules.technologies.first { $0.id == "argkit" })
        #expect(rule.commandLine.map(\.pattern.text) == ["pkg:npm/argkit"])
        #expect(rule.commandLine.first?.versions?.text == ">= 2")
        #expect(try RuleSet(compiled: rules.compiled()).technologies == rules.technologies)
        let problems = validateRules(at: [ruleFixtures.appendingPathComponent("broken-command-line")])
        let texts = problems.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            problems.contains { $0.location?.line == line && $0.message.contains(fragment) && $0.severity == .error }
        }
        #expect(has(3, "command-line member 'pkg:npm/other' is not one of the rule's own patterns"), "\(texts)")
        #expect(has(10, "'command-line' must name at least one valid purl pattern"), "\(texts)")
        #expect(problems.count == 2, "\(texts)")
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
