import Foundation
@testable import Licenses
import SovScanModel
import Testing

/// The licence text index is read when the first licence text is identified, not when the data loads.
@Suite struct LazyTextIndexTests {
    /// A copy of `Rules/licenses` in a temporary rules folder, with `text-index.json` replaced by `index`.
    private func rulesCopy(index: String?) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-lazy-\(UUID().uuidString)")
        let licences = root.appendingPathComponent("licenses")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.rulesDirectory.appendingPathComponent("licenses"), to: licences)
        let file = licences.appendingPathComponent("text-index.json")
        try FileManager.default.removeItem(at: file)
        if let index { try index.write(to: file, atomically: true, encoding: .utf8) }
        return root
    }

    @Test func aDamagedIndexLoadsAndMakesEachTextUnknownWithTheReason() throws {
        let rules = try rulesCopy(index: "{ not json")
        defer { try? FileManager.default.removeItem(at: rules) }
        let enricher = try LicenseEnricher(rulesDirectory: rules)
        // Declared licences need no index.
        #expect(enricher.normalizer.normalize(text: "Apache 2").expression?.spdx == "Apache-2.0")
        let result = enricher.identifier.identify(try TestSupport.fixtureBytes("texts/MIT-markdown.md"))
        #expect(result.expression == nil)
        #expect(result.reason.contains("licence text index cannot be loaded"), "\(result.reason)")
        #expect(result.reason.contains("text-index.json"), "\(result.reason)")
    }

    @Test func aMissingIndexIsAnErrorWhenTheDataLoads() throws {
        let rules = try rulesCopy(index: nil)
        defer { try? FileManager.default.removeItem(at: rules) }
        #expect(throws: LicenseDataError.self) { try LicenseEnricher(rulesDirectory: rules) }
    }

    @Test func threadsAskingAtOnceAllGetTheWholeIndex() throws {
        let lazy = try LazyLicenseTextIndex(rulesDirectory: TestSupport.rulesDirectory)
        let seen = (0..<8).map { _ in Box() }
        DispatchQueue.concurrentPerform(iterations: seen.count) { index in
            if case .success(let loaded) = lazy.value { seen[index].entries = loaded.entries.count }
        }
        let sizes = Set(seen.map(\.entries))
        #expect(sizes.count == 1)
        #expect((sizes.first ?? 0) > 500)
    }

    private final class Box: @unchecked Sendable { var entries = 0 }
}
