import Catalogers
import SovScanModel
import Testing

/// A lockfile version 2 of an npm workspace: links, first-party packages, an alias, a nested duplicate.
@Suite struct PackageLockWorkspaceTests {
    let result = NPMFixtures.catalog("lock-v2-workspaces")

    @Test func workspacesAreFirstPartyComponents() throws {
        let firstParty = result.components.filter(\.isFirstParty).map(\.purl.description).sorted()
        #expect(firstParty == ["pkg:npm/%40acme/api@1.0.0", "pkg:npm/%40acme/util@1.0.0", "pkg:npm/acme-monorepo"])
        let api = try #require(result.component("pkg:npm/%40acme/api@1.0.0"))
        #expect(api.declaredLicenses.map(\.text) == ["EUPL-1.2"])
        #expect(api.declaredLicenses.first?.source == .manifest)
        #expect(api.locations.contains { $0.file == "packages/api/package.json" })
        #expect(result.purls.count == 7)
    }

    @Test func workspaceManifestsAreNotCatalogedAgainAsUnpinned() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(!result.components.contains { $0.properties["unpinned"] != nil })
    }

    @Test func workspacesDependOnEachOtherThroughLinks() {
        #expect(result.hasEdge("pkg:npm/%40acme/api@1.0.0", "pkg:npm/%40acme/util@1.0.0", .runtime))
        #expect(result.hasEdge("pkg:npm/%40acme/api@1.0.0", "pkg:npm/lodash@4.17.21", .runtime))
        #expect(result.hasEdge("pkg:npm/%40acme/util@1.0.0", "pkg:npm/lodash@3.10.1", .runtime))
        #expect(result.hasEdge("pkg:npm/acme-monorepo", "pkg:npm/typescript@5.4.5", .dev))
    }

    @Test func aliasKeepsTheRealPackageName() throws {
        let uuid = try #require(result.component("pkg:npm/uuid@3.4.0"))
        #expect(uuid.isDirect)
        #expect(uuid.locations.contains(SourceLocation(file: "packages/api/package.json", line: 8, column: 5)))
        #expect(result.hasEdge("pkg:npm/%40acme/api@1.0.0", "pkg:npm/uuid@3.4.0"))
        #expect(result.component("pkg:npm/old-uuid@3.4.0") == nil)
    }

    @Test func nestedDuplicateIsItsOwnComponent() throws {
        let old = try #require(result.component("pkg:npm/lodash@3.10.1"))
        #expect(old.isDirect)
        #expect(old.declaredLicenses.isEmpty)
        #expect(result.component("pkg:npm/lodash@4.17.21")?.declaredLicenses.map(\.text) == ["MIT"])
    }
}
