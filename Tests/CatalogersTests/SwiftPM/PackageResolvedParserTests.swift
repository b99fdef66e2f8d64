import Catalogers
import SovScanModel
import Testing

@Suite("Package.resolved")
struct PackageResolvedParserTests {
    private func parse(_ path: String) throws -> (ResolvedFile?, [Diagnostic]) {
        PackageResolvedParser.parse(try SwiftPMFixtures.bytes(path), file: path)
    }

    @Test("format 1: object.pins with package, repositoryURL and state")
    func formatOne() throws {
        let (file, diagnostics) = try parse("resolved-v1/Package.resolved")
        let resolved = try #require(file)
        #expect(resolved.formatVersion == 1)
        #expect(resolved.pins.map(\.identity) == ["swift-argument-parser", "nightly", "pinned", "localkit", "floating"])
        let parser = resolved.pins[0]
        #expect(parser.packageName == "ArgumentParser")
        #expect(parser.version == "0.4.3")
        #expect(parser.revision == "986d191f94cec88f6350056da59c2e59e83d1229")
        #expect(parser.branch == nil)
        #expect(parser.kind == .remoteSourceControl)
        #expect(parser.declaredAt == SourceLocation(file: "resolved-v1/Package.resolved", line: 4, column: 7))
        #expect(parser.location.purl(version: parser.version)?.description == "pkg:swift/github.com/apple/swift-argument-parser@0.4.3")
        #expect(resolved.pins[1].branch == "develop")
        #expect(resolved.pins[1].version == nil)
        #expect(resolved.pins[2].location == .remote(host: "gitlab.com", path: ["group", "subgroup", "Pinned"]))
        #expect(resolved.pins[3].kind == .localSourceControl)
        // The pin without version, revision or branch is kept and reported at its line.
        #expect(resolved.pins[4].version == nil && resolved.pins[4].revision == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location?.line == 40)
        #expect(diagnostics.first?.message.contains("'floating' has no version, revision or branch") == true)
    }

    @Test("format 2: every pin kind and state")
    func formatTwo() throws {
        let (file, diagnostics) = try parse("resolved-v2/Package.resolved")
        let resolved = try #require(file)
        #expect(diagnostics.isEmpty)
        #expect(resolved.formatVersion == 2)
        #expect(resolved.originHash == nil)
        let pins = Dictionary(uniqueKeysWithValues: resolved.pins.map { ($0.identity, $0) })
        #expect(pins["alamofire"]?.version == "5.9.1")
        #expect(pins["alamofire"]?.location.purl(version: "5.9.1")?.description == "pkg:swift/github.com/Alamofire/Alamofire@5.9.1")
        #expect(pins["swift-nightly-tool"]?.branch == "main")
        #expect(pins["swift-nightly-tool"]?.revision == "aaaabbbbccccddddeeeeffff0000111122223333")
        #expect(pins["internal-kit"]?.version == nil)
        #expect(pins["internal-kit"]?.location == .remote(host: "git.example.dk:7999", path: ["mobile", "Internal-Kit"]))
        #expect(pins["design-system"]?.kind == .localSourceControl)
        #expect(pins["design-system"]?.location == .local(path: "/Users/dev/src/design-system"))
        #expect(pins["mona.linkedlist"]?.kind == .registry)
        #expect(pins["mona.linkedlist"]?.location.purl(version: "1.2.0")?.description == "pkg:swift/mona/linkedlist@1.2.0")
        #expect(pins["mona.linkedlist"]?.declaredAt.line == 38)
    }

    @Test("format 3: originHash and a branch pin")
    func formatThree() throws {
        let (file, diagnostics) = try parse("resolved-v3/Package.resolved")
        let resolved = try #require(file)
        #expect(diagnostics.isEmpty)
        #expect(resolved.formatVersion == 3)
        #expect(resolved.originHash == "5c7e3c1b4a1f2f60a4d7c4c3e2c8a5b7f1e9d0c2b3a4f5e6d7c8b9a0f1e2d3c4")
        #expect(resolved.pins.map(\.identity) == ["swift-log", "swift-mmio"])
        #expect(resolved.pins[1].branch == "feature/embedded")
        #expect(resolved.pins[1].version == nil)
    }

    @Test("invalid JSON: one error with the line, no pins")
    func invalidJSON() throws {
        let (file, diagnostics) = try parse("bad/invalid-json.resolved")
        #expect(file == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].severity == .error)
        #expect(diagnostics[0].location?.line == 6)
    }

    @Test("an unknown format version is a warning; the pins are still read")
    func unknownVersion() throws {
        let (file, diagnostics) = try parse("bad/unknown-version.resolved")
        #expect(file?.pins.map(\.identity) == ["swift-log"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics[0].message.contains("unknown Package.resolved format version 99"))
        #expect(diagnostics[0].location?.line == 13)
    }

    @Test("bad pins are reported at their lines, good pins are kept")
    func badPins() throws {
        let (file, diagnostics) = try parse("bad/bad-pins.resolved")
        #expect(file?.pins.map(\.identity) == ["no-state", "fine"])
        let reported = diagnostics.map { "\($0.location?.line ?? 0) \($0.severity.rawValue)" }
        #expect(reported == ["3 error", "4 error", "10 error", "15 error", "21 warning"])
        #expect(diagnostics[1].message.contains("'this is not a url' that is not a URL"))
        #expect(diagnostics[3].message.contains("unknown kind 'svn'"))
    }

    @Test("pins that are not an array: an error, no crash")
    func pinsNotArray() throws {
        let (file, diagnostics) = try parse("bad/pins-not-array.resolved")
        #expect(file == nil)
        #expect(diagnostics.map(\.severity) == [.error])
    }

    @Test("a JSON value that is not an object, and empty input")
    func notAnObject() {
        let (array, arrayDiagnostics) = PackageResolvedParser.parse(Array("[1, 2]".utf8), file: "x")
        #expect(array == nil && arrayDiagnostics.map(\.severity) == [.error])
        let (empty, emptyDiagnostics) = PackageResolvedParser.parse([], file: "x")
        #expect(empty == nil && emptyDiagnostics.map(\.severity) == [.error])
    }
}
