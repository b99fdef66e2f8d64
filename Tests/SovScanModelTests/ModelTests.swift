import Testing
@testable import SovScanModel

struct ComponentMergeTests {
    private func component(_ scope: Scope, optional: Bool = false, direct: Bool = false, line: Int) throws -> Component {
        Component(purl: try PackageURL(parsing: "pkg:npm/lodash@4.17.21"), ecosystem: .npm, name: "lodash",
                  version: "4.17.21", scope: scope, isOptional: optional, isDirect: direct,
                  declaredLicenses: [DeclaredLicense(text: "MIT", source: .lockfile)],
                  locations: [SovScanModel.SourceLocation(file: "package-lock.json", line: line)])
    }

    @Test func strongestScopeWinsAndLocationsUnite() throws {
        var merged = try component(.dev, line: 20)
        merged.merge(try component(.runtime, optional: true, direct: true, line: 10))
        #expect(merged.scope == .runtime)
        #expect(merged.isOptional)
        #expect(merged.isDirect)
        #expect(merged.locations.map(\.line) == [10, 20])
        #expect(merged.declaredLicenses.count == 1)
    }

    @Test func optionalOnlyWhenEverySightingIsOptional() throws {
        var merged = try component(.runtime, optional: true, line: 1)
        merged.merge(try component(.runtime, optional: false, line: 2))
        #expect(!merged.isOptional)
    }
}

/// `ComponentFold`, one sighting at a time, as the Maven cataloguer folds a library that many modules reach.
struct ComponentFoldTests {
    private func sighting(_ licences: [String], line: Int, files: [String] = [], scope: Scope = .compile,
                          properties: [String: String] = [:]) throws -> Component {
        Component(purl: try PackageURL(parsing: "pkg:maven/org.example/lib@1.0"), ecosystem: .maven, name: "lib",
                  version: "1.0", scope: scope,
                  declaredLicenses: licences.map { DeclaredLicense(text: $0, source: .manifest) },
                  licenseFiles: files, locations: [SovScanModel.SourceLocation(file: "pom.xml", line: line)],
                  properties: properties)
    }

    @Test func licencesInFirstSeenOrderLocationsAndFilesSortedAndDistinct() throws {
        let sightings = [
            try sighting(["A"], line: 30, properties: ["k": "first"]),
            try sighting(["A", "B"], line: 10, files: ["LICENSE"], scope: .runtime, properties: ["k": "second"]),
            try sighting(["A", "B"], line: 30),
            try sighting(["B"], line: 20, files: ["NOTICE", "LICENSE"], scope: .test),
        ]
        var fold = ComponentFold(sightings[0])
        for later in sightings.dropFirst() { fold.add(later) }
        let folded = fold.result
        #expect(folded.declaredLicenses.map(\.text) == ["A", "B"])
        #expect(folded.locations.map(\.line) == [10, 20, 30])
        #expect(folded.licenseFiles == ["LICENSE", "NOTICE"])
        #expect(folded.scope == .compile, "compile is stronger than runtime and test")
        #expect(folded.properties["k"] == "first", "the first sighting's value of a property wins")
    }

    @Test func aSingleSightingComesBackAsItCame() throws {
        let only = try sighting(["A"], line: 5, files: ["LICENSE"])
        #expect(ComponentFold(only).result == only)
    }
}

struct LicenseExpressionTests {
    @Test func printsWithMinimalParentheses() {
        let expression = LicenseExpression.and([
            .or([.license(id: "MIT"), .license(id: "Apache-2.0")]),
            .license(id: "GPL-2.0-only", exception: "Classpath-exception-2.0"),
        ])
        #expect(expression.spdx == "(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0")
        #expect(LicenseExpression.or([.license(id: "MIT"), .and([.license(id: "A"), .license(id: "B")])]).spdx == "MIT OR A AND B")
    }

    @Test func singleIDOnlyForPlainSPDXIDs() {
        #expect(LicenseExpression.license(id: "MIT").singleLicenseID == "MIT")
        #expect(LicenseExpression.license(id: "GPL-2.0", orLater: true).singleLicenseID == nil)
        #expect(LicenseExpression.license(id: "LicenseRef-acme").singleLicenseID == nil)
    }
}

struct DiagnosticTests {
    @Test func printsLocationFirst() {
        let diagnostic = Diagnostic(.error, "invalid JSON", at: SovScanModel.SourceLocation(file: "a/package.json", line: 3, column: 7))
        #expect(diagnostic.description == "a/package.json:3:7: error: invalid JSON")
    }

    @Test func sortsByLocationThenSeverity() {
        let later = Diagnostic(.note, "x", at: SovScanModel.SourceLocation(file: "b", line: 1))
        let earlier = Diagnostic(.warning, "y", at: SovScanModel.SourceLocation(file: "a", line: 9))
        let global = Diagnostic(.error, "z")
        #expect([later, earlier, global].sorted() == [global, earlier, later])
    }
}

@Suite struct DiagnosticSetTests {
    @Test func aSystemReportsEachDiagnosticOnce() {
        let inherited = Diagnostic(.warning, "org.slf4j:slf4j-simple has no usable version",
                                   at: SovScanModel.SourceLocation(file: "pom.xml", line: 33))
        let other = Diagnostic(.error, "the parent cannot be read", at: SovScanModel.SourceLocation(file: "pom.xml", line: 12))
        let system = SystemInventory(name: "s", root: "/s", diagnostics: [inherited, other, inherited, inherited])
        #expect(system.diagnostics == [other, inherited])
        // The same message at another place is another diagnostic.
        let elsewhere = Diagnostic(.warning, inherited.message, at: SovScanModel.SourceLocation(file: "a/pom.xml", line: 33))
        #expect(SystemInventory(name: "s", root: "/s", diagnostics: [inherited, elsewhere]).diagnostics.count == 2)
    }
}

struct GitObjectIDTests {
    @Test func fortyOrSixtyFourASCIIHexDigits() {
        #expect(GitObjectID.isValid(String(repeating: "a", count: 40)))
        #expect(GitObjectID.isValid(String(repeating: "F", count: 64)))
        #expect(GitObjectID.isValid("0123456789abcdefABCDEF0123456789abcdef01"))
        for text in ["main", "", String(repeating: "a", count: 39), String(repeating: "a", count: 41),
                     String(repeating: "g", count: 40), String(repeating: "\u{FF10}", count: 40)] {
            #expect(!GitObjectID.isValid(text), "\(text)")
        }
    }
}
