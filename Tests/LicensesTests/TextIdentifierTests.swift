import Foundation
import Licenses
import SovScanModel
import Testing

@Suite("Licence text identification")
struct TextIdentifierTests {
    @Test(arguments: [
        ("MIT-markdown.md", "MIT"),
        ("ISC-reflowed.txt", "ISC"),
        ("BSD-2-Clause-comment.txt", "BSD-2-Clause"),
        ("BSD-3-Clause-bullets.md", "BSD-3-Clause"),
    ])
    func identifiesPerturbedShortLicences(file: String, id: String) throws {
        let result = try TestSupport.enricher().identifier.identify(TestSupport.fixtureBytes("texts/" + file))
        #expect(result.matches.map(\.id) == [id], "\(result.reason)")
        #expect(result.expression?.spdx == id)
        #expect(result.confidence >= LicenseTextIdentifier.threshold)
    }

    @Test func severalLicencesInOneFileAreAllReported() throws {
        let result = try TestSupport.enricher().identifier.identify(TestSupport.fixtureBytes("texts/ISC-and-BSD-2-Clause.txt"))
        #expect(Set(result.matches.map(\.id)) == ["ISC", "BSD-2-Clause"], "\(result.reason)")
        #expect(result.expression?.spdx == "BSD-2-Clause AND ISC")
    }

    @Test func textThatIsNoLicenceIsUnknownNotAGuess() throws {
        let identifier = try TestSupport.enricher().identifier
        for file in ["README-not-a-licence.md", "MIT-modified.txt"] {
            let result = identifier.identify(try TestSupport.fixtureBytes("texts/" + file))
            #expect(result.expression == nil, "\(file): \(result.reason)")
            #expect(result.matches.isEmpty)
            #expect(result.confidence == 0)
            #expect(result.reason.contains("closest"), "\(result.reason)")
        }
    }

    @Test func badInputGivesAClearUnknown() throws {
        let identifier = try TestSupport.enricher().identifier
        #expect(identifier.identify([]).reason.contains("no licence text"))
        var binary = [UInt8](repeating: 0x41, count: 4096)
        binary[100] = 0
        #expect(identifier.identify(binary).reason.contains("binary"))
        let random = (0..<65_536).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        #expect(identifier.identify(random).expression == nil)
        let invalidUTF8: [UInt8] = [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x82, 0xF0, 0x28, 0x8C, 0x28, 0xFF, 0xFE]
        #expect(identifier.identify(invalidUTF8).expression == nil)
    }

    @Test func tenMegabyteFileIsRefusedQuickly() throws {
        let identifier = try TestSupport.enricher().identifier
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-licences-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("LICENSE")
        let mit = try TestSupport.fixtureBytes("texts/MIT-markdown.md")
        var data = Data()
        while data.count < 10 << 20 { data.append(contentsOf: mit) }
        try data.write(to: big)
        let start = ContinuousClock.now
        let result = identifier.identify(fileAt: big.path)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(result.expression == nil)
        #expect(result.reason.contains("larger than"))
        #expect(identifier.identify(fileAt: folder.appendingPathComponent("missing").path).reason.contains("does not exist"))
        #expect(identifier.identify(fileAt: folder.path).reason.contains("directory"))
    }

    @Test func latin1AndUTF16TextsAreRead() throws {
        let identifier = try TestSupport.enricher().identifier
        let text = try String(decoding: TestSupport.fixtureBytes("texts/ISC-reflowed.txt"), as: UTF8.self)
        let latin1 = Array(("Copyright \u{A9} 2020 J\u{F6}rg\n" + text).data(using: .isoLatin1) ?? Data())
        #expect(identifier.identify(latin1).expression?.spdx == "ISC")
        let utf16 = [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian) ?? Data())
        #expect(identifier.identify(utf16).expression?.spdx == "ISC")
    }

    @Test func identificationIsThreadSafe() async throws {
        let identifier = try TestSupport.enricher().identifier
        let texts = try ["MIT-markdown.md", "ISC-reflowed.txt", "BSD-2-Clause-comment.txt", "BSD-3-Clause-bullets.md"]
            .map { try TestSupport.fixtureBytes("texts/" + $0) }
        let results = await withTaskGroup(of: String?.self) { group in
            for index in 0..<64 {
                let bytes = texts[index % texts.count]
                group.addTask { identifier.identify(bytes).expression?.spdx }
            }
            var all: [String?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(Set(results.compactMap { $0 }) == ["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause"])
        #expect(!results.contains(nil))
    }
}
