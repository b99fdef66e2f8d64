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

/// A `package.json` that states the VS Code versions it runs in (`engines.vscode`) is an editor extension's: its
/// project carries `Component.editorExtensionProperty` (Apache Camel Karavan's `karavan-vscode`, thirty-fourth
/// sample); one that states only Node's does not.
@Suite struct EditorExtensionTests {
    private func properties(_ text: String) throws -> [String: String] {
        var diagnostics: [Diagnostic] = []
        let manifest = try #require(PackageJSON.parse(Array(text.utf8), file: "karavan-vscode/package.json",
                                                      diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        return manifest.projectProperties
    }

    @Test func anExtensionStatesItsEditor() throws {
        let extensionProperties = try properties(#"""
            {"name": "karavan", "publisher": "camel-karavan", "engines": {"vscode": "^1.89.0"},
             "contributes": {"commands": []}, "dependencies": {"@apache/karavan-core": "4.22.0"}}
            """#)
        #expect(extensionProperties[Component.editorExtensionProperty] == "karavan-vscode/package.json")
        let server = try properties(#"{"name": "api", "engines": {"node": ">=20"}}"#)
        #expect(server[Component.editorExtensionProperty] == nil)
    }
}
