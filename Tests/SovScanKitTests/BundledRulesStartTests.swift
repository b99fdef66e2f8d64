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

    /// The bundled rules and licence data are decoded when the first component needs them: a scan of an empty
    /// folder decodes neither, and still reports what the rules would say about themselves (nothing).
    @Test func anEmptyScanDecodesNoRulesOrLicenceData() throws {
        try withFolder { folder in
            let empty = folder.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let scanner = Scanner(options: ScanOptions(fetch: FetchOptions(cacheDirectory: folder.appendingPathComponent("cache").path)))
            let result = scanner.run(paths: [empty.path])
            #expect(result.inventory.systems.map(\.components.count) == [0])
            #expect(result.inventory.diagnostics.isEmpty)
            #expect(scanner.classification.bundledRulesKey != nil, "the bundled rules come from their compiled form")
            #expect(scanner.loadedLicenses?.isLoaded == false)
            #expect(!scanner.classification.loadedClassifier.isLoaded)
            // The first component decodes them, with the rules' licences known.
            let project = folder.appendingPathComponent("project")
            try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
            try Data(#"{"name": "start", "version": "1.0.0", "dependencies": {"react": "18.2.0"}}"#.utf8)
                .write(to: project.appendingPathComponent("package.json"))
            let classified = scanner.run(paths: [project.path]).classified.flatMap(\.classifications)
            #expect(classified.contains { $0.purl.name == "react" })
            #expect(scanner.loadedLicenses?.isLoaded == true)
            #expect(scanner.classification.loadedClassifier.isLoaded)
            #expect(!scanner.classification.classifier.ruleLicenses.isEmpty)
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
