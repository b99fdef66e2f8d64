import Foundation
import Catalogers
import SovScanModel
import Testing

@Suite("SwiftPM cataloger")
struct SwiftPMCatalogerTests {
    private func folder(_ name: String) -> String { SwiftPMFixtures.root + "/" + name }

    @Test("Package.swift + Package.resolved v3 + checkouts: direct, transitive, edges, licence files")
    func projectWithCheckouts() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("project-checkouts"))
        let root = try #require(result.component("pkg:swift/local/CaseApp"))
        #expect(root.isFirstParty)
        #expect(root.locations.contains(SourceLocation(file: "Package.swift", line: 4, column: 15)))

        let alpha = try #require(result.component("pkg:swift/github.com/example-org/Alpha@1.4.0"))
        #expect(alpha.isDirect && !alpha.isFirstParty)
        #expect(alpha.group == "github.com/example-org" && alpha.name == "Alpha" && alpha.version == "1.4.0")
        #expect(alpha.properties["revision"] == "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(alpha.properties["requirement"] == "from: \"1.0.0\"")
        // workspace-state.json maps alpha to the folder `alpha-checkout`.
        #expect(alpha.licenseFiles == [".build/checkouts/alpha-checkout/LICENSE", ".build/checkouts/alpha-checkout/NOTICE"])
        #expect(alpha.locations == [SourceLocation(file: "Package.resolved", line: 4, column: 5),
                                    SourceLocation(file: "Package.swift", line: 7, column: 9)])
        #expect(alpha.properties[Component.dependenciesSourceProperty] == ".build/checkouts/alpha-checkout/Package.swift",
                "the edges' evidence: the checkout's manifest")

        let beta = try #require(result.component("pkg:swift/github.com/example-org/beta@2.0.0"))
        #expect(beta.isDirect)
        #expect(beta.licenseFiles == [".build/checkouts/beta/COPYING.md"])

        let gamma = try #require(result.component("pkg:swift/github.com/example-org/gamma@0.3.1"))
        #expect(!gamma.isDirect)
        #expect(gamma.licenseFiles == [".build/checkouts/gamma/LICENSE-APACHE", ".build/checkouts/gamma/LICENSE-MIT"])
        #expect(gamma.properties["parent"] == nil)

        let delta = try #require(result.component("pkg:swift/github.com/example-org/delta@5.0.0"))
        #expect(!delta.isDirect && delta.licenseFiles.isEmpty)
        #expect(delta.properties["parent"] == "unknown")

        // Declared in Package.swift but not pinned: reported, kept as an unpinned direct dependency.
        let missing = try #require(result.component("pkg:swift/github.com/example-org/missing"))
        #expect(missing.isDirect && missing.version == nil && missing.properties["unpinned"] == "true")
        #expect(result.diagnostics.contains { $0.message.contains("'missing' is declared but not pinned") && $0.location?.line == 9 })

        #expect(result.edgeStrings == [
            "pkg:swift/github.com/example-org/Alpha@1.4.0 -> pkg:swift/github.com/example-org/gamma@0.3.1",
            "pkg:swift/local/CaseApp -> pkg:swift/github.com/example-org/Alpha@1.4.0",
            "pkg:swift/local/CaseApp -> pkg:swift/github.com/example-org/beta@2.0.0",
            "pkg:swift/local/CaseApp -> pkg:swift/github.com/example-org/delta@5.0.0",
            "pkg:swift/local/CaseApp -> pkg:swift/github.com/example-org/missing",
        ])
        #expect(result.components.count == 6)
    }

    @Test("a checkout whose Package.swift breaks off: the edges read so far, and a warning at the checkout's line")
    func checkoutWithBrokenManifest() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("checkout-broken-manifest"))
        #expect(result.edgeStrings.contains(
            "pkg:swift/github.com/example-org/alpha@1.2.0 -> pkg:swift/github.com/example-org/gamma@0.3.1"))
        let problem = try #require(result.diagnostics.first { $0.location?.file == ".build/checkouts/alpha/Package.swift" },
                                   "\(result.diagnostics)")
        #expect(problem.severity == .warning, "a dependency's manifest: one severity lower than the system's own")
        #expect(problem.location?.line == 11)
        #expect(problem.message.contains("checked-out dependency's Package.swift"))
    }

    @Test("a checkout without Package.swift: its own Package.resolved gives the edges; traits: are ignored")
    func checkoutResolved() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("checkout-resolved"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.edgeStrings == [
            "pkg:swift/github.com/example-org/kit@1.1.0 -> pkg:swift/github.com/example-org/kit-core@0.4.0",
            "pkg:swift/local/UsesKit -> pkg:swift/github.com/example-org/kit@1.1.0",
        ])
        #expect(result.component("pkg:swift/github.com/example-org/kit@1.1.0")?.licenseFiles == [".build/checkouts/kit/LICENCE.md"])
        #expect(result.component("pkg:swift/github.com/example-org/kit-core@0.4.0")?.properties["parent"] == nil)
        #expect(result.component("pkg:swift/github.com/example-org/kit@1.1.0")?.properties[Component.dependenciesSourceProperty]
                == ".build/checkouts/kit/Package.resolved")
    }

    @Test("a pin without a checkout: the manifest source gives its edges, asked once for all such pins")
    func manifestSourceForPinsWithoutCheckout() throws {
        let source = StubManifestSource(manifests: ["delta": RemoteSwiftManifest(bytes: Array("""
            // swift-tools-version:5.9
            import PackageDescription
            let package = Package(name: "Delta", dependencies: [
                .package(url: "https://github.com/example-org/gamma.git", from: "0.3.0"),
                .package(url: "https://github.com/example-org/unpinned.git", from: "1.0.0"),
            ])
            """.utf8), origin: "https://api.example.test/repos/example-org/delta/contents/Package.swift?ref=d")])
        let root = folder("project-checkouts")
        let found = Discovery().manifests(under: root)
        let result = SwiftPMCataloger().catalog(found.files, in: CatalogContext(root: root, options: CatalogOptions(swiftManifests: source)))
        #expect(source.asked == [["delta"]], "only the pin without a checkout, in one batch")
        #expect(result.edgeStrings.contains("pkg:swift/github.com/example-org/delta@5.0.0 -> pkg:swift/github.com/example-org/gamma@0.3.1"))
        let delta = try #require(result.component("pkg:swift/github.com/example-org/delta@5.0.0"))
        #expect(delta.properties[Component.dependenciesSourceProperty] == "https://api.example.test/repos/example-org/delta/contents/Package.swift?ref=d")
        #expect(!result.edgeStrings.contains { $0.contains("unpinned") }, "only pinned packages get edges")
    }

    @Test("a registry pin: scope/name purl, direct from .package(id:), licence file of the registry download")
    func registryDownload() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("registry-download"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let list = try #require(result.component("pkg:swift/mona/linkedlist@1.2.0"))
        #expect(list.isDirect && list.properties["kind"] == "registry")
        #expect(list.properties["requirement"] == ".upToNextMinor(from: \"1.2.0\")")
        #expect(list.licenseFiles == [".build/registry/downloads/mona/linkedlist/1.2.0/LICENSE"])
    }

    @Test("format 1 lockfile alone: revision and branch pins, local pins, purls")
    func lockfileOnlyV1() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("resolved-v1"))
        let purls = result.components.map(\.purl.description).sorted()
        #expect(purls == [
            "pkg:swift/github.com/apple/swift-argument-parser@0.4.3",
            "pkg:swift/github.com/example-org/Nightly@0123456789abcdef0123456789abcdef01234567",
            "pkg:swift/github.com/example-org/floating",
            "pkg:swift/gitlab.com/group/subgroup/Pinned@89abcdef0123456789abcdef0123456789abcdef",
            "pkg:swift/local/LocalKit@2.0.0",
            "pkg:swift/local/resolved-v1",
        ])
        let nightly = try #require(result.component("pkg:swift/github.com/example-org/Nightly@0123456789abcdef0123456789abcdef01234567"))
        #expect(nightly.properties["branch"] == "develop")
        #expect(nightly.properties["package"] == "Nightly")
        #expect(result.components.filter { !$0.isFirstParty }.allSatisfy { !$0.isDirect && $0.properties["parent"] == "unknown" })
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("format 2 registry pin and Xcode project lockfile with SourcePackages checkouts")
    func xcodeProject() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("xcode-project"))
        // The checkout's own Package.swift under SourcePackages is not a project of the system.
        #expect(result.components.filter { $0.properties["root"] == "true" }.map(\.purl.description) == ["pkg:swift/local/App"])
        // Its application target makes it a client app (the test bundle does not count).
        #expect(result.component("pkg:swift/local/App")?.properties[Component.clientAppProperty]
                == "Xcode application target App")
        let log = try #require(result.component("pkg:swift/github.com/apple/swift-log@1.16.2"))
        #expect(log.licenseFiles == ["SourcePackages/checkouts/swift-log/LICENSE.txt"])
        #expect(log.locations == [
            SourceLocation(file: "App.xcodeproj/project.pbxproj", line: 38),
            SourceLocation(file: "App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved", line: 3, column: 5),
        ])
        // The project's package references tell the direct dependencies.
        #expect(log.isDirect && log.properties["parent"] == nil)
        #expect(log.properties["requirement"] == "from: \"1.5.0\"")
        let caseKit = try #require(result.component("pkg:swift/local/CaseKit"))
        #expect(caseKit.isFirstParty && caseKit.isDirect)
        #expect(result.edgeStrings == [
            "pkg:swift/local/App -> pkg:swift/github.com/apple/swift-log@1.16.2",
            "pkg:swift/local/App -> pkg:swift/local/CaseKit",
        ])
    }

    @Test("Xcode workspace lockfile (format 3)")
    func xcodeWorkspace() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("xcode-workspace"))
        #expect(result.components.map(\.purl.description).sorted() == [
            "pkg:swift/github.com/weichsel/ZIPFoundation@0.9.20", "pkg:swift/local/Work",
        ])
        // The workspace names Field/Field.xcodeproj, whose package references say ZIPFoundation is direct.
        #expect(result.component("pkg:swift/github.com/weichsel/ZIPFoundation@0.9.20")?.isDirect == true)
        #expect(result.component("pkg:swift/local/Work")?.properties[Component.clientAppProperty] == nil)
        #expect(result.component("pkg:swift/github.com/weichsel/ZIPFoundation@0.9.20")?.properties["requirement"] == "exact: \"0.9.20\"")
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.message)" } == [
            "Field/Field.xcodeproj/project.pbxproj:14 an Xcode package reference without a usable repositoryURL",
        ])
    }

    @Test("the lockfile Xcode keeps for a plain package under .swiftpm/ belongs to the package")
    func packageOpenedInXcode() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("package-xcode-copy"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.components.map(\.purl.description).sorted() == [
            "pkg:swift/github.com/onevcat/Rainbow@4.2.2", "pkg:swift/local/OpenedInXcode",
        ])
        #expect(result.component("pkg:swift/github.com/onevcat/Rainbow@4.2.2")?.isDirect == true)
    }

    @Test("Package.swift without Package.resolved: direct dependencies with their requirement, unpinned")
    func unpinned() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("unpinned"))
        let log = try #require(result.component("pkg:swift/github.com/apple/swift-log"))
        #expect(log.isDirect && log.version == nil)
        #expect(log.properties["unpinned"] == "true" && log.properties["requirement"] == "from: \"1.5.0\"")
        #expect(result.component("pkg:swift/github.com/apple/swift-collections@1.1.0")?.properties["requirement"] == "exact: \"1.1.0\"")
        #expect(result.component("pkg:swift/github.com/example-org/nightly")?.properties["branch"] == "main")
        #expect(result.component("pkg:swift/github.com/example-org/pinned@0123456789abcdef0123456789abcdef01234567")?.properties["revision"] != nil)
        let shared = try #require(result.component("pkg:swift/local/SharedKit"))
        #expect(shared.isFirstParty)
        #expect(result.diagnostics.map(\.message) == ["no Package.resolved beside Package.swift: the dependencies are not pinned and transitive ones are unknown"])
        #expect(result.edges.count == 5)
    }

    @Test("bad lockfiles give diagnostics and the scan of the other projects goes on")
    func badInputGoesOn() throws {
        let result = SwiftPMFixtures.catalog(folder: SwiftPMFixtures.root)
        // Every project folder of the fixtures is read; the bad ones are not named Package.resolved, so
        // catalog them directly.
        #expect(result.component("pkg:swift/local/CaseApp") != nil)
        #expect(result.component("pkg:swift/local/App") != nil)
        let bad = SwiftPMCataloger().catalog(
            [ManifestFile(relativePath: "bad/invalid-json.resolved", kind: .swiftPackageResolved),
             ManifestFile(relativePath: "missing/Package.resolved", kind: .swiftPackageResolved),
             ManifestFile(relativePath: "resolved-v3/Package.resolved", kind: .swiftPackageResolved)],
            in: CatalogContext(root: SwiftPMFixtures.root))
        let pins = SwiftPMCataloger().catalog([ManifestFile(relativePath: "bad/bad-pins.resolved", kind: .swiftPackageResolved)],
                                              in: CatalogContext(root: SwiftPMFixtures.root))
        #expect(pins.component("pkg:swift/github.com/a/fine@0.1.0") != nil)
        #expect(pins.component("pkg:swift/github.com/a/no-state") != nil)
        #expect(pins.diagnostics.filter { $0.severity == .error }.count == 4)
        #expect(bad.component("pkg:swift/github.com/apple/swift-log@1.16.2") != nil)
        #expect(bad.diagnostics.contains { $0.location?.file == "bad/invalid-json.resolved" && $0.severity == .error })
        #expect(bad.diagnostics.contains { $0.location?.file == "missing/Package.resolved" && $0.severity == .error })
    }

    @Test("packages used only by test targets, and what only they reach, get scope test")
    func testScope() throws {
        let result = SwiftPMFixtures.catalog(folder: folder("test-scope"))
        // Only notes: the fixture checkouts hold no licence files.
        #expect(result.diagnostics.allSatisfy { $0.severity == .note }, "\(result.diagnostics)")
        let scopes = Dictionary(uniqueKeysWithValues: result.components.filter { !$0.isFirstParty }.map { ($0.name, $0.scope) })
        #expect(scopes == [
            "swift-log": .runtime, "swift-algorithms": .runtime, "swift-numerics": .runtime,
            "Quick": .test, "Nimble": .test, "CwlPreconditionTesting": .test, "CwlCatchException": .test,
        ])
        #expect(result.edges.filter { $0.from.name == "ScopeApp" && $0.scope == .test }.map(\.to.name).sorted() == ["Nimble", "Quick"])
        #expect(result.components.allSatisfy { $0.properties["parent"] == nil })
    }

    @Test("licence file names")
    func licenseFileNames() {
        let yes = ["LICENSE", "LICENSE.txt", "License.md", "LICENCE", "COPYING", "COPYING.LESSER", "NOTICE", "NOTICE.txt",
                   "LICENSE-MIT", "license_apache", "UNLICENSE", "COPYRIGHT"]
        let no = ["README.md", "Package.swift", "LICENSEE.swift", "NOTICEBOARD", "licensing.md"]
        #expect(yes.allSatisfy(SwiftPMCataloger.isLicenseFileName))
        #expect(!no.contains(where: SwiftPMCataloger.isLicenseFileName))
    }
}

/// A `SwiftManifestSource` with fixed answers by identity, recording what it was asked.
private final class StubManifestSource: SwiftManifestSource, @unchecked Sendable {
    let manifests: [String: RemoteSwiftManifest]
    private let lock = NSLock()
    private var askedSoFar: [[String]] = []

    init(manifests: [String: RemoteSwiftManifest]) { self.manifests = manifests }

    /// The identities of each call, in order (the cataloguers may run in parallel: guarded by a lock).
    var asked: [[String]] { lock.withLock { askedSoFar } }

    func manifests(of pins: [ResolvedPin]) -> (manifests: [RemoteSwiftManifest?], diagnostics: [Diagnostic]) {
        lock.withLock { askedSoFar.append(pins.map(\.identity)) }
        return (pins.map { manifests[$0.identity] }, [])
    }
}
