import Catalogers
import SovScanModel
import Testing

/// A lockfile version 3 of a small React app: scopes, nested duplicates, peers, optional, licences, locations.
@Suite struct PackageLockV3Tests {
    let result = NPMFixtures.catalog("lock-v3-app")

    @Test func everyEntryBecomesOneComponent() {
        #expect(result.purls == [
            "pkg:npm/%40acme/shop-web@2.1.0",
            "pkg:npm/%40types/prop-types@15.7.12",
            "pkg:npm/%40types/react@18.3.3",
            "pkg:npm/csstype@3.1.3",
            "pkg:npm/debug@2.6.9",
            "pkg:npm/debug@4.3.4",
            "pkg:npm/fsevents@2.3.3",
            "pkg:npm/js-tokens@4.0.0",
            "pkg:npm/loose-envify@1.4.0",
            "pkg:npm/ms@2.0.0",
            "pkg:npm/ms@2.1.2",
            "pkg:npm/ms@2.1.3",
            "pkg:npm/react-dom@18.3.1",
            "pkg:npm/react@18.3.1",
            "pkg:npm/scheduler@0.23.2",
            "pkg:npm/send@0.18.0",
            "pkg:npm/typescript@5.4.5",
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func rootIsFirstPartyWithItsManifestLicence() throws {
        let root = try #require(result.component("pkg:npm/%40acme/shop-web@2.1.0"))
        #expect(root.isFirstParty)
        #expect(!root.isDirect)
        #expect(root.group == "@acme")
        #expect(root.name == "shop-web")
        #expect(root.declaredLicenses.map(\.text) == ["UNLICENSED"])
        #expect(root.locations.contains(SourceLocation(file: "package.json", line: 2, column: 3)))
        #expect(result.components.filter(\.isFirstParty).count == 1)
        #expect(root.properties["private"] == "true")
    }

    @Test func scopesAndFlagsFollowTheLockfile() throws {
        #expect(result.component("pkg:npm/send@0.18.0")?.scope == .dev)
        #expect(result.component("pkg:npm/ms@2.0.0")?.scope == .dev)
        #expect(result.component("pkg:npm/typescript@5.4.5")?.scope == .dev)
        #expect(result.component("pkg:npm/react@18.3.1")?.scope == .peer)
        let fsevents = try #require(result.component("pkg:npm/fsevents@2.3.3"))
        #expect(fsevents.scope == .runtime && fsevents.isOptional)
        let ms = try #require(result.component("pkg:npm/ms@2.1.2"))
        #expect(ms.scope == .runtime && !ms.isOptional && !ms.isDirect)
    }

    @Test func directDependenciesAreThoseOfPackageJSON() {
        let direct = result.components.filter(\.isDirect).map(\.purl.description).sorted()
        #expect(direct == [
            "pkg:npm/%40types/react@18.3.3", "pkg:npm/debug@4.3.4", "pkg:npm/fsevents@2.3.3",
            "pkg:npm/react-dom@18.3.1", "pkg:npm/send@0.18.0", "pkg:npm/typescript@5.4.5",
        ])
    }

    @Test func locationsPointAtTheLockEntryAndTheDeclaringLine() throws {
        let debug = try #require(result.component("pkg:npm/debug@4.3.4"))
        #expect(debug.locations == [
            SourceLocation(file: "package-lock.json", line: 46, column: 5),
            SourceLocation(file: "package.json", line: 11, column: 5),
        ])
        let nestedMs = try #require(result.component("pkg:npm/ms@2.0.0"))
        #expect(nestedMs.locations.map(\.line) == [160])
    }

    @Test func licencesAndIntegrityComeFromTheLockfile() throws {
        let typescript = try #require(result.component("pkg:npm/typescript@5.4.5"))
        #expect(typescript.declaredLicenses == [
            DeclaredLicense(text: "Apache-2.0", source: .lockfile,
                            location: SourceLocation(file: "package-lock.json", line: 179, column: 18)),
        ])
        #expect(typescript.properties["resolved"] == "https://registry.npmjs.org/typescript/-/typescript-5.4.5.tgz")
        #expect(typescript.properties["integrity"]?.hasPrefix("sha512-vcI4UpRgg8xmkw6R5") == true)
    }

    @Test func edgesFollowNodeResolution() {
        let root = "pkg:npm/%40acme/shop-web@2.1.0"
        #expect(result.hasEdge(root, "pkg:npm/send@0.18.0", .dev))
        #expect(result.hasEdge(root, "pkg:npm/debug@4.3.4", .runtime))
        #expect(result.hasEdge(root, "pkg:npm/fsevents@2.3.3", .runtime))
        #expect(result.hasEdge("pkg:npm/debug@4.3.4", "pkg:npm/ms@2.1.2", .runtime))
        #expect(result.hasEdge("pkg:npm/send@0.18.0", "pkg:npm/debug@2.6.9"))
        #expect(result.hasEdge("pkg:npm/send@0.18.0", "pkg:npm/ms@2.1.3"))
        #expect(result.hasEdge("pkg:npm/debug@2.6.9", "pkg:npm/ms@2.0.0"))
        #expect(!result.hasEdge("pkg:npm/debug@2.6.9", "pkg:npm/ms@2.1.3"))
        #expect(result.hasEdge("pkg:npm/react-dom@18.3.1", "pkg:npm/react@18.3.1", .peer))
        #expect(result.hasEdge("pkg:npm/react@18.3.1", "pkg:npm/loose-envify@1.4.0", .runtime))
        #expect(result.edges.count == 18)
    }
}
