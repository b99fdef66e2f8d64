import Foundation
@testable import Catalogers
import SovScanModel
import Testing

/// A package for iOS and macOS whose sources import a framework of devices and user interfaces is a client library
/// (Nordic Semiconductor's Wi-Fi provisioning library, thirty-fifth sample); the same platforms without such an
/// import, or a server's imports, say nothing, and a package for device platforms only was a client already.
@Suite struct DeviceFrameworkImportsTests {
    private func package(platforms: String, sources: [String: String]) throws -> TemporaryTree {
        try TemporaryTree.swiftPackage("provisioner", platforms: platforms, targets: #".target(name: "Provisioner")"#,
                                       sources: sources)
    }

    private func clientEvidence(platforms: String, sources: [String: String]) throws -> String? {
        let tree = try package(platforms: platforms, sources: sources)
        defer { tree.remove() }
        let root = try #require(SwiftPMFixtures.catalog(folder: tree.root.path).component("pkg:swift/local/provisioner"))
        return root.properties[Component.clientAppProperty]
    }

    @Test func aBluetoothLibraryForIOSAndMacOSIsAClient() throws {
        let evidence = try clientEvidence(platforms: ".macOS(.v10_13), .iOS(.v13)", sources: [
            "Sources/Provisioner/Constants.swift": "import Foundation\n",
            "Sources/Provisioner/Scanner/Scanner.swift": "import Foundation\n@preconcurrency import CoreBluetooth\n",
        ])
        #expect(evidence == "sources import CoreBluetooth (Sources/Provisioner/Scanner/Scanner.swift)")
    }

    /// Nordic's nRF Connect Device Manager keeps its libraries' sources in folders its targets name with `path:`
    /// (`iOSMcuManagerLibrary/Source`) and names a sibling target with `.byNameItem(name:condition:)`.
    @Test func theTargetsOwnSourceFoldersAreRead() throws {
        let tree = try TemporaryTree.swiftPackage(
            "device-manager", platforms: ".iOS(.v13), .macOS(.v10_15)",
            targets: #"""
            .target(name: "McuManager", path: "McuManagerLibrary/Source"),
            .target(name: "Ota", dependencies: [.byNameItem(name: "McuManager", condition: nil)], path: "OtaLibrary/Source"),
            .testTarget(name: "McuManagerTests", dependencies: ["McuManager"], path: "Tests/Mocks")
            """#,
            sources: [
                "McuManagerLibrary/Source/Manager.swift": "import Foundation\nimport CoreBluetooth\n",
                "Tests/Mocks/Mock.swift": "import UIKit\n",
            ])
        defer { tree.remove() }
        let root = try #require(SwiftPMFixtures.catalog(folder: tree.root.path).component("pkg:swift/local/device-manager"))
        #expect(root.properties[Component.clientAppProperty]
                    == "sources import CoreBluetooth (McuManagerLibrary/Source/Manager.swift)")
        let (manifest, _) = PackageManifestParser.parse(Array("""
            // swift-tools-version:5.3
            import PackageDescription
            let package = Package(name: "p", targets: [
                .target(name: "A", path: "Lib/A"), .target(name: "B", path: "Sources/B"),
                .target(name: "C", path: "../Elsewhere"), .target(name: "D", path: "Lib/A/D"),
                .testTarget(name: "T", path: "Checks")
            ])
            """.utf8), file: "Package.swift")
        #expect(PackageImports.sourceFolders(of: manifest) == ["Sources", "Lib/A"])
        // A folder named after one inside it is read once, whole.
        let (nested, _) = PackageManifestParser.parse(Array("""
            // swift-tools-version:5.3
            import PackageDescription
            let package = Package(name: "p", targets: [
                .target(name: "A", path: "Lib/A"), .target(name: "L", path: "Lib"), .target(name: "S", path: "Sources")
            ])
            """.utf8), file: "Package.swift")
        #expect(PackageImports.sourceFolders(of: nested) == ["Sources", "Lib"])
    }

    @Test func theSamePlatformsWithoutSuchAnImportSayNothing() throws {
        #expect(try clientEvidence(platforms: ".macOS(.v13), .iOS(.v16)", sources: [
            "Sources/Provisioner/Server.swift": "import NIOCore\nimport Foundation // UIKit is not needed\n",
        ]) == nil)
        // An import for Apple's platforms only, in a package that builds elsewhere too (review20's question).
        #expect(try clientEvidence(platforms: ".macOS(.v13), .iOS(.v16)", sources: [
            "Sources/Provisioner/Color.swift": "import Foundation\n#if canImport(UIKit)\n  import UIKit\n#endif\n",
            "Sources/Provisioner/View.swift": "#if os(iOS)\nimport SwiftUI\n#else\nimport Foundation\n#endif\n",
        ]) == nil)
        // Without a device platform a Mac package's UI import is left to the other evidence.
        #expect(try clientEvidence(platforms: ".macOS(.v13)", sources: [
            "Sources/Provisioner/View.swift": "import SwiftUI\n",
        ]) == nil)
        // Device platforms only: a client by its platforms, as before.
        #expect(try clientEvidence(platforms: ".iOS(.v16)", sources: ["Sources/Provisioner/A.swift": "import Foundation\n"])
                    == "Package.swift supports only iOS")
    }

    @Test func importsAreReadLineByLine() {
        let modules = DeviceFrameworkImports.modules
        #expect(SwiftImports.first(in: "import Foundation\nimport UIKit", among: modules) == "UIKit")
        #expect(SwiftImports.first(in: "import UIKitExtensions", among: modules) == nil)
        #expect(SwiftImports.first(in: "// import AppKit", among: modules) == nil)
        let read = SwiftImports.all(in: "import UIKit\n#if canImport(AppKit)\nimport AppKit\n#endif\nimport SwiftUI",
                                    among: modules)
        #expect(read.map(\.module) == ["UIKit", "AppKit", "SwiftUI"])
        #expect(read.map(\.conditional) == [false, true, false])
    }

    /// Swift 6's access-level imports, several attributes, a declaration imported alone, a submodule and a second
    /// statement on the line import the module too; a string or another statement does not.
    @Test func importsWithAccessLevelsKindsAndSubmodules() {
        let modules = DeviceFrameworkImports.modules
        #expect(SwiftImports.first(in: "public import UIKit", among: modules) == "UIKit")
        #expect(SwiftImports.first(in: "internal import CoreBluetooth\n", among: modules) == "CoreBluetooth")
        #expect(SwiftImports.first(in: "@preconcurrency @_implementationOnly import AppKit", among: modules) == "AppKit")
        #expect(SwiftImports.first(in: "@_exported package import SwiftUI", among: modules) == "SwiftUI")
        #expect(SwiftImports.first(in: "import class UIKit.UIView", among: modules) == "UIKit")
        #expect(SwiftImports.first(in: "import UIKit.UIGestureRecognizerSubclass", among: modules) == "UIKit")
        #expect(SwiftImports.first(in: "import Foundation; import CoreNFC", among: modules) == "CoreNFC")
        #expect(SwiftImports.first(in: "let text = \"import UIKit\"\nprivate let UIKit = 1", among: modules) == nil)
        #expect(SwiftImports.first(in: "import UIKitPlus.UIKit", among: modules) == nil)
        #expect(SwiftImports.first(in: "public func load() {}", among: modules) == nil)
    }
}
