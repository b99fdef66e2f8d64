import Foundation
import Licenses
import SovScanModel
import Testing

@Suite("Licence enrichment of components")
struct EnricherTests {
    /// A scanned root with installed packages and their licence files, built from the text fixtures.
    final class Root {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-enrich-\(UUID().uuidString)")
            let files: [String: String] = [
                "node_modules/a/LICENSE": "MIT-markdown.md",
                "node_modules/b/LICENSE.md": "BSD-3-Clause-bullets.md",
                "node_modules/c/LICENSE-ISC": "ISC-reflowed.txt",
                "node_modules/c/LICENSE-BSD": "BSD-2-Clause-comment.txt",
                "node_modules/h/LICENSE": "BSD-3-Clause-bullets.md",
            ]
            for (path, fixture) in files {
                let target = url.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(TestSupport.fixtureBytes("texts/" + fixture)).write(to: target)
            }
            try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]).write(
                to: url.appendingPathComponent("node_modules/a/COPYING"))
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    private func component(
        _ name: String, declared: [DeclaredLicense] = [], files: [String] = []
    ) throws -> Component {
        let purl = try PackageURL(type: "npm", name: name, version: "1.0.0")
        return Component(
            purl: purl, ecosystem: .npm, name: name, version: "1.0.0", declaredLicenses: declared,
            licenseFiles: files, locations: [SourceLocation(file: "node_modules/\(name)/package.json", line: 1)])
    }

    @Test func declaredLicenceConfirmedByItsFile() throws {
        let root = try Root()
        let enricher = try TestSupport.enricher()
        let concluded = enricher.conclude(
            try component("a", declared: [DeclaredLicense(text: "MIT", source: .manifest)], files: ["node_modules/a/LICENSE"]),
            root: root.url.path)
        #expect(concluded.expression?.spdx == "MIT")
        #expect(concluded.confidence == 1)
        #expect(concluded.reason.contains("agree"))
    }

    @Test func seeLicenseInReadsTheNamedFile() throws {
        let root = try Root()
        let concluded = try TestSupport.enricher().conclude(
            try component("b", declared: [DeclaredLicense(text: "SEE LICENSE IN LICENSE.md", source: .manifest)]),
            root: root.url.path)
        #expect(concluded.expression?.spdx == "BSD-3-Clause")
        #expect(concluded.reason.contains("LICENSE.md"))
    }

    @Test func seeLicenseInAMissingFileIsUnknown() throws {
        let root = try Root()
        let concluded = try TestSupport.enricher().conclude(
            try component("z", declared: [DeclaredLicense(text: "SEE LICENSE IN TERMS.txt", source: .manifest)]),
            root: root.url.path)
        #expect(concluded.expression == nil)
        #expect(concluded.unmappedText == "SEE LICENSE IN TERMS.txt")
        #expect(concluded.reason.contains("not found"))
    }

    /// Issue 14: `"license": "SEE LICENSE IN LICENSE"` in a lockfile entry used to read the scanned repository's own
    /// LICENSE, giving the dependency the application's licence with confidence 1.00.
    @Test func seeLicenseInNeverReadsTheRepositorysOwnFile() throws {
        let root = try Root()
        try Data(TestSupport.fixtureBytes("texts/MIT-markdown.md")).write(to: root.url.appendingPathComponent("LICENSE"))
        let lockfileEntry = Component(
            purl: try PackageURL(type: "npm", namespace: "@kommune", name: "journal", version: "5.0.3"), ecosystem: .npm,
            group: "@kommune", name: "journal", version: "5.0.3",
            declaredLicenses: [DeclaredLicense(text: "SEE LICENSE IN LICENSE", source: .lockfile)],
            locations: [SourceLocation(file: "package-lock.json", line: 40, column: 5)])
        let enricher = try TestSupport.enricher()
        let unknown = enricher.conclude(lockfileEntry, root: root.url.path)
        #expect(unknown.expression == nil, "the repository's LICENSE is the application's, not the dependency's")
        #expect(unknown.confidence == 0)
        #expect(unknown.reason.contains("not found in the installed package"))
        // Installed, the package's own file decides.
        let installed = root.url.appendingPathComponent("node_modules/@kommune/journal")
        try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
        try Data(TestSupport.fixtureBytes("texts/BSD-3-Clause-bullets.md")).write(to: installed.appendingPathComponent("LICENSE"))
        let known = enricher.conclude(lockfileEntry, root: root.url.path)
        #expect(known.expression?.spdx == "BSD-3-Clause")
        #expect(known.reason.contains("node_modules/@kommune/journal/LICENSE"))
        // The application's own package.json may point at the repository's file.
        var application = lockfileEntry
        application.isFirstParty = true
        application.locations = [SourceLocation(file: "package.json", line: 1)]
        #expect(enricher.conclude(application, root: root.url.path).expression?.spdx == "MIT")
    }

    /// Issue 14: `"BSD"` alone is a BSD licence of unknown clause count, not BSD-3-Clause; it is still OSS.
    @Test func bsdAloneSaysItsClauseCountIsUnknown() throws {
        let enricher = try TestSupport.enricher()
        let concluded = enricher.conclude(
            try component("f", declared: [DeclaredLicense(text: "BSD", source: .lockfile)]), root: "/nonexistent")
        #expect(concluded.expression?.spdx == "LicenseRef-BSD-Unspecified")
        #expect(concluded.confidence < 1)
        #expect(enricher.category(of: concluded) == .permissive)
        #expect(enricher.isOSS(concluded) == .yes)
        #expect(enricher.normalizer.resolver.list.license("LicenseRef-BSD-Unspecified")?.name.contains("unknown clause count") == true)
    }

    @Test func severalLicenceFilesAllApply() throws {
        let root = try Root()
        let concluded = try TestSupport.enricher().conclude(
            try component("c", files: ["node_modules/c/LICENSE-ISC", "node_modules/c/LICENSE-BSD"]), root: root.url.path)
        #expect(concluded.expression?.spdx == "BSD-2-Clause AND ISC")
        #expect(concluded.reason.hasPrefix("from licence files"))
    }

    @Test func severalDeclaredLicencesAreAlternatives() throws {
        let concluded = try TestSupport.enricher().conclude(
            try component("e", declared: [
                DeclaredLicense(text: "Apache License, Version 2.0", url: "https://www.apache.org/licenses/LICENSE-2.0.txt",
                                source: .manifest),
                DeclaredLicense(text: "MIT License", source: .manifest),
            ]), root: "/nonexistent")
        #expect(concluded.expression?.spdx == "Apache-2.0 OR MIT")
    }

    @Test func manifestOutranksLockfile() throws {
        let concluded = try TestSupport.enricher().conclude(
            try component("g", declared: [
                DeclaredLicense(text: "ISC", source: .lockfile), DeclaredLicense(text: "MIT", source: .manifest),
            ]), root: "/nonexistent")
        #expect(concluded.expression?.spdx == "MIT")
    }

    @Test func disagreeingFileLowersConfidenceAndIsExplained() throws {
        let root = try Root()
        let concluded = try TestSupport.enricher().conclude(
            try component("h", declared: [DeclaredLicense(text: "MIT", source: .manifest)], files: ["node_modules/h/LICENSE"]),
            root: root.url.path)
        #expect(concluded.expression?.spdx == "MIT")
        #expect(concluded.confidence < 1)
        #expect(concluded.reason.contains("BSD-3-Clause"))
    }

    @Test func ambiguousDeclarationYieldsToTheLicenceFile() throws {
        let root = try Root()
        let concluded = try TestSupport.enricher().conclude(
            try component("c", declared: [DeclaredLicense(text: "BSD", source: .manifest)],
                          files: ["node_modules/c/LICENSE-BSD"]),
            root: root.url.path)
        #expect(concluded.expression?.spdx == "BSD-2-Clause")
        #expect(concluded.reason.contains("ambiguous"))
    }

    @Test func unlicensedIsProprietary() throws {
        let enricher = try TestSupport.enricher()
        let concluded = enricher.conclude(
            try component("d", declared: [DeclaredLicense(text: "UNLICENSED", source: .manifest)]), root: "/nonexistent")
        #expect(concluded.expression?.spdx == "LicenseRef-UNLICENSED")
        #expect(enricher.category(of: concluded) == .proprietary)
        #expect(enricher.isOSS(concluded) == .no)
    }

    @Test func unmappableTextIsUnknownWithTheRawText() throws {
        let enricher = try TestSupport.enricher()
        let concluded = enricher.conclude(
            try component("f", declared: [DeclaredLicense(text: "Custom licence of Acme", source: .manifest)]),
            root: "/nonexistent")
        #expect(concluded.expression == nil)
        #expect(concluded.unmappedText == "Custom licence of Acme")
        #expect(concluded.confidence == 0)
        #expect(enricher.category(of: concluded) == .unknown)
        #expect(enricher.isOSS(concluded) == .unknown)
    }

    @Test func binaryLicenceFileAndNothingDeclaredIsUnknown() throws {
        let root = try Root()
        let concluded = try TestSupport.enricher().conclude(
            try component("a", files: ["node_modules/a/COPYING"]), root: root.url.path)
        #expect(concluded.expression == nil)
        #expect(concluded.reason.contains("binary"))
    }

    @Test func nothingAtAllIsUnknown() throws {
        let concluded = try TestSupport.enricher().conclude(try component("q"), root: "/nonexistent")
        #expect(concluded.expression == nil)
        #expect(concluded.reason == "no licence declared and no licence file found")
    }
}
