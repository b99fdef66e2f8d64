@testable import Catalogers
import SovScanModel
import Testing

/// Malformed manifests give diagnostics with file and line; what can be read is still read.
@Suite struct NPMBadInputTests {
    @Test func truncatedLockfileIsAnErrorAndPackageJSONStillCounts() throws {
        let result = NPMFixtures.catalog("bad-truncated")
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file == "package-lock.json")
        #expect(error.location?.line == 27)
        #expect(error.message.hasPrefix("invalid JSON"))
        #expect(result.component("pkg:npm/quick-prototype@0.0.1")?.isFirstParty == true)
        #expect(result.component("pkg:npm/express")?.properties["unpinned"] == "true")
    }

    @Test func unknownLockfileVersionIsReadWithAWarning() throws {
        let result = NPMFixtures.catalog("bad-version")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "package-lock.json", line: 4, column: 22))
        #expect(warning.message.contains("lockfileVersion 7"))
        #expect(result.components.count == 17)
    }

    @Test func wrongTypesAreWarningsAtTheirLines() throws {
        let result = NPMFixtures.catalog("bad-types")
        let messages = result.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages == [
            "11: the specifier of 'broken' should be a string, not a number",
            "12: 'ghost' (^2.0.0) is declared but not in package-lock.json",
            "14: 'devDependencies' should be an object, not an array",
            "21: the entry 'node_modules/weird' should be an object, not a string",
            "23: 'version' should be a string, not a number",
            "26: key 'node_modules/left-pad' repeated; the last one counts",
        ])
        #expect(result.purls == ["pkg:npm/badversion", "pkg:npm/left-pad@1.3.0", "pkg:npm/odd-lock@1.0.0"])
        #expect(result.component("pkg:npm/left-pad@1.3.0")?.isDirect == true)
    }

    @Test func legacyLicenceObjectKeepsTypeAndURL() throws {
        let bytes = Array(#"{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0","license":{"type":"WTFPL","url":"http://www.wtfpl.net/"}}}}"#.utf8)
        var diagnostics: [Diagnostic] = []
        let lock = try #require(PackageLock.parse(bytes, file: "x.json", diagnostics: &diagnostics))
        let license = try #require(lock.entries["node_modules/a"]?.licenses.first)
        #expect(license.text == "WTFPL")
        #expect(license.url == "http://www.wtfpl.net/")
        #expect(license.location == SourceLocation(file: "x.json", line: 1, column: 80))
        #expect(diagnostics.isEmpty)
    }
}
