import Foundation
import Testing
@testable import Classification
import SovScanModel

/// A technology rule's `build-time:` field (issue 15, pattern 2): parsing and validation with file and line, the
/// compiled form, `--rules` layers, and the edges it marks.
@Suite struct BuildTimeRuleTests: ClassifiesWithBaseRules {
    private let layered = [ruleFixtures.appendingPathComponent("base"), ruleFixtures.appendingPathComponent("build-time")]

    @Test func theFieldIsReadWithItsParentsRangesAndSource() throws {
        let (rules, diagnostics) = RuleSet.load(directories: layered)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let buildTime = try #require(rules.technologies.first { $0.id == "gen-kit" }?.buildTime)
        #expect(buildTime.of.map(\.pattern.text) == ["pkg:npm/gen-kit"])
        #expect(buildTime.of.first?.versions?.text == ">= 3")
        #expect(buildTime.dependencies.map(\.pattern.text) == ["pkg:npm/yargs", "pkg:npm/chalk"])
        #expect(buildTime.source == "https://example.org/gen-kit/package.json")
        #expect(buildTime.covers(parentKey: "pkg:npm/gen-kit", parentVersion: "3.1.0", childKey: "pkg:npm/yargs",
                                 childVersion: "17.7.2"))
        #expect(!buildTime.covers(parentKey: "pkg:npm/gen-kit", parentVersion: "2.9.0", childKey: "pkg:npm/yargs",
                                  childVersion: "17.7.2"), "2.x ships no CLI")
        #expect(!buildTime.covers(parentKey: "pkg:npm/gen-kit", parentVersion: "3.1.0", childKey: "pkg:npm/tslib",
                                  childVersion: "2.6.2"))
    }

    @Test func compiledRulesKeepTheField() throws {
        let (source, _) = RuleSet.load(directories: layered)
        let compiled = try RuleSet(compiled: source.compiled())
        #expect(compiled.technologies == source.technologies)
        #expect(compiled.technologies.contains { $0.buildTime?.of.first?.versions != nil })
        let bundled = RuleSet.load(directories: [bundledRules]).rules
        #expect(bundled.technologies.first { $0.id == "svelte-i18n" }?.buildTime?.dependencies
            .contains { $0.pattern.text == "pkg:npm/sade" } == true)
        #expect(bundled.technologies.first { $0.id == "react" }?.buildTime?.of.map(\.pattern.text) == ["pkg:npm/react-native"])
    }

    @Test func theCodedFormNamesBuildTime() throws {
        let (rules, _) = RuleSet.load(directories: layered)
        let rule = try #require(rules.technologies.first { $0.id == "gen-kit" })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(rule)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["buildTime"] is [String: Any] && object["buildTimeStorage"] == nil, "\(object.keys.sorted())")
        #expect(try JSONDecoder().decode(TechnologyRule.self, from: data) == rule)
        let plain = try #require(rules.technologies.first { $0.buildTime == nil })
        #expect(try JSONDecoder().decode(TechnologyRule.self, from: try encoder.encode(plain)) == plain)
    }

    @Test func brokenFieldsAreReportedWithFileAndLine() {
        let diagnostics = validateRules(at: [ruleFixtures.appendingPathComponent("broken-build-time")])
        let texts = diagnostics.map(\.description)
        func has(_ line: Int, _ fragment: String) -> Bool {
            diagnostics.contains {
                $0.location?.file.hasSuffix("technologies/build-time.yml") == true && $0.location?.line == line
                    && $0.message.contains(fragment) && $0.severity == .error
            }
        }
        #expect(has(7, "missing required key 'source'"), "\(texts)")
        #expect(has(13, "'source': 'not-a-url' is not an http(s) URL"), "\(texts)")
        #expect(has(20, "unknown key 'parents'"), "\(texts)")
        #expect(has(21, "build-time dependency 'pkg:npm/g' is one of the rule's own patterns"), "\(texts)")
        #expect(has(31, "'of' must name at least one valid purl pattern"), "\(texts)")
        #expect(diagnostics.count == 6, "\(texts)")
    }

    @Test func aLayerRuleMakesWhatOnlyItsCLINeedsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: layered).rules)
        let app = "pkg:npm/report-app@1.0.0"
        let system = SystemInventory(
            name: "s", root: "/s",
            components: [try component(app, firstParty: true), try component("pkg:npm/gen-kit@3.2.0", direct: true),
                         try component("pkg:npm/yargs@17.7.2"), try component("pkg:npm/y18n@5.0.8"),
                         try component("pkg:npm/tslib@2.6.2")],
            graph: DependencyGraph(edges: [
                try edge(app, "pkg:npm/gen-kit@3.2.0"), try edge("pkg:npm/gen-kit@3.2.0", "pkg:npm/yargs@17.7.2"),
                try edge("pkg:npm/yargs@17.7.2", "pkg:npm/y18n@5.0.8"), try edge("pkg:npm/gen-kit@3.2.0", "pkg:npm/tslib@2.6.2"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> (StackLevel?, String) {
            let item = try #require(result.classification(of: try PackageURL(parsing: purl)))
            return (item.level, item.explanation.first { $0.fact == "level" }?.reason ?? "")
        }
        let (yargs, why) = try level("pkg:npm/yargs@17.7.2")
        #expect(yargs == .developmentTooling)
        #expect(why.contains("a build-time dependency of gen-kit by rule gen-kit: https://example.org/gen-kit/package.json"),
                "\(why)")
        #expect(try level("pkg:npm/y18n@5.0.8").0 == .developmentTooling)
        #expect(try level("pkg:npm/tslib@2.6.2").0 == .frontend)
    }

    /// TypeORM and cli-highlight (which TypeORM's SQL logger calls) both depend on yargs for their own command lines
    /// only: in a server that reaches yargs through nothing else it is development tooling, while the parts the
    /// logger loads (chalk, parse5) ship at the server's level.
    @Test func whatOnlyTypeORMsAndCliHighlightsCommandLinesNeedIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let server = "pkg:npm/orders-api@1.0.0"
        let purls = [server, "pkg:npm/@nestjs/core@10.4.1", "pkg:npm/typeorm@0.3.20", "pkg:npm/cli-highlight@2.1.11",
                     "pkg:npm/yargs@17.7.2", "pkg:npm/cliui@8.0.1", "pkg:npm/chalk@4.1.2", "pkg:npm/parse5@5.1.1"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map {
                try component($0, direct: $0.contains("nestjs") || $0.contains("typeorm"), firstParty: $0 == server)
            },
            graph: DependencyGraph(edges: [
                try edge(server, "pkg:npm/@nestjs/core@10.4.1"), try edge(server, "pkg:npm/typeorm@0.3.20"),
                try edge("pkg:npm/typeorm@0.3.20", "pkg:npm/cli-highlight@2.1.11"),
                try edge("pkg:npm/typeorm@0.3.20", "pkg:npm/yargs@17.7.2"),
                try edge("pkg:npm/cli-highlight@2.1.11", "pkg:npm/yargs@17.7.2"),
                try edge("pkg:npm/yargs@17.7.2", "pkg:npm/cliui@8.0.1"),
                try edge("pkg:npm/cli-highlight@2.1.11", "pkg:npm/chalk@4.1.2"),
                try edge("pkg:npm/cli-highlight@2.1.11", "pkg:npm/parse5@5.1.1"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> StackLevel? {
            try #require(result.classification(of: try PackageURL(parsing: purl))).level
        }
        #expect(try level("pkg:npm/yargs@17.7.2") == .developmentTooling)
        #expect(try level("pkg:npm/cliui@8.0.1") == .developmentTooling)
        #expect(try level("pkg:npm/cli-highlight@2.1.11") == .database, "TypeORM's logger runs in the server")
        #expect(try level("pkg:npm/parse5@5.1.1") == .database)
        #expect(try level("pkg:npm/chalk@4.1.2") == .database)
    }

    /// A bundle transform (loose-envify, which prop-types names only for browserify) and a runtime library's own
    /// command line (@grpc/proto-loader's type generator, the only user of its yargs) make what only they reach
    /// development tooling, while the library itself and what it loads at run time ship.
    @Test func bundleTransformsAndALibrarysGeneratorCommandAreTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let app = "pkg:npm/shop-web@1.0.0"
        let purls = [app, "pkg:npm/react-dom@18.3.1", "pkg:npm/prop-types@15.8.1", "pkg:npm/loose-envify@1.4.0",
                     "pkg:npm/js-tokens@4.0.0", "pkg:npm/@grpc/proto-loader@0.7.13", "pkg:npm/protobufjs@7.4.0",
                     "pkg:npm/yargs@17.7.2", "pkg:npm/y18n@5.0.8"]
        let direct: Set = ["pkg:npm/react-dom@18.3.1", "pkg:npm/prop-types@15.8.1", "pkg:npm/@grpc/proto-loader@0.7.13"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == app) },
            graph: DependencyGraph(edges: [
                try edge(app, "pkg:npm/react-dom@18.3.1"), try edge(app, "pkg:npm/prop-types@15.8.1"),
                try edge(app, "pkg:npm/@grpc/proto-loader@0.7.13"),
                try edge("pkg:npm/prop-types@15.8.1", "pkg:npm/loose-envify@1.4.0"),
                try edge("pkg:npm/react-dom@18.3.1", "pkg:npm/loose-envify@1.4.0"),
                try edge("pkg:npm/loose-envify@1.4.0", "pkg:npm/js-tokens@4.0.0"),
                try edge("pkg:npm/@grpc/proto-loader@0.7.13", "pkg:npm/protobufjs@7.4.0"),
                try edge("pkg:npm/@grpc/proto-loader@0.7.13", "pkg:npm/yargs@17.7.2"),
                try edge("pkg:npm/yargs@17.7.2", "pkg:npm/y18n@5.0.8"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> StackLevel? {
            try #require(result.classification(of: try PackageURL(parsing: purl))).level
        }
        #expect(try level("pkg:npm/loose-envify@1.4.0") == .developmentTooling)
        #expect(try level("pkg:npm/js-tokens@4.0.0") == .developmentTooling)
        #expect(try level("pkg:npm/yargs@17.7.2") == .developmentTooling)
        #expect(try level("pkg:npm/y18n@5.0.8") == .developmentTooling)
        #expect(try level("pkg:npm/@grpc/proto-loader@0.7.13") == .middleware)
        #expect(try level("pkg:npm/protobufjs@7.4.0") == .middleware)
    }

    /// node-pre-gyp's `find` runs whenever a package with a native add-on is loaded (argon2 0.26 calls it at the top
    /// of argon2.js), so node-pre-gyp and what `find` loads (npmlog and its gauge) run at the level of that package;
    /// only its install, package and publish commands need needle, tar and rc.
    @Test func nodePreGypsFindShipsAndItsInstallCommandsTreeIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let app = "pkg:npm/conduit-api@1.0.0"
        let purls = [app, "pkg:npm/@nestjs/core@7.0.0", "pkg:npm/argon2@0.26.2", "pkg:npm/node-pre-gyp@0.14.0",
                     "pkg:npm/npmlog@4.1.2", "pkg:npm/gauge@2.7.4", "pkg:npm/aproba@1.2.0", "pkg:npm/needle@2.4.1",
                     "pkg:npm/sax@1.2.4", "pkg:npm/tar@4.4.13", "pkg:npm/minizlib@1.3.3", "pkg:npm/rc@1.2.8"]
        let direct: Set = ["pkg:npm/@nestjs/core@7.0.0", "pkg:npm/argon2@0.26.2"]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == app) },
            graph: DependencyGraph(edges: [
                try edge(app, "pkg:npm/@nestjs/core@7.0.0"), try edge(app, "pkg:npm/argon2@0.26.2"),
                try edge("pkg:npm/argon2@0.26.2", "pkg:npm/node-pre-gyp@0.14.0"),
                try edge("pkg:npm/node-pre-gyp@0.14.0", "pkg:npm/npmlog@4.1.2"),
                try edge("pkg:npm/npmlog@4.1.2", "pkg:npm/gauge@2.7.4"),
                try edge("pkg:npm/gauge@2.7.4", "pkg:npm/aproba@1.2.0"),
                try edge("pkg:npm/node-pre-gyp@0.14.0", "pkg:npm/needle@2.4.1"),
                try edge("pkg:npm/needle@2.4.1", "pkg:npm/sax@1.2.4"),
                try edge("pkg:npm/node-pre-gyp@0.14.0", "pkg:npm/tar@4.4.13"),
                try edge("pkg:npm/tar@4.4.13", "pkg:npm/minizlib@1.3.3"),
                try edge("pkg:npm/node-pre-gyp@0.14.0", "pkg:npm/rc@1.2.8"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> StackLevel? {
            try #require(result.classification(of: try PackageURL(parsing: purl))).level
        }
        let argon2 = try level("pkg:npm/argon2@0.26.2")
        #expect(argon2 != .developmentTooling)
        for runtime in ["pkg:npm/node-pre-gyp@0.14.0", "pkg:npm/npmlog@4.1.2", "pkg:npm/aproba@1.2.0"] {
            #expect(try level(runtime) == argon2, "\(runtime) runs when argon2 is loaded")
        }
        for installTime in ["pkg:npm/needle@2.4.1", "pkg:npm/sax@1.2.4", "pkg:npm/tar@4.4.13",
                            "pkg:npm/minizlib@1.3.3", "pkg:npm/rc@1.2.8"] {
            #expect(try level(installTime) == .developmentTooling, "\(installTime) serves node-pre-gyp's commands")
        }
    }
}
