@testable import Catalogers
import SovScanModel
import Testing

/// What a `package.json`'s `cordova` member says (`CordovaApp.Declaration`), and the words of its marker.
@Suite struct CordovaAppTests {
    private func manifest(_ text: String) throws -> PackageJSON {
        var diagnostics: [Diagnostic] = []
        return try #require(PackageJSON.parse(Array(text.utf8), file: "package.json", diagnostics: &diagnostics))
    }

    @Test func platformsAndPluginsAreReadInFileOrder() throws {
        let declaration = try #require(try manifest(#"""
            {"name": "app", "cordova": {"plugins": {"cordova-plugin-device": {}, "@havesource/cordova-plugin-push":
            {"ANDROIDX_CORE_VERSION": "1.6.+"}}, "platforms": ["android", "ios"]}}
            """#).cordova)
        #expect(declaration.plugins == ["cordova-plugin-device", "@havesource/cordova-plugin-push"])
        #expect(declaration.platforms == ["android", "ios"])
        #expect(declaration.packages.map(\.name) == ["cordova-android", "cordova-ios", "cordova-plugin-device",
                                                      "@havesource/cordova-plugin-push"])
        #expect(declaration.packages.first?.origin == "cordova.platforms: android")
        #expect(CordovaApp.evidence(declaration) == "Cordova app (package.json: platforms android, ios; 2 plugins)")
    }

    /// Shapes the Cordova CLI never writes are read as far as they make sense, never as a failure.
    @Test func otherShapesGiveWhatTheyCan() throws {
        let odd = try #require(try manifest(#"{"cordova": {"plugins": ["x"], "platforms": ["android", 3, {"name": "ios"}]}}"#).cordova)
        #expect(odd.plugins.isEmpty)
        #expect(odd.platforms == ["android"])
        let empty = try #require(try manifest(#"{"cordova": {}}"#).cordova)
        #expect(CordovaApp.evidence(empty) == "Cordova app (package.json)")
        #expect(try manifest(#"{"cordova": "yes"}"#).cordova == nil)
        #expect(try manifest(#"{"name": "web"}"#).cordova == nil)
    }
}
