import Catalogers
import SovScanModel
import Testing

/// Target-level facts of `Package.swift` (issue 15): the kind of each target, what it depends on, the arrays code
/// appends to the package, and the side (client, server, build time) of the targets that use each package.
@Suite struct SwiftTargetUseTests {
    private func read(_ source: String) -> (PackageManifest, [Diagnostic]) {
        PackageManifestParser.parse(Array(source.utf8), file: "Package.swift")
    }

    /// A package with shared targets, a client half appended inside an `if` and a server half appended after it.
    private let fullStack = """
        // swift-tools-version:5.9
        import Foundation
        import PackageDescription

        var package = Package(
          name: "game",
          products: [.library(name: "Models", targets: ["Models"])],
          dependencies: [
            .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
            .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
            .package(url: "https://github.com/realm/SwiftLint", from: "0.57.0"),
            .package(url: "https://github.com/swiftlang/swift-syntax", from: "600.0.0"),
          ],
          targets: [
            .target(name: "Models", dependencies: [.product(name: "Tagged", package: "swift-tagged")]),
            .executableTarget(name: "gen", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
            .plugin(name: "GenPlugin", capability: .buildTool(), dependencies: ["gen"]),
            .macro(name: "GameMacros", dependencies: [.product(name: "SwiftSyntaxMacros", package: "swift-syntax")]),
          ]
        )
        if ProcessInfo.processInfo.environment["SERVER_ONLY"] == nil {
          package.dependencies.append(contentsOf: [
            .package(url: "https://github.com/pointfreeco/swift-composable-architecture", from: "1.15.0"),
          ])
          package.products.append(contentsOf: [.library(name: "AppFeature", targets: ["AppFeature", "AppViews"])])
          package.targets.append(contentsOf: [
            .target(name: "AppViews", dependencies: ["Models"]),
            .target(name: "AppFeature", dependencies: ["AppViews", .target(name: "GameMacros")],
                    plugins: [.plugin(name: "SwiftLintBuildToolPlugin", package: "SwiftLint"), "GenPlugin"]),
          ])
        }
        package.dependencies += [
          .package(url: "https://github.com/vapor/vapor", from: "4.99.0"),
        ]
        package.targets += [
          .executableTarget(name: "Server", dependencies: ["Models", .product(name: "Vapor", package: "vapor")]),
          .testTarget(name: "ServerTests", dependencies: ["Server", .product(name: "XCTVapor", package: "vapor")]),
        ]
        """

    @Test func targetsOfEveryKindAndTheArraysCodeAppendsAreRead() throws {
        let (manifest, diagnostics) = read(fullStack)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(manifest.dependencies.map(\.identity) == ["swift-tagged", "swift-argument-parser", "swiftlint",
                                                           "swift-syntax", "swift-composable-architecture", "vapor"])
        let targets = try #require(manifest.targets)
        #expect(targets.map { "\($0.kind.rawValue) \($0.name)" } == [
            "target Models", "executableTarget gen", "plugin GenPlugin", "macro GameMacros", "target AppViews",
            "target AppFeature", "executableTarget Server", "testTarget ServerTests",
        ])
        let feature = try #require(manifest.targetNamed("AppFeature"))
        #expect(feature.targetReferences == ["AppViews", "GameMacros"])
        #expect(feature.pluginPackages == ["SwiftLint"])
        #expect(feature.declaredAt?.line == 28)
        #expect(manifest.products == [ManifestProduct(name: "Models", kind: "library", targets: ["Models"]),
                                      ManifestProduct(name: "AppFeature", kind: "library", targets: ["AppFeature", "AppViews"])])
    }

    @Test func eachPackageTakesTheSideOfTheTargetsThatUseIt() throws {
        let (manifest, _) = read(fullStack)
        let uses = SwiftTargetSides.uses(in: manifest, linkedByApp: ["AppFeature"])
        // Models serves the app (AppViews, linked through the AppFeature product) and the server: a tie.
        let tagged = try #require(uses["swift-tagged"])
        #expect(tagged.clientTargets.map(\.name) == ["Models"])
        #expect(tagged.serverTargets.map(\.name) == ["Models"])
        #expect(tagged.side == .server)
        #expect(tagged.evidence.contains("as many on each side, so the server side"), "\(tagged.evidence)")
        #expect(tagged.clientTargets.first?.why == "through AppViews, linked by the Xcode app")
        let vapor = try #require(uses["vapor"])
        #expect(vapor.side == .server)
        #expect(vapor.serverTargets.first?.why == "uses vapor")
        // The composable architecture is no dependency of any target here: nothing is claimed.
        #expect(uses["swift-composable-architecture"]?.side == nil)
        // The executable only a build-tool plugin runs, a macro and a plugin of another package: build time.
        for identity in ["swift-argument-parser", "swift-syntax", "swiftlint"] {
            let use = try #require(uses[identity])
            #expect(use.buildTimeOnly, "\(identity)")
            #expect(use.side == nil, "\(identity)")
        }
        #expect(uses["swiftlint"]?.buildTimeUsers == ["AppFeature"])
        #expect(uses["swift-syntax"]?.buildTimeUsers == ["GameMacros"])
    }

    @Test func withoutAnAppLinkOnlyFrameworksTellTheSide() throws {
        let (manifest, _) = read(fullStack)
        let uses = SwiftTargetSides.uses(in: manifest)
        // AppViews has no client evidence of its own without the app's link: only the server side is known.
        #expect(uses["swift-tagged"]?.clientTargets.isEmpty == true)
        #expect(uses["swift-tagged"]?.side == .server)
        #expect(uses["swift-tagged"]?.evidence == "used by server targets Models (Models: through Server, uses vapor)")
    }

    @Test func appendsTheReaderCannotFollowLeaveTheTargetsUnknownAndSayWhere() {
        let (manifest, diagnostics) = read("""
            var package = Package(name: "x", dependencies: [], targets: [.target(name: "A")])
            package.targets.append(contentsOf: makeTargets())
            package.dependencies.append(contentsOf: extra)
            package.dependencies.append(contentsOf: [
              .package(url: "https://github.com/a/b", from: "1.0.0"),
              dependency(),
            ])
            """)
        #expect(manifest.targets == nil, "a target array that is not a literal makes the targets unknown")
        #expect(manifest.dependencies.map(\.identity) == ["b"])
        #expect(diagnostics.map { $0.location?.line ?? 0 } == [3, 6])
        #expect(diagnostics.first?.message.contains("not an array literal") == true)
        #expect(SwiftTargetSides.uses(in: manifest).isEmpty)
    }

    @Test func aLongChainOfTargetsIsReadWithoutRecursionAndInOnePass() throws {
        // 20,000 targets, each depending on the one before; the first uses a package, the last runs Vapor.
        let count = 20_000
        var source = """
            var package = Package(name: "chain", dependencies: [
              .package(url: "https://github.com/example-org/base", from: "1.0.0"),
              .package(url: "https://github.com/vapor/vapor", from: "4.0.0"),
            ], targets: [
              .target(name: "T0", dependencies: [.product(name: "Base", package: "base")]),

            """
        for index in 1..<count - 1 { source += "  .target(name: \"T\(index)\", dependencies: [\"T\(index - 1)\"]),\n" }
        source += "  .executableTarget(name: \"T\(count - 1)\", dependencies: [\"T\(count - 2)\", "
            + ".product(name: \"Vapor\", package: \"vapor\")]),\n])\n"
        let (manifest, diagnostics) = read(source)
        #expect(diagnostics.isEmpty)
        #expect(manifest.targets?.count == count)
        let base = try #require(SwiftTargetSides.uses(in: manifest)["base"])
        #expect(base.side == .server)
        #expect(base.serverTargets.first?.why == "through T\(count - 1), uses vapor")
    }

    @Test func nestedAppendsAreReadOnceNotOncePerLevel() throws {
        // A hostile manifest: 5,000 `package.dependencies += [` statements, each inside the array of the one before.
        // The outer array's one element is not a `.package(...)` literal: one warning, and no level is read again
        // (read again per level, the work and the warnings grew with the square of the depth).
        let depth = 5_000
        let source = "var package = Package(name: \"deep\")\n"
            + String(repeating: "package.dependencies += [\n", count: depth)
            + ".package(url: \"https://github.com/example-org/leaf\", from: \"1.0.0\")\n"
            + String(repeating: "]\n", count: depth)
        let (manifest, diagnostics) = read(source)
        #expect(manifest.dependencies.isEmpty)
        #expect(diagnostics.count <= 2, "\(diagnostics.count) diagnostics: \(diagnostics.prefix(3))")
        #expect(diagnostics.allSatisfy { $0.location?.line ?? 0 <= 3 }, "\(diagnostics.prefix(3))")
    }

    @Test func anXcodeProjectNamesTheProductsItsTargetsLink() throws {
        let pbxproj = """
            {
            \tobjects = {
            \t\tAA /* Game */ = {
            \t\t\tisa = PBXNativeTarget;
            \t\t\tname = Game;
            \t\t\tproductType = "com.apple.product-type.application";
            \t\t};
            \t\tBB /* AppFeature */ = {
            \t\t\tisa = XCSwiftPackageProductDependency;
            \t\t\tproductName = AppFeature;
            \t\t};
            \t};
            }
            """
        let (manifest, diagnostics) = XcodeProjectReader.packageReferences(Array(pbxproj.utf8), file: "project.pbxproj")
        #expect(diagnostics.isEmpty)
        #expect(manifest.applicationTargets == ["Game"])
        #expect(manifest.linkedProducts == ["AppFeature"])
    }

    /// Modelled on Simplenote for iOS: a `UITestsFoundation` framework target that only the UI-test bundle depends on
    /// links Automattic's ScreenObject; the app links Simperium. A framework that nothing depends on ships, as one the
    /// app depends on does, and so does one that only its own unit tests depend on (Xcode's framework template).
    @Test func productsOfTargetsOnlyTestBundlesDependOnAreTestOnly() throws {
        func target(_ id: String, _ name: String, _ type: String, products: [String], dependencies: [String] = []) -> String {
            """
            \t\t\(id) /* \(name) */ = {
            \t\t\tisa = PBXNativeTarget;
            \t\t\tdependencies = (
            \(dependencies.map { "\t\t\t\t\($0) /* PBXTargetDependency */," }.joined(separator: "\n"))
            \t\t\t);
            \t\t\tname = \(name);
            \t\t\tpackageProductDependencies = (
            \(products.map { "\t\t\t\t\($0) /* product */," }.joined(separator: "\n"))
            \t\t\t);
            \t\t\tproductType = "com.apple.product-type.\(type)";
            \t\t};
            """
        }
        func package(_ id: String, _ url: String) -> String {
            "\t\t\(id) = {\n\t\t\tisa = XCRemoteSwiftPackageReference;\n\t\t\trepositoryURL = \"\(url)\";\n\t\t};"
        }
        func product(_ id: String, _ name: String, _ package: String) -> String {
            "\t\t\(id) = {\n\t\t\tisa = XCSwiftPackageProductDependency;\n\t\t\tpackage = \(package);\n\t\t\tproductName = \(name);\n\t\t};"
        }
        let pbxproj = ["{", "\tobjects = {",
            target("A1", "Simplenote", "application", products: ["P1"], dependencies: ["D2"]),
            target("A2", "SimplenoteUITests", "bundle.ui-testing", products: [], dependencies: ["D1"]),
            target("A3", "UITestsFoundation", "framework", products: ["P2"]),
            target("A4", "ShareExtensionKit", "framework", products: ["P3"]),
            target("A5", "Widgets", "framework", products: ["P4"]),
            target("A6", "WidgetsTests", "bundle.unit-test", products: [], dependencies: ["D3"]),
            "\t\tD1 = {isa = PBXTargetDependency; target = A3 /* UITestsFoundation */; };",
            "\t\tD3 = {isa = PBXTargetDependency; target = A5 /* Widgets */; };",
            "\t\tD2 = {isa = PBXTargetDependency; target = A4 /* ShareExtensionKit */; };",
            package("R1", "https://github.com/Simperium/simperium-ios"),
            package("R2", "https://github.com/Automattic/ScreenObject"),
            package("R3", "https://github.com/Automattic/Gridicons-iOS"),
            package("R4", "https://github.com/Automattic/wordpress-kit"),
            product("P1", "Simperium", "R1"), product("P2", "ScreenObject", "R2"), product("P3", "Gridicons", "R3"),
            product("P4", "WordPressKit", "R4"),
            "\t};", "}"].joined(separator: "\n")
        let (manifest, diagnostics) = XcodeProjectReader.packageReferences(Array(pbxproj.utf8), file: "project.pbxproj")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(manifest.testOnlyPackages == ["screenobject"])
        #expect(Set(manifest.linkedPackageProducts.map(\.package)) == ["simperium-ios", "gridicons-ios", "wordpress-kit"])
    }

    @Test func aTargetDeclaredInBothBranchesOfAnIfElseIsListedOnce() throws {
        let (manifest, diagnostics) = read("""
            import Foundation
            import PackageDescription

            var package = Package(name: "app", dependencies: [], targets: [])
            if ProcessInfo.processInfo.environment["SERVER_FROM_MAIN"] != nil {
              package.dependencies += [.package(url: "https://github.com/vapor/vapor", branch: "main")]
              package.targets += [
                .executableTarget(name: "Server", dependencies: [.product(name: "Vapor", package: "vapor")]),
              ]
            } else {
              package.dependencies += [.package(url: "https://github.com/vapor/vapor", from: "4.99.0")]
              package.targets += [
                .executableTarget(name: "Server", dependencies: [.product(name: "Vapor", package: "vapor")]),
              ]
            }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        // Both branches are read: the package and the target come twice, the use names the target once.
        #expect(manifest.dependencies.map(\.identity) == ["vapor", "vapor"])
        #expect(manifest.targets?.map(\.name) == ["Server", "Server"])
        let vapor = try #require(SwiftTargetSides.uses(in: manifest)["vapor"])
        #expect(vapor.shippingTargets == ["Server"])
        #expect(vapor.evidence == "used by server targets Server (Server: uses vapor)")
    }
}
