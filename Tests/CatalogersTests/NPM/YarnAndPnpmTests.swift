import Catalogers
import SovScanModel
import Testing

/// The same small project locked by pnpm 5.x, pnpm 6.x and yarn berry gives the same catalog.
@Suite struct SameProjectAcrossLockfilesTests {
    @Test(arguments: ["pnpm-v5", "pnpm-v6", "yarn-berry"])
    func catalogIsTheSame(_ fixture: String) throws {
        let result = NPMFixtures.catalog(fixture)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.purls == [
            "pkg:npm/fsevents@2.3.3", "pkg:npm/js-tokens@4.0.0", "pkg:npm/loose-envify@1.4.0",
            "pkg:npm/nanoid@3.3.7", "pkg:npm/react@18.3.1", "pkg:npm/small-app@1.0.0", "pkg:npm/typescript@5.4.5",
        ])
        let root = "pkg:npm/small-app@1.0.0"
        #expect(result.component(root)?.isFirstParty == true)
        #expect(result.component(root)?.declaredLicenses.map(\.text) == ["MIT"])
        #expect(result.components.filter(\.isDirect).map(\.purl.description).sorted() == [
            "pkg:npm/fsevents@2.3.3", "pkg:npm/nanoid@3.3.7", "pkg:npm/react@18.3.1", "pkg:npm/typescript@5.4.5",
        ])
        #expect(result.component("pkg:npm/typescript@5.4.5")?.scope == .dev)
        #expect(result.component("pkg:npm/js-tokens@4.0.0")?.scope == .runtime)
        #expect(result.component("pkg:npm/fsevents@2.3.3")?.isOptional == true)
        #expect(result.component("pkg:npm/react@18.3.1")?.isOptional == false)
        #expect(result.component("pkg:npm/nanoid@3.3.7")?.locations.contains(
            SourceLocation(file: "package.json", line: 6, column: 5)) == true)
        #expect(result.hasEdge(root, "pkg:npm/typescript@5.4.5", .dev))
        #expect(result.hasEdge(root, "pkg:npm/nanoid@3.3.7", .runtime))
        #expect(result.hasEdge(root, "pkg:npm/fsevents@2.3.3", .runtime))
        #expect(result.hasEdge("pkg:npm/react@18.3.1", "pkg:npm/loose-envify@1.4.0"))
        #expect(result.hasEdge("pkg:npm/loose-envify@1.4.0", "pkg:npm/js-tokens@4.0.0"))
        #expect(result.edges.count == 6)
    }
}

/// pnpm 9.x: `packages` + `snapshots`, importers, `link:` workspace references and an alias.
@Suite struct PnpmV9Tests {
    let result = NPMFixtures.catalog("pnpm-v9")

    @Test func importersAreFirstPartyAndLinked() throws {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.components.filter(\.isFirstParty).map(\.purl.description).sorted() == [
            "pkg:npm/%40acme/lib@0.1.0", "pkg:npm/pnpm-monorepo@0.1.0",
        ])
        #expect(result.hasEdge("pkg:npm/pnpm-monorepo@0.1.0", "pkg:npm/%40acme/lib@0.1.0", .runtime))
        #expect(result.component("pkg:npm/pnpm-monorepo@0.1.0")?.properties["private"] == "true")
        #expect(result.component("pkg:npm/%40acme/lib@0.1.0")?.properties["private"] == nil)
        #expect(result.hasEdge("pkg:npm/%40acme/lib@0.1.0", "pkg:npm/react@18.3.1", .runtime))
        let lib = try #require(result.component("pkg:npm/%40acme/lib@0.1.0"))
        #expect(lib.declaredLicenses.map(\.text) == ["EUPL-1.2"])
        #expect(result.component("pkg:npm/react@18.3.1")?.isDirect == true)
    }

    @Test func aliasesAndSnapshotsResolve() throws {
        #expect(result.purls.count == 11)
        let stringWidth = try #require(result.component("pkg:npm/string-width@4.2.3"))
        #expect(stringWidth.isDirect && stringWidth.scope == .runtime)
        #expect(stringWidth.properties["integrity"]?.hasPrefix("sha512-wKyQRQpjJ0sIp62") == true)
        #expect(stringWidth.locations.contains(SourceLocation(file: "package.json", line: 7, column: 5)))
        #expect(result.hasEdge("pkg:npm/string-width@4.2.3", "pkg:npm/strip-ansi@6.0.1"))
        #expect(result.hasEdge("pkg:npm/strip-ansi@6.0.1", "pkg:npm/ansi-regex@5.0.1"))
        #expect(result.component("pkg:npm/ansi-regex@5.0.1")?.scope == .runtime)
        #expect(result.component("pkg:npm/typescript@5.4.5")?.scope == .dev)
    }
}

/// yarn 1 with workspaces: the lockfile has no workspace entries, package.json files say what is direct and dev.
@Suite struct YarnV1WorkspaceTests {
    let result = NPMFixtures.catalog("yarn-v1-workspaces")

    @Test func packagesAndScopes() throws {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.purls == [
            "pkg:npm/%40acme/ui@1.0.0", "pkg:npm/%40acme/web@1.2.0", "pkg:npm/debug@2.6.9", "pkg:npm/debug@4.3.4",
            "pkg:npm/fsevents@2.3.3", "pkg:npm/js-tokens@4.0.0", "pkg:npm/loose-envify@1.4.0", "pkg:npm/ms@2.0.0",
            "pkg:npm/ms@2.1.2", "pkg:npm/nanoid@3.3.7", "pkg:npm/react@18.3.1", "pkg:npm/typescript@5.4.5",
            "pkg:npm/yarn-monorepo",
        ])
        #expect(result.component("pkg:npm/debug@2.6.9")?.scope == .dev)
        #expect(result.component("pkg:npm/ms@2.0.0")?.scope == .dev)
        #expect(result.component("pkg:npm/ms@2.1.2")?.scope == .runtime)
        #expect(result.component("pkg:npm/fsevents@2.3.3")?.isOptional == true)
        let ms = try #require(result.component("pkg:npm/ms@2.1.2"))
        #expect(ms.locations == [SourceLocation(file: "yarn.lock", line: 46, column: 1)])
        #expect(ms.properties["integrity"]?.hasPrefix("sha512-sGkPx") == true)
    }

    @Test func workspacesLinkToEachOther() {
        #expect(result.hasEdge("pkg:npm/%40acme/web@1.2.0", "pkg:npm/%40acme/ui@1.0.0", .runtime))
        #expect(result.hasEdge("pkg:npm/%40acme/web@1.2.0", "pkg:npm/nanoid@3.3.7", .runtime))
        #expect(result.hasEdge("pkg:npm/%40acme/ui@1.0.0", "pkg:npm/debug@2.6.9", .dev))
        #expect(result.hasEdge("pkg:npm/debug@4.3.4", "pkg:npm/ms@2.1.2", .runtime))
        #expect(result.hasEdge("pkg:npm/yarn-monorepo", "pkg:npm/typescript@5.4.5", .dev))
        #expect(result.components.filter(\.isDirect).count == 6)
    }
}
