import Catalogers
import SovScanModel
import Testing

/// Xcode apps whose code lives in local packages (modelled on IceCubesApp and isowords): the app's
/// `Package.resolved` pins the local packages' dependencies too.
@Suite("Xcode projects with local packages")
struct XcodeLocalPackagesTests {
    private let lockfile = "Reader.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved"

    @Test("each dependency of a local package is one component at its pinned version, without false warnings")
    func pinnedOnce() throws {
        let result = SwiftPMFixtures.catalog(folder: SwiftPMFixtures.root + "/xcode-local-packages")
        // The one declaration the app's lockfile does not pin is the only warning; no "no Package.resolved".
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.message)" } == [
            "Packages/Feed/Package.swift:18:5 'feedkit' is declared but not pinned in \(lockfile)",
        ])
        let thirdParty = result.components.filter { !$0.isFirstParty }.map(\.purl.description).sorted()
        #expect(thirdParty == [
            "pkg:swift/github.com/apple/swift-collections@1.1.4",
            "pkg:swift/github.com/example-org/FeedKit",
            "pkg:swift/github.com/kean/Nuke@12.8.0",
            "pkg:swift/github.com/kishikawakatsumi/KeychainAccess@4.2.2",
            "pkg:swift/github.com/pointfreeco/swift-snapshot-testing@1.17.6",
            "pkg:swift/github.com/swiftlang/swift-syntax@600.0.1",
        ])
        let nuke = try #require(result.component("pkg:swift/github.com/kean/Nuke@12.8.0"))
        #expect(nuke.isDirect && nuke.scope == .runtime && nuke.properties["parent"] == nil)
        #expect(nuke.properties["requirement"] == "from: \"12.0.0\"")
        #expect(nuke.locations.map(\.description) == ["Packages/Feed/Package.swift:15:5", "\(lockfile):13:5"])
        // Models comes as its own root and as Feed's `path:` dependency; the system merges the two.
        let firstParty = Set(result.components.filter(\.isFirstParty).map(\.purl.description))
        #expect(firstParty == ["pkg:swift/local/Feed", "pkg:swift/local/Models", "pkg:swift/local/Reader"])
    }

    @Test("a pin keeps the scope of its strongest use: test-only stays test, test plus runtime is runtime")
    func scopes() throws {
        let result = SwiftPMFixtures.catalog(folder: SwiftPMFixtures.root + "/xcode-local-packages")
        // Feed uses snapshot testing in its test target only.
        #expect(result.component("pkg:swift/github.com/pointfreeco/swift-snapshot-testing@1.17.6")?.scope == .test)
        // Feed's tests use collections, Models ships it.
        let collections = try #require(result.component("pkg:swift/github.com/apple/swift-collections@1.1.4"))
        #expect(collections.scope == .runtime && collections.isDirect)
        #expect(collections.locations.map(\.file).sorted() == [
            "Packages/Feed/Package.swift", "Packages/Models/Package.swift", lockfile,
        ])
        // Nothing names swift-syntax: it hangs off the app, of unknown parent.
        #expect(result.component("pkg:swift/github.com/swiftlang/swift-syntax@600.0.1")?.properties["parent"] == "unknown")
        #expect(result.edgeStrings.filter { !$0.contains("swift-syntax") } == [
            "pkg:swift/local/Feed -> pkg:swift/github.com/apple/swift-collections@1.1.4",
            "pkg:swift/local/Feed -> pkg:swift/github.com/example-org/FeedKit",
            "pkg:swift/local/Feed -> pkg:swift/github.com/kean/Nuke@12.8.0",
            "pkg:swift/local/Feed -> pkg:swift/github.com/pointfreeco/swift-snapshot-testing@1.17.6",
            "pkg:swift/local/Feed -> pkg:swift/local/Models",
            "pkg:swift/local/Models -> pkg:swift/github.com/apple/swift-collections@1.1.4",
            "pkg:swift/local/Reader -> pkg:swift/github.com/kishikawakatsumi/KeychainAccess@4.2.2",
            "pkg:swift/local/Reader -> pkg:swift/local/Feed",
        ])
        #expect(result.edges.first { $0.to.name == "swift-snapshot-testing" }?.scope == .test)
    }

    @Test("a folder reference to the project's parent folder makes the root package a local package")
    func parentFolderReference() throws {
        let result = SwiftPMFixtures.catalog(folder: SwiftPMFixtures.root + "/xcode-parent-package")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.components.map(\.purl.description).sorted() == [
            "pkg:swift/github.com/pointfreeco/swift-tagged@0.10.0", "pkg:swift/local/Game", "pkg:swift/local/game",
        ])
        #expect(result.edgeStrings == [
            "pkg:swift/local/Game -> pkg:swift/local/game",
            "pkg:swift/local/game -> pkg:swift/github.com/pointfreeco/swift-tagged@0.10.0",
        ])
    }

    @Test("the folders an Xcode project may open as packages: local references and folder references")
    func localPackageFolders() throws {
        let bytes = try SwiftPMFixtures.bytes("xcode-local-packages/Reader.xcodeproj/project.pbxproj")
        // The built product (wrapper.application, BUILT_PRODUCTS_DIR) is not a folder of the project.
        #expect(XcodeProjectReader.localPackageFolders(bytes) == ["Packages/Feed", "Resources"])
        let local = try SwiftPMFixtures.bytes("xcode-project/App.xcodeproj/project.pbxproj")
        #expect(XcodeProjectReader.localPackageFolders(local) == ["Packages/CaseKit"])
    }

    @Test("a package declared in both branches of an if/else is listed once in its targets' evidence")
    func ifElseBranchesListEachTargetOnce() throws {
        // Both branches are read (the reader cannot tell which one runs): swift-tagged and GameCore come twice.
        let result = SwiftPMFixtures.catalog(folder: SwiftPMFixtures.root + "/xcode-parent-package-if-else")
        let tagged = try #require(result.component("pkg:swift/github.com/pointfreeco/swift-tagged@0.10.0"))
        #expect(tagged.properties[Component.targetSideProperty] == "client")
        #expect(tagged.properties[Component.targetEvidenceProperty]
            == "used by client targets GameCore (GameCore: linked by the Xcode app)")
    }
}
