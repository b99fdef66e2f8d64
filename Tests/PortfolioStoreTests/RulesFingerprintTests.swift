import Foundation
import PortfolioStore
import SovScanKit
import Testing

/// `RulesFingerprint` hashes every rule file from its storage (issue 17: through `Sequence` a byte at a time the
/// 3 MB of the bundled rules took about 20 ms). The fingerprint is in reports and stored runs: it must stay FNV-1a
/// 64 of each file's path (relative, with a zero byte) and bytes, in sorted order, folders in the order given.
@Suite struct RulesFingerprintTests {
    /// The definition, a byte at a time.
    private func reference(_ directories: [URL]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var format = "?"
        for directory in directories {
            let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).sorted()
            for file in files {
                var isDirectory: ObjCBool = false
                let path = directory.appendingPathComponent(file).path
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let data = FileManager.default.contents(atPath: path) else { continue }
                for byte in Array(file.utf8) + [0] + [UInt8](data) {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
                if file == "sovscan-rules.yml", format == "?",
                   let line = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first(where: { $0.hasPrefix("format:") }) {
                    format = line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        let hex = String(hash, radix: 16)
        return "format \(format), rules \(String(repeating: "0", count: 16 - hex.count) + hex)"
    }

    @Test func theBundledRulesHashAsDefined() throws {
        let bundled = try #require(RulesLocator.bundledRules())
        let fingerprint = RulesFingerprint.of(directories: [bundled])
        #expect(fingerprint == reference([bundled]))
        #expect(fingerprint.hasPrefix("format 1, rules "))
    }

    @Test func aLayerChangesTheFingerprintAndIsHashedAfterTheBundledRules() throws {
        let bundled = try #require(RulesLocator.bundledRules())
        let layer = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-fingerprint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: layer) }
        try FileManager.default.createDirectory(at: layer.appendingPathComponent("technologies"), withIntermediateDirectories: true)
        try Data("schema: 1\nvendors: []\n".utf8).write(to: layer.appendingPathComponent("vendors.yml"))
        try Data("schema: 1\ntechnologies: []\n".utf8).write(to: layer.appendingPathComponent("technologies/extra.yml"))
        let layered = RulesFingerprint.of(directories: [bundled, layer])
        #expect(layered == reference([bundled, layer]))
        #expect(layered != RulesFingerprint.of(directories: [bundled]))
        #expect(RulesFingerprint.of(directories: [layer, bundled]) == reference([layer, bundled]))
        #expect(RulesFingerprint.of(directories: [layer]) == "format ?, rules " + String(reference([layer]).suffix(16)))
        // One byte more in a layer's file is another fingerprint.
        try Data("schema: 1\ntechnologies: [] \n".utf8).write(to: layer.appendingPathComponent("technologies/extra.yml"))
        #expect(RulesFingerprint.of(directories: [bundled, layer]) != layered)
        #expect(RulesFingerprint.of(directories: [bundled, layer]) == reference([bundled, layer]))
    }

    @Test func emptyAndMissingFoldersHashNothing() {
        let missing = URL(fileURLWithPath: "/nonexistent/sovscan-rules")
        #expect(RulesFingerprint.of(directories: []) == "format ?, rules cbf29ce484222325")
        #expect(RulesFingerprint.of(directories: [missing]) == "format ?, rules cbf29ce484222325")
    }
}
