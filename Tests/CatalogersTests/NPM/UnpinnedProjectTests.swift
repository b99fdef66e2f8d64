import Catalogers
import SovScanModel
import Testing

/// A `package.json` without a lockfile: direct dependencies with their ranges, flagged unpinned.
@Suite struct UnpinnedProjectTests {
    let result = NPMFixtures.catalog("no-lockfile")

    @Test func directDependenciesKeepTheirRanges() throws {
        #expect(result.purls == [
            "pkg:npm/express", "pkg:npm/nanoid", "pkg:npm/quick-prototype@0.0.1", "pkg:npm/shared", "pkg:npm/vitest",
        ])
        let express = try #require(result.component("pkg:npm/express"))
        #expect(express.version == nil)
        #expect(express.properties == ["unpinned": "true", "range": "^4.19.2"])
        #expect(express.isDirect && express.scope == .runtime)
        #expect(express.locations == [SourceLocation(file: "package.json", line: 6, column: 5)])
        #expect(result.component("pkg:npm/vitest")?.scope == .dev)
    }

    @Test func aliasesNameTheRealPackage() throws {
        let nanoid = try #require(result.component("pkg:npm/nanoid"))
        #expect(nanoid.properties["alias"] == "ids")
        #expect(nanoid.properties["range"] == "^3.3.7")
    }

    @Test func aWarningSaysTheVersionsAreUnknown() throws {
        #expect(result.diagnostics.count == 1)
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "package.json", line: 1))
        #expect(result.hasEdge("pkg:npm/quick-prototype@0.0.1", "pkg:npm/vitest", .dev))
    }
}
