@testable import Catalogers
import SovScanModel
import Testing

/// A project nested in another that declares it (`"sign-in-app": "file:../"`, as GOV.UK One Login's `journey-map/`
/// declares the sign-in app it draws) carries `Component.usesEnclosingProjectProperty`; the enclosing project and
/// projects that declare only siblings or registry packages do not.
@Suite struct EnclosingProjectTests {
    let result = NPMFixtures.catalog("enclosing-project")

    @Test func aNestedProjectDeclaringItsEnclosingFolderIsMarked() throws {
        let map = try #require(result.component("pkg:npm/journey-map@1.0.0"))
        #expect(map.isFirstParty)
        #expect(map.properties[Component.usesEnclosingProjectProperty] == "sign-in-app: file:../")
        #expect(map.properties["private"] == "true")
        let app = try #require(result.component("pkg:npm/sign-in-app@1.0.0"))
        #expect(app.properties[Component.usesEnclosingProjectProperty] == nil)
        #expect(result.component("pkg:npm/express@4.21.2")?.properties[Component.usesEnclosingProjectProperty] == nil)
    }

    @Test func onlyFoldersMadeOfParentSegmentsEnclose() {
        for specifier in ["file:../", "file:..", "link:../..", "../", "file:../../../.."] {
            #expect(PackageJSON.namesEnclosingFolder(specifier), "\(specifier)")
        }
        for specifier in ["file:../lib", "file:./", "workspace:*", "^1.2.3", "file:", "../shared", "github:a/b"] {
            #expect(!PackageJSON.namesEnclosingFolder(specifier), "\(specifier)")
        }
    }
}
