import Foundation
import Testing
@testable import Catalogers
import SovScanModel

/// An Xcode app's packages found without a package reference (issue 15, the twenty-second sample): NetNewsWire links
/// `RSParser`, a product of `Modules/RSParser/Package.swift` in a synchronized folder, by name alone; Threema refers
/// to `Keychain` as a folder, and `Keychain` resolves its own dependencies. Both run in the app.
@Suite struct XcodeAppLinkedPackagesTests {
    private static let project = """
    // !$*UTF8*$!
    {
    \tobjects = {
    \t\tC1 /* Modules */ = {isa = PBXFileSystemSynchronizedRootGroup; path = Modules; sourceTree = "<group>"; };
    \t\tC2 /* Keychain */ = {isa = PBXFileReference; lastKnownFileType = wrapper; path = Keychain; sourceTree = "<group>"; };
    \t\tC10 /* Reader */ = {
    \t\t\tisa = PBXNativeTarget;
    \t\t\tname = Reader;
    \t\t\tpackageProductDependencies = (
    \t\t\t\tC21 /* RSParser */,
    \t\t\t);
    \t\t\tproductType = "com.apple.product-type.application";
    \t\t};
    \t\tC21 /* RSParser */ = {
    \t\t\tisa = XCSwiftPackageProductDependency;
    \t\t\tproductName = RSParser;
    \t\t};
    \t};
    }
    """

    private static func resolved(_ pins: [(String, String)]) -> String {
        let entries = pins.map { identity, url in
            """
                {
                  "identity" : "\(identity.lowercased())",
                  "kind" : "remoteSourceControl",
                  "location" : "\(url)",
                  "state" : { "revision" : "2a5cd8a715ad1145d36009f5d3f146704d3f7ec0", "version" : "1.0.1" }
                }
            """
        }
        return "{\n  \"pins\" : [\n\(entries.joined(separator: ",\n"))\n  ],\n  \"version\" : 2\n}\n"
    }

    private static func manifest(_ name: String, dependency: String) -> String {
        """
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(
            name: "\(name)",
            products: [.library(name: "\(name)", targets: ["\(name)"])],
            dependencies: [.package(url: "\(dependency)", from: "1.0.0")],
            targets: [.target(name: "\(name)", dependencies: [.product(name: "Dep", package: "dep")])]
        )
        """
    }

    @Test func packagesTheAppLinksByProductNameOrFolderAreClientCode() throws {
        let tidemark = "https://github.com/brentsimmons/Tidemark"
        let lumberjack = "https://github.com/CocoaLumberjack/CocoaLumberjack"
        let tree = try TemporaryTree([
            "Reader.xcodeproj/project.pbxproj": Self.project,
            "Reader.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": Self.resolved([("Tidemark", tidemark)]),
            "Modules/RSParser/Package.swift": Self.manifest("RSParser", dependency: tidemark),
            "Keychain/Package.swift": Self.manifest("Keychain", dependency: lumberjack),
            "Keychain/Package.resolved": Self.resolved([("CocoaLumberjack", lumberjack)]),
            // Not linked by the app: a server-side tool beside it keeps no client evidence.
            "Tools/Exporter/Package.swift": Self.manifest("Exporter", dependency: lumberjack),
            "Tools/Exporter/Package.resolved": Self.resolved([("CocoaLumberjack", lumberjack)]),
        ])
        defer { tree.remove() }
        let result = SwiftPMFixtures.catalog(folder: tree.root.path)
        // The app's lockfile pins what RSParser declares: one component, not an unpinned one beside the pin.
        let tidemarks = result.components.filter { $0.name == "Tidemark" }.map(\.purl.description)
        #expect(tidemarks == ["pkg:swift/github.com/brentsimmons/Tidemark@1.0.1"])
        #expect(result.edgeStrings.contains("pkg:swift/local/RSParser -> pkg:swift/github.com/brentsimmons/Tidemark@1.0.1"))
        let parser = try #require(result.component("pkg:swift/local/RSParser"))
        #expect(parser.properties[Component.clientAppProperty] == "linked by the Xcode application target Reader (Reader.xcodeproj)")
        let keychain = try #require(result.component("pkg:swift/local/Keychain"))
        #expect(keychain.properties[Component.clientAppProperty] == "linked by the Xcode application target Reader (Reader.xcodeproj)")
        #expect(try #require(result.component("pkg:swift/local/Exporter")).properties[Component.clientAppProperty] == nil)
    }
}
