import Catalogers
import Foundation
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-npm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = #"{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0","license":{"type":"WTFPL","url":"http://www.wtfpl.net/"}}}}"#
        try Data(text.utf8).write(to: folder.appendingPathComponent("package-lock.json"))
        let result = NPMFixtures.catalog(root: folder.path)
        let license = try #require(result.component("pkg:npm/a@1.0.0")?.declaredLicenses.first)
        #expect(license.text == "WTFPL")
        #expect(license.url == "http://www.wtfpl.net/")
        #expect(license.location == SourceLocation(file: "package-lock.json", line: 1, column: 80))
        #expect(result.diagnostics.isEmpty)
    }
}

/// Broken YAML and text lockfiles.
@Suite struct NPMBadLockfileTextTests {
    @Test func invalidPnpmYAMLIsAnErrorWithItsLine() throws {
        let result = NPMFixtures.catalog("bad-pnpm")
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file == "pnpm-lock.yaml")
        #expect(error.location?.line == 10)
        #expect(error.message.hasPrefix("invalid YAML"))
        // The package.json is still cataloged, unpinned.
        #expect(result.component("pkg:npm/express")?.properties["unpinned"] == "true")
    }

    @Test func strayLinesInYarnLockAreWarningsAndTheRestIsRead() throws {
        let result = NPMFixtures.catalog("bad-yarn")
        let warning = try #require(result.diagnostics.first { $0.location?.file == "yarn.lock" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 7)
        #expect(result.component("pkg:npm/express@4.19.2")?.isDirect == true)
        #expect(result.component("pkg:npm/nanoid@3.3.7")?.isDirect == true)
        #expect(result.component("pkg:npm/nanoid@3.3.7")?.properties["alias"] == nil)
    }
}
