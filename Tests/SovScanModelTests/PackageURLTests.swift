import Testing
@testable import SovScanModel

struct PackageURLTests {
    @Test func npmScopedRoundTrip() throws {
        let purl = try PackageURL(type: "npm", namespace: "@angular", name: "core", version: "18.2.0")
        #expect(purl.description == "pkg:npm/%40angular/core@18.2.0")
        #expect(try PackageURL(parsing: purl.description) == purl)
    }

    @Test func swiftKeepsCaseAndHost() throws {
        let purl = try PackageURL(parsing: "pkg:swift/github.com/apple/swift-nio@2.65.0")
        #expect(purl.namespace == "github.com/apple")
        #expect(purl.name == "swift-nio")
        #expect(purl.versionless.description == "pkg:swift/github.com/apple/swift-nio")
    }

    @Test func qualifiersAreSortedAndEncoded() throws {
        let purl = try PackageURL(type: "maven", namespace: "org.example", name: "lib", version: "1.0",
                                  qualifiers: ["type": "pom", "classifier": "tests", "empty": ""])
        #expect(purl.description == "pkg:maven/org.example/lib@1.0?classifier=tests&type=pom")
    }

    @Test func unicodeAndReservedCharactersArePercentEncoded() throws {
        let purl = try PackageURL(type: "generic", name: "søren pkg", version: "1.0+build/7")
        #expect(purl.description == "pkg:generic/s%C3%B8ren%20pkg@1.0%2Bbuild%2F7")
        #expect(try PackageURL(parsing: purl.description) == purl)
    }

    /// A purl is copied with every component, edge and classification: its parts are one reference (issue 17).
    @Test func aPurlIsOneReferenceWide() throws {
        #expect(MemoryLayout<PackageURL>.size == MemoryLayout<AnyObject>.size)
        let purl = try PackageURL(parsing: "pkg:maven/org.apache.nifi/nifi-api@2.0.0?type=pom#docs")
        let copy = purl
        #expect(copy == purl)
        #expect(copy.namespace == "org.apache.nifi")
        #expect(copy.qualifiers == ["type": "pom"])
        #expect(copy.subpath == "docs")
        #expect(copy.with(version: "2.1.0") != purl)
    }

    @Test func versionChangeKeepsIdentity() throws {
        let purl = try PackageURL(parsing: "pkg:npm/left-pad@1.3.0")
        #expect(purl.with(version: "1.2.0").description == "pkg:npm/left-pad@1.2.0")
    }

    @Test(arguments: ["", "pkg:", "pkg:npm", "npm/foo@1", "pkg:npm/%zz@1", "pkg:swift/nio@1", "pkg:1npm/foo"])
    func malformedInputThrows(_ text: String) {
        #expect(throws: PackageURLError.self) { try PackageURL(parsing: text) }
    }

    @Test func sortsByCanonicalForm() throws {
        let names = try ["pkg:npm/b@1", "pkg:maven/a/b@1", "pkg:npm/a@2"].map(PackageURL.init(parsing:))
        #expect(names.sorted().map(\.description) == ["pkg:maven/a/b@1", "pkg:npm/a@2", "pkg:npm/b@1"])
    }
}
