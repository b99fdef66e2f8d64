import Foundation
import Testing
@testable import Catalogers
import SovScanModel

/// A workspace whose Xcode project XcodeGen generates (`project.yml` beside it, no `.xcodeproj` committed) takes its
/// package references from the spec (issue 15, seventeenth sample: Sweden's EU wallet app, whose pins had no
/// manifest to connect them and defaulted to the server side).
@Suite struct XcodeGenWorkspaceTests {
    private static func pin(_ identity: String, _ url: String, _ version: String) -> String {
        """
            { "identity" : "\(identity)", "kind" : "remoteSourceControl", "location" : "\(url)",
              "state" : { "revision" : "0123456789abcdef0123456789abcdef01234567", "version" : "\(version)" } }
        """
    }

    @Test func theSpecGivesTheGeneratedProjectsPackages() throws {
        let tree = try TemporaryTree([
            "Wallet.xcworkspace/contents.xcworkspacedata": """
            <?xml version="1.0" encoding="UTF-8"?>
            <Workspace version = "1.0"><FileRef location = "group:Wallet.xcodeproj"></FileRef></Workspace>
            """,
            "Wallet.xcworkspace/xcshareddata/swiftpm/Package.resolved": """
            { "originHash" : "x", "version" : 3, "pins" : [
            \(Self.pin("jose-swift", "https://github.com/beatt83/jose-swift.git", "6.0.4")),
            \(Self.pin("swift-snapshot-testing", "https://github.com/pointfreeco/swift-snapshot-testing", "1.18.0")),
            \(Self.pin("swift-collections", "https://github.com/apple/swift-collections.git", "1.3.0"))
            ] }
            """,
            "project.yml": """
            name: Wallet
            packages:
              jose-swift:
                url: https://github.com/beatt83/jose-swift.git
                from: 6.0.4
              swift-snapshot-testing:
                github: pointfreeco/swift-snapshot-testing
                exactVersion: 1.18.0
              DesignSystem:
                path: Packages/DesignSystem
            targets:
              WalletDemo:
                type: application
                platform: iOS
                dependencies:
                  - package: jose-swift
                    product: JSONWebToken
                  - package: DesignSystem
              WalletSnapshotTests:
                type: bundle.unit-test
                dependencies:
                  - target: WalletDemo
                  - package: swift-snapshot-testing
                    product: SnapshotTesting
            """,
        ])
        defer { tree.remove() }
        let result = SwiftPMFixtures.catalog(folder: tree.root.path)
        let jose = try #require(result.component("pkg:swift/github.com/beatt83/jose-swift@6.0.4"))
        #expect(jose.isDirect && jose.scope == .runtime)
        #expect(jose.locations.contains { $0.file == "project.yml" && $0.line == 3 }, "declared at the spec's entry: \(jose.locations)")
        let snapshots = try #require(result.component("pkg:swift/github.com/pointfreeco/swift-snapshot-testing@1.18.0"))
        #expect(snapshots.isDirect && snapshots.scope == .test, "only a test bundle links it")
        let collections = try #require(result.component("pkg:swift/github.com/apple/swift-collections@1.3.0"))
        #expect(!collections.isDirect)
        #expect(jose.properties[Component.linkedProductsProperty] == "JSONWebToken")
    }

    /// A target takes the type and dependencies of the templates it names (review of the sixteenth session).
    @Test func targetTemplatesGiveTheirTypeAndDependencies() throws {
        let spec = """
        packages:
          jose-swift: { url: "https://github.com/beatt83/jose-swift.git", from: 6.0.4 }
          snapshots: { url: "https://github.com/pointfreeco/swift-snapshot-testing", from: 1.18.0 }
        targetTemplates:
          App:
            type: application
            dependencies: [{ package: jose-swift, product: JSONWebToken }]
          Tests:
            type: bundle.unit-test
            dependencies: [{ package: snapshots, product: SnapshotTesting }]
        targets:
          Wallet: { platform: iOS, templates: [App] }
          WalletTests: { templates: [Tests] }
        """
        let manifest = try #require(XcodeGenSpec.packageReferences(Array(spec.utf8), file: "project.yml"))
        #expect(manifest.applicationTargets == ["Wallet"])
        #expect(manifest.linkedPackageProducts == [ManifestProductReference(name: "JSONWebToken", package: "jose-swift")])
        #expect(manifest.testOnlyPackages == ["swift-snapshot-testing"])
    }

    @Test func theSpecsRequirementsAndProductsAreRead() throws {
        let spec = """
        packages:
          A: { url: "https://github.com/o/a", majorVersion: 2.0.0 }
          B: { url: "https://github.com/o/b", minorVersion: 1.2.0 }
          C: { url: "https://github.com/o/c", minVersion: 1.0.0, maxVersion: 1.5.0 }
          D: { url: "https://github.com/o/d", branch: main }
          E: { url: "https://github.com/o/e", revision: abc123 }
        targets:
          App:
            type: application.watchapp2
            dependencies: [{ package: A/Core }]
        """
        let manifest = try #require(XcodeGenSpec.packageReferences(Array(spec.utf8), file: "project.yml"))
        #expect(manifest.dependencies.map(\.requirement) == [.upToNextMajor("2.0.0"), .upToNextMinor("1.2.0"),
                                                              .range("1.0.0", "1.5.0"), .branch("main"), .revision("abc123")])
        #expect(manifest.applicationTargets == ["App"])
        #expect(manifest.linkedPackageProducts == [ManifestProductReference(name: "Core", package: "a")])
        #expect(XcodeGenSpec.packageReferences(Array("name: NoPackages".utf8), file: "project.yml") == nil)
    }
}

/// An Xcode project without an application target that builds only for devices is a client project (Estonia's
/// NFC library, a framework with its demo app elsewhere; nineteenth sample, whose pins defaulted to the server side).
@Suite struct XcodeDeviceSDKTests {
    private static func project(sdk: String) -> String {
        """
        // !$*UTF8*$!
        {
        \tobjects = {
        \t\tA1 /* nfclib */ = {
        \t\t\tisa = PBXNativeTarget;
        \t\t\tname = nfclib;
        \t\t\tproductType = "com.apple.product-type.framework";
        \t\t};
        \t\tB1 /* Release */ = {
        \t\t\tisa = XCBuildConfiguration;
        \t\t\tbuildSettings = {
        \t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 15.0;
        \t\t\t\tSDKROOT = \(sdk);
        \t\t\t};
        \t\t\tname = Release;
        \t\t};
        \t\tC1 /* XCRemoteSwiftPackageReference "SwiftECC" */ = {
        \t\t\tisa = XCRemoteSwiftPackageReference;
        \t\t\trepositoryURL = "https://github.com/leif-ibsen/SwiftECC";
        \t\t\trequirement = {
        \t\t\t\tkind = upToNextMajorVersion;
        \t\t\t\tminimumVersion = 5.1.0;
        \t\t\t};
        \t\t};
        \t};
        }
        """
    }

    @Test func aFrameworkBuiltForIPhoneIsAClientProject() {
        let (ios, _) = XcodeProjectReader.packageReferences(Array(Self.project(sdk: "iphoneos").utf8), file: "x/project.pbxproj")
        #expect(ios.xcodeSDKs == ["iphoneos"])
        #expect(ios.applicationTargets.isEmpty)
        #expect(ios.clientAppEvidence == "Xcode project built for iphoneos (SDKROOT)")
        #expect(ios.dependencies.map(\.locationText) == ["https://github.com/leif-ibsen/SwiftECC"])
        // A macOS project may build a command-line tool or a server: no client evidence by itself.
        let (mac, _) = XcodeProjectReader.packageReferences(Array(Self.project(sdk: "macosx").utf8), file: "x/project.pbxproj")
        #expect(mac.clientAppEvidence == nil)
    }
}
