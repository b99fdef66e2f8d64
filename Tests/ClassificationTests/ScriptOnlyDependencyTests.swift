import Testing
@testable import Classification
import SovScanModel

/// A runtime dependency that only the project's `package.json` scripts run (`Component.scriptOnlyDependenciesProperty`,
/// set by the npm cataloger) is build time, with its tree, unless the system reaches it another way (issue 15).
@Suite struct ScriptOnlyDependencyTests: ClassifiesWithBaseRules {
    /// Modelled on a Node service: `prebuild` cleans with rimraf, `postbuild` checks its OpenAPI file with yaml's
    /// CLI; a settings reader the server imports also needs yaml, so yaml ships, rimraf's glob does not.
    @Test func whatOnlyAScriptRunsIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let api = "pkg:npm/benefits-api@2.3.0"
        let purls = [api, "pkg:npm/express@4.21.2", "pkg:npm/rimraf@5.0.10", "pkg:npm/glob@10.4.5",
                     "pkg:npm/minipass@7.1.2", "pkg:npm/yaml@2.8.2", "pkg:npm/settings-reader@1.0.0"]
        let direct: Set = ["pkg:npm/express@4.21.2", "pkg:npm/rimraf@5.0.10", "pkg:npm/yaml@2.8.2",
                           "pkg:npm/settings-reader@1.0.0"]
        var components = try purls.map { try component($0, direct: direct.contains($0), firstParty: $0 == api) }
        components[0].properties[Component.scriptOnlyDependenciesProperty] = "rimraf: prebuild; yaml: postbuild"
        let system = SystemInventory(
            name: "s", root: "/s", components: components,
            graph: DependencyGraph(edges: [
                try edge(api, "pkg:npm/express@4.21.2"), try edge(api, "pkg:npm/rimraf@5.0.10"),
                try edge(api, "pkg:npm/yaml@2.8.2"), try edge(api, "pkg:npm/settings-reader@1.0.0"),
                try edge("pkg:npm/rimraf@5.0.10", "pkg:npm/glob@10.4.5"),
                try edge("pkg:npm/glob@10.4.5", "pkg:npm/minipass@7.1.2"),
                try edge("pkg:npm/settings-reader@1.0.0", "pkg:npm/yaml@2.8.2"),
            ]))
        let result = classifier.classify(system) { _ in nil }
        let (rimraf, why) = try level(result, "pkg:npm/rimraf@5.0.10")
        #expect(rimraf == .developmentTooling)
        #expect(why.contains("run only by the prebuild script of benefits-api: a script names its executable and no "
                             + "source file of the project imports it"), "\(why)")
        #expect(try level(result, "pkg:npm/glob@10.4.5").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/minipass@7.1.2").0 == .developmentTooling)
        let yaml = try level(result, "pkg:npm/yaml@2.8.2")
        #expect(yaml.0 != .developmentTooling, "the settings reader needs it: \(yaml.1)")
        #expect(try level(result, "pkg:npm/express@4.21.2").0 == .backend)
    }

    /// Modelled on a labour-code site whose `build:data` script runs `scripts/make-data.js`, the only file that
    /// imports yaml: yaml is build time, and the explanation names the script and the file.
    @Test func whatOnlyAFileOfABuildScriptImportsIsTooling() throws {
        let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
        let site = "pkg:npm/labour-code-site@4.12.0"
        var components = try [site, "pkg:npm/express@4.21.2", "pkg:npm/yaml@2.8.2"].map {
            try component($0, direct: $0 != site, firstParty: $0 == site)
        }
        components[0].properties[Component.scriptOnlyDependenciesProperty] = "yaml: build:data via scripts/make-data.js"
        let system = SystemInventory(
            name: "s", root: "/s", components: components,
            graph: DependencyGraph(edges: [try edge(site, "pkg:npm/express@4.21.2"), try edge(site, "pkg:npm/yaml@2.8.2")]))
        let result = classifier.classify(system) { _ in nil }
        let (yaml, why) = try level(result, "pkg:npm/yaml@2.8.2")
        #expect(yaml == .developmentTooling)
        #expect(why.contains("used only by the build:data script of labour-code-site: only files that build scripts run, "
                             + "or that only such files import, import it (scripts/make-data.js)"), "\(why)")
        #expect(try level(result, "pkg:npm/express@4.21.2").0 == .backend)
    }
}
