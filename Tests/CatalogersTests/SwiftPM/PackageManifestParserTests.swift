import Catalogers
import SovScanModel
import Testing

@Suite("Package.swift static reader")
struct PackageManifestParserTests {
    private func parse(_ name: String) throws -> (PackageManifest, [Diagnostic]) {
        let path = "manifests/" + name
        return PackageManifestParser.parse(try SwiftPMFixtures.bytes(path), file: path)
    }

    @Test("every dependency form, multi-line and commented-out declarations")
    func allForms() throws {
        let (manifest, diagnostics) = try parse("all-forms.swift")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(manifest.name == "AllForms")
        #expect(manifest.declaredAt?.line == 8)
        let read = manifest.dependencies.map { "\($0.identity) \($0.requirement.map(String.init(describing:)) ?? "-") @\($0.declaredAt.line ?? 0)" }
        #expect(read == [
            "swift-log from: \"1.5.0\" @15",
            "swift-collections exact: \"1.1.0\" @16",
            "nightly branch: \"develop\" @17",
            "pinned revision: \"0123456789abcdef0123456789abcdef01234567\" @18",
            "swift-crypto \"1.0.0\"..<\"4.0.0\" @19",
            "swift-numerics \"1.0.0\"...\"1.0.9\" @20",
            "swift-nio from: \"2.60.0\" @21",
            "swift-algorithms .upToNextMinor(from: \"1.2.0\") @22",
            "yams from: \"5.0.1\" @23",
            "sharedkit - @24",
            "mona.linkedlist from: \"1.2.0\" @25",
            "mona.queue exact: \"0.3.0\" @26",
            "multi-line from: \"3.2.1\" @29",
            "old-style exact: \"0.9.0\" @33",
            "old-branch branch: \"release/2.x\" @34",
            "old-revision revision: \"89abcdef0123456789abcdef0123456789abcdef\" @35",
        ])
        let byIdentity = Dictionary(uniqueKeysWithValues: manifest.dependencies.map { ($0.identity, $0) })
        #expect(byIdentity["yams"]?.nameLabel == "Yams")
        #expect(byIdentity["sharedkit"]?.location == .local(path: "../SharedKit"))
        #expect(byIdentity["mona.linkedlist"]?.location == .registry(scope: "mona", name: "LinkedList"))
        #expect(byIdentity["multi-line"]?.location == .remote(host: "github.com", path: ["example-org", "Multi-Line"]))
        #expect(byIdentity["multi-line"]?.declaredAt.column == 9)
        #expect(manifest.targets?.map { "\($0.kind.rawValue) \($0.name) \($0.packageReferences) \($0.targetReferences)" } == [
            "target AllForms [\"swift-log\"] []",
            "testTarget AllFormsTests [\"AllForms\"] [\"AllForms\"]",
        ])
        #expect(byIdentity["swift-log"].map(manifest.isTestOnly) == false)
        #expect(manifest.platforms == ["macOS", "iOS"])
        #expect(manifest.clientAppEvidence == nil, "a package that also supports macOS may be a server or a tool")
    }

    @Test("platforms: Apple device platforms only make a client app; a constant array is followed")
    func clientPlatforms() {
        func read(_ source: String) -> PackageManifest {
            PackageManifestParser.parse(Array(source.utf8), file: "Package.swift").0
        }
        let devices = read("let package = Package(name: \"App\", platforms: [.iOS(.v17), .watchOS(\"10.0\"), .visionOS(.v1)])")
        #expect(devices.platforms == ["iOS", "watchOS", "visionOS"])
        #expect(devices.clientAppEvidence == "Package.swift supports only iOS, watchOS, visionOS")
        let constant = read("let supported: [SupportedPlatform] = [.iOS(.v16)]\nlet package = Package(name: \"A\", platforms: supported)")
        #expect(constant.platforms == ["iOS"])
        #expect(read("let package = Package(name: \"S\")").platforms == nil)
        #expect(read("let package = Package(name: \"S\", platforms: [.macOS(.v14)])").clientAppEvidence == nil)
        #expect(read("let package = Package(name: \"S\", platforms: somePlatforms())").platforms == nil)
    }

    @Test("targets that are not literals: no scope is inferred")
    func unreadableTargets() {
        let source = """
        let package = Package(name: "T", dependencies: [.package(url: "https://github.com/Quick/Quick.git", from: "7.0.0")],
            targets: [
        #if os(Linux)
                .testTarget(name: "T", dependencies: ["Quick"]),
        #endif
            ])
        """
        let (manifest, _) = PackageManifestParser.parse(Array(source.utf8), file: "Package.swift")
        #expect(manifest.targets == nil)
        #expect(manifest.dependencies.map(manifest.isTestOnly) == [false])
    }

    @Test("strings and comments that look like declarations are not read")
    func lexing() throws {
        let (manifest, diagnostics) = try parse("lexing.swift")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(manifest.name == "Lexing")
        #expect(manifest.dependencies.map(\.locationText) == ["https://github.com/raw/url.git", "https://github.com/escaped/quote.git"])
    }

    @Test("what cannot be followed is reported at its line and not guessed")
    func unfollowable() throws {
        let (manifest, diagnostics) = try parse("unfollowable.swift")
        // `package.dependencies += [...]` is read; the same inside `#if` and a one-element `.append(...)` are not.
        #expect(manifest.dependencies.map(\.identity) == ["swift-log", "appended"])
        let lines = diagnostics.map { $0.location?.line ?? 0 }
        #expect(lines == [11, 12, 13, 15, 17, 27, 30])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics[0].message.contains("interpolation"))
        #expect(diagnostics[1].message.contains("not a plain string literal"))
        #expect(diagnostics[2].message.contains("not a `.package(...)` literal"))
        #expect(diagnostics[3].message.contains("`#if` block of line 14"))
        #expect(diagnostics[4].message.contains("'not a url' is not a URL"))
        #expect(diagnostics[5].message.contains("outside the `dependencies:` array"))
        #expect(diagnostics[6].message.contains("outside the `dependencies:` array"))
    }

    @Test("dependencies given by a top-level let constant holding an array literal are read")
    func constantArray() throws {
        let (manifest, diagnostics) = try parse("variable-array.swift")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(manifest.name == "VariableArray")
        #expect(manifest.dependencies.map(\.identity) == ["swift-log"])
        #expect(manifest.dependencies.first?.declaredAt.line == 5)
    }

    @Test("dependencies given by a var that code never changes are read as a constant's")
    func variableArray() throws {
        let (manifest, diagnostics) = try parse("variable-var.swift")
        #expect(manifest.name == "VariableVar")
        #expect(manifest.dependencies.map(\.identity) == ["swift-log"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("a var that code only appends to gives its literal's packages; one that is reassigned: a warning, nothing guessed")
    func appendedAndReassignedVariables() throws {
        // Element X's developer-tools package: `var dependencies = [...]`, a conditional append, `dependencies: dependencies`.
        let (appended, _) = try parse("variable-var-appended.swift")
        #expect(appended.dependencies.map(\.identity) == ["swift-argument-parser", "yams"])
        #expect(appended.targets?.first?.productReferences.map(\.name) == ["ArgumentParser", "Yams"])
        let (reassigned, diagnostics) = try parse("variable-var-reassigned.swift")
        #expect(reassigned.dependencies.isEmpty)
        #expect(diagnostics.contains { $0.message.contains("not an array literal") })
    }

    @Test("no Package( call, empty and garbage input end with a diagnostic")
    func noPackage() {
        for source in ["", "let x = 1", "Package(", ")))]]]"] {
            let (manifest, diagnostics) = PackageManifestParser.parse(Array(source.utf8), file: "Package.swift")
            #expect(manifest.dependencies.isEmpty)
            #expect(!diagnostics.isEmpty, "no diagnostic for \(source)")
        }
    }

    @Test("a file that ends inside Package( is read as far as it goes, with an error")
    func truncated() {
        let source = "Package(name: \"x\", dependencies: [.package(url: \"https://github.com/a/b\", from: \"1.0.0\")"
        let (manifest, diagnostics) = PackageManifestParser.parse(Array(source.utf8), file: "Package.swift")
        #expect(manifest.dependencies.map(\.locationText) == ["https://github.com/a/b"])
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.message.contains("ends inside 2 open bracket(s)") == true)
    }

    @Test("deep nesting does not recurse")
    func deepNesting() {
        let source = "let package = Package(name: \"deep\", dependencies: [" + String(repeating: "(", count: 100_000)
            + String(repeating: ")", count: 100_000) + "])"
        let (manifest, diagnostics) = PackageManifestParser.parse(Array(source.utf8), file: "Package.swift")
        #expect(manifest.name == "deep")
        #expect(!diagnostics.isEmpty)
    }
}
