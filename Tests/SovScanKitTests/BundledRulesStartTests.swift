import Foundation
import SovScanModel
import Testing
@testable import SovScanKit

/// A first run on a machine (an empty cache folder) takes the bundled rules and licence data compiled at build
/// time: it parses no YAML or JSON, so it writes no compiled entry; a `--rules` layer still goes through the
/// cache folder (issue 17).
@Suite struct BundledRulesStartTests {
    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-start-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    private func compiledEntries(_ cache: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("compiled").path)) ?? []).sorted()
    }

    @Test func aFirstRunParsesNoBundledRules() throws {
        try withFolder { folder in
            let cache = folder.appendingPathComponent("cache")
            let scanner = Scanner(options: ScanOptions(fetch: FetchOptions(cacheDirectory: cache.path)))
            #expect(scanner.setupDiagnostics.isEmpty)
            #expect(scanner.licenses != nil)
            #expect(scanner.classification.classifier.rules.technologies.count > 100)
            #expect(compiledEntries(cache) == [])
        }
    }

    @Test func aRulesLayerIsStillReadAndCachedAfterTheBundledRules() throws {
        try withFolder { folder in
            let cache = folder.appendingPathComponent("cache")
            let layer = folder.appendingPathComponent("layer")
            try FileManager.default.createDirectory(at: layer, withIntermediateDirectories: true)
            try Data("""
            schema: 1
            vendors:
              - id: startup-layer-vendor
                name: Startup Layer Vendor
                country: DK
                bloc: EU
                governance: company
                sources: [https://example.org/startup-layer-vendor]

            """.utf8).write(to: layer.appendingPathComponent("vendors.yml"))
            let options = ScanOptions(ruleLayers: [layer], fetch: FetchOptions(cacheDirectory: cache.path))
            let first = Scanner(options: options)
            #expect(first.classification.diagnostics.isEmpty)
            #expect(first.classification.classifier.rules.vendors["startup-layer-vendor"]?.country == "DK")
            #expect(first.classification.classifier.rules.technologies.count > 100)
            #expect(compiledEntries(cache).map { $0.prefix { $0 != "-" } } == ["rules"])
            let second = Scanner(options: options)
            #expect(second.classification.classifier.rules.vendors["startup-layer-vendor"]?.country == "DK")
        }
    }
}
