import BundledRules
import Foundation
@testable import Licenses
import SovScanModel
import Testing

/// The compiled form of the licence list and aliases against `Rules/licenses/`.
@Suite struct CompiledLicenseDataTests {
    private func parsed() throws -> CompiledLicenseData {
        let list = try LicenseList.load(rulesDirectory: TestSupport.rulesDirectory)
        let aliases = try LicenseAliases.load(rulesDirectory: TestSupport.rulesDirectory, list: list,
                                              resolver: LicenseExpressionResolver(list: list))
        return CompiledLicenseData(list: list, aliases: aliases,
                                   equivalentWords: try TextNormalizer.equivalentWords(rulesDirectory: TestSupport.rulesDirectory))
    }

    private func expectSame(_ compiled: CompiledLicenseData, _ source: CompiledLicenseData) {
        #expect(compiled.list.allLicenses == source.list.allLicenses)
        #expect(compiled.list.allExceptions == source.list.allExceptions)
        #expect(compiled.aliases.names == source.aliases.names)
        #expect(compiled.aliases.urls == source.aliases.urls)
        #expect(compiled.equivalentWords == source.equivalentWords)
    }

    @Test func compiledLicenceDataEqualsTheFiles() throws {
        let source = try parsed()
        #expect(source.list.allLicenses.count > 600)
        // Compound expressions (`WITH`, `AND`, `OR`) are among the aliases, so the whole expression form is exercised.
        #expect(source.aliases.names.values.contains { $0.expression.singleLicenseID == nil })
        #expect(source.equivalentWords.single.count > 10 && !source.equivalentWords.pairs.isEmpty)
        expectSame(try CompiledLicenseData(compiled: source.compiled()), source)
    }

    /// The form the `CompileRules` plugin made when this build ran is the one of today's `Rules/licenses/` and
    /// holds exactly the list and aliases the files give.
    @Test func theLicenceDataCompiledAtBuildTimeIsTheFiles() throws {
        let sourceKey = try CompiledLicenseData.sourceKey(rulesDirectory: TestSupport.rulesDirectory)
        let bytes = try #require(BundledRules.forms[sourceKey]?.value)
        expectSame(try CompiledLicenseData(compiled: bytes), try parsed())
    }

    @Test func damagedBytesAreRefused() throws {
        let bytes = try parsed().compiled()
        #expect(throws: BinaryReader.Malformed.self) { try CompiledLicenseData(compiled: Array(bytes.dropLast())) }
        #expect(throws: BinaryReader.Malformed.self) { try CompiledLicenseData(compiled: [UInt8](repeating: 1, count: 64)) }
    }

    @Test func anEnricherFromTheCacheConcludesAsOneFromTheFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-licences-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = CompiledCache(directory: folder.path)
        let plain = try LicenseEnricher(rulesDirectory: TestSupport.rulesDirectory)
        _ = try LicenseEnricher(rulesDirectory: TestSupport.rulesDirectory, cache: cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("licences-") }.count == 1)
        let cached = try LicenseEnricher(rulesDirectory: TestSupport.rulesDirectory, cache: cache)
        for text in ["Apache 2", "GPLv2 with classpath exception", "MIT/X11", "BSD", "http://www.apache.org/licenses/LICENSE-2.0",
                     "UNLICENSED", "EPL-1.0 OR LGPL-2.1+", "not a licence at all"] {
            #expect(cached.normalizer.normalize(text: text) == plain.normalizer.normalize(text: text), "\(text)")
        }
        let mit = try TestSupport.fixtureBytes("texts/MIT-markdown.md")
        #expect(cached.identifier.identify(mit) == plain.identifier.identify(mit))
    }
}
