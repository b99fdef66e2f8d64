import Catalogers
import Foundation
import SovScanModel
import Testing

/// The order of a lockfile's components: the root first wherever the lockfile lists it, then each install path
/// where it first appears, a repeated path taking its last entry.
@Suite struct PackageLockOrderTests {
    @Test func rootComesFirstAndARepeatedPathKeepsItsPlaceWithItsLastEntry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-npm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            {"lockfileVersion":3,"packages":{
            "node_modules/b":{"version":"1.0.0"},
            "node_modules/a":{"version":"0.9.0"},
            "":{"name":"app","version":"2.0.0","dependencies":{"a":"^1","b":"^1"}},
            "node_modules/a":{"version":"1.0.0","dependencies":{"b":"^1"}}
            }}
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("package-lock.json"))
        let result = NPMFixtures.catalog(root: folder.path)
        #expect(result.components.map(\.purl.description) == ["pkg:npm/app@2.0.0", "pkg:npm/b@1.0.0", "pkg:npm/a@1.0.0"])
        #expect(result.hasEdge("pkg:npm/app@2.0.0", "pkg:npm/a@1.0.0", .runtime))
        #expect(result.hasEdge("pkg:npm/app@2.0.0", "pkg:npm/b@1.0.0", .runtime))
        #expect(result.hasEdge("pkg:npm/a@1.0.0", "pkg:npm/b@1.0.0", .runtime))
        #expect(result.components.allSatisfy { $0.purl.description == "pkg:npm/app@2.0.0" || $0.isDirect })
        let repeated = try #require(result.diagnostics.first)
        #expect(repeated.message == "key 'node_modules/a' repeated; the last one counts")
        #expect(result.diagnostics.count == 1)
    }
}
