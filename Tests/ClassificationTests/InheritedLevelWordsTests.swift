import Testing
@testable import Classification
import SovScanModel

/// The explanation of an inherited level names each direct dependency once, with how many versions the system has
/// of it (Meshtastic's lockfiles pin CocoaMQTT at three versions: the words said "CocoaMQTT, CocoaMQTT").
@Suite struct InheritedLevelWordsTests: ClassifiesWithBaseRules {
    @Test func eachDirectDependencyIsNamedOnceWithItsVersions() throws {
        let origins = try ["pkg:npm/express@4.21.0", "pkg:npm/express@5.1.0", "pkg:npm/koa@2.15.0",
                           "pkg:npm/express@5.1.0?repository_url=x"].map { try component($0) }
        #expect(LevelAssignment.originNames(origins) == ["express (2 versions)", "koa"])
        #expect(LevelAssignment.originNames([try component("pkg:npm/koa@2.15.0")]) == ["koa"])
    }

    @Test func theExplanationUsesTheDistinctNames() throws {
        let app = "pkg:npm/app@1.0.0"
        var project = try component(app, firstParty: true)
        project.locations = [SourceLocation(file: "package.json", line: 1)]
        let result = try classify([
            project,
            try component("pkg:npm/express@4.21.0", direct: true), try component("pkg:npm/express@5.1.0", direct: true),
            try component("pkg:npm/depd@2.0.0"),
        ], [(app, "pkg:npm/express@4.21.0"), (app, "pkg:npm/express@5.1.0"),
            ("pkg:npm/express@4.21.0", "pkg:npm/depd@2.0.0"), ("pkg:npm/express@5.1.0", "pkg:npm/depd@2.0.0")])
        let (_, why) = try level(result, "pkg:npm/depd@2.0.0")
        #expect(why.hasPrefix("inherited from direct dependency express (2 versions) at distance 1"), "\(why)")
    }
}
