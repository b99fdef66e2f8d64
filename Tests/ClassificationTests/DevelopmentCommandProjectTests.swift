import SovScanModel
import Testing
@testable import Classification

/// Issue 15, thirteenth session: an npm workspace's own command-line tool that the other projects declare for
/// development only runs while the system is built, so what only it brings is development tooling.
@Suite struct DevelopmentCommandProjectTests: ScansFixtures {
    /// Modelled on nl-mgo-app-web: `packages/ts-json-schema` (command `ts-json-schema`) depends on
    /// ts-json-schema-generator, and the HCIM API bundle declares it in `devDependencies` to generate its JSON schemas
    /// when it is built (the eighth sample labels ts-json-schema-generator and its safe-stable-stringify tooling).
    @Test func aWorkspaceCommandThatOnlyDevelopmentDependenciesDeclareIsTooling() throws {
        let (system, result) = try scan("npm-levels/workspace-schema-command")
        let tool = try #require(system.components.first { $0.isFirstParty && $0.name == "mgo-ts-json-schema" })
        #expect(tool.properties[Component.commandsProperty] == "ts-json-schema")
        for name in ["ts-json-schema-generator", "safe-stable-stringify"] {
            let (level, why) = try level(result, "pkg:npm/\(name)")
            #expect(level == .developmentTooling, "\(name): \(why)")
            #expect(why.contains("a command-line tool of the system's own (bin: ts-json-schema) that only development "
                + "dependencies declare (@minvws/mgo-hcim-api)"), "\(name): \(why)")
        }
        // Commander, the tool's command line, is tooling too (its closest tool is the generator's command line).
        #expect(try level(result, "pkg:npm/commander").0 == .developmentTooling)
        // What the API bundle itself ships keeps its level.
        #expect(try level(result, "pkg:npm/lodash-es").0 != .developmentTooling)
    }
}
