import BundledRules
import Foundation
import Testing
@testable import Classification
import SovScanModel

/// The compiled form of the rules (`CompiledRules.swift`) against their YAML source.
@Suite struct CompiledRulesTests {
    /// Every field of two rule sets, compared value by value.
    private func expectSame(_ compiled: RuleSet, _ source: RuleSet) {
        #expect(compiled.vendors == source.vendors)
        #expect(compiled.technologies == source.technologies)
        #expect(compiled.bindings == source.bindings)
        #expect(compiled.relicensing == source.relicensing)
    }

    @Test func compiledBundledRulesEqualTheirYAML() throws {
        let (source, diagnostics) = RuleSet.load(directories: [bundledRules])
        #expect(diagnostics.isEmpty)
        #expect(source.technologies.count > 100)
        let compiled = try RuleSet(compiled: source.compiled())
        expectSame(compiled, source)
        // The patterns rebuilt from the compact form match exactly what the parsed ones match.
        for (rebuilt, parsed) in zip(compiled.technologies.flatMap(\.patterns), source.technologies.flatMap(\.patterns)) {
            #expect(rebuilt.pattern.literalPrefix == parsed.pattern.literalPrefix)
            #expect(rebuilt.pattern.specificity == parsed.pattern.specificity)
        }
    }

    /// The form the `CompileRules` plugin made when this build ran is the one of today's `Rules/` (the plugin
    /// runs again when a rule file changes) and holds exactly the rules their YAML gives.
    @Test func theRulesCompiledAtBuildTimeAreTheRulesOfTheYAML() throws {
        let sources = try #require(RuleLayer.sources(of: [bundledRules]))
        let sourceKey = CompiledCache.sourceKey(kind: "rules", formatVersion: RuleSet.compiledFormatVersion, sources: sources)
        let bytes = try #require(BundledRules.forms[sourceKey]?.value)
        let (source, diagnostics) = RuleSet.load(directories: [bundledRules])
        #expect(diagnostics.isEmpty)
        expectSame(try RuleSet(compiled: bytes), source)
        #expect(RuleSet.compiledForm(directories: [bundledRules])?.bytes == bytes)
    }

    @Test func rulesWithAProblemAreNotCompiledAtBuildTime() {
        #expect(RuleSet.compiledForm(directories: [ruleFixtures.appendingPathComponent("broken")]) == nil)
        #expect(RuleSet.compiledForm(directories: [ruleFixtures.appendingPathComponent("base")]) != nil)
    }

    @Test func compiledFixtureRulesWithRangesAndLocationsEqualTheirYAML() throws {
        let directories = [ruleFixtures.appendingPathComponent("base"), ruleFixtures.appendingPathComponent("user")]
        let (source, diagnostics) = RuleSet.load(directories: directories)
        #expect(diagnostics.isEmpty)
        #expect(source.technologies.contains { $0.patterns.contains { $0.versions != nil } })
        expectSame(try RuleSet(compiled: source.compiled()), source)
    }

    @Test func damagedCompiledBytesAreRefusedNotTrusted() {
        let bytes = RuleSet.load(directories: [ruleFixtures.appendingPathComponent("base")]).rules.compiled()
        #expect(throws: BinaryReader.Malformed.self) { try RuleSet(compiled: Array(bytes.dropLast(3))) }
        #expect(throws: BinaryReader.Malformed.self) { try RuleSet(compiled: bytes + [0]) }
        var otherVersion = bytes
        otherVersion[0] &+= 1
        #expect(throws: BinaryReader.Malformed.self) { try RuleSet(compiled: otherVersion) }
    }

    /// A copy of the fixture rules and an empty cache in a temporary folder.
    private func workspace() throws -> (rules: URL, cache: CompiledCache, root: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-compiled-\(UUID().uuidString)")
        let rules = root.appendingPathComponent("base")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ruleFixtures.appendingPathComponent("base"), to: rules)
        return (rules, CompiledCache(directory: root.appendingPathComponent("cache").path), root)
    }

    private func entries(_ cache: CompiledCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []).sorted()
    }

    @Test func theCacheServesTheCompiledFormOfTheSameFiles() throws {
        let (rules, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = RuleSet.load(directories: [rules], cache: cache)
        #expect(first.diagnostics.isEmpty)
        let stored = entries(cache)
        #expect(stored.count == 1)
        #expect(stored.first?.hasPrefix("rules-") == true)

        // Replace the entry by a recognisable rule set: the next load must come from the cache.
        let marker = RuleSet(vendors: [Vendor(id: "from-cache", name: "From the cache", country: nil, bloc: .international,
                                             governance: .community, sources: ["https://example.org/cache"])])
        let entry = cache.directory + "/" + (stored.first ?? "")
        try Data(marker.compiled()).write(to: URL(fileURLWithPath: entry))
        let second = RuleSet.load(directories: [rules], cache: cache)
        #expect(second.rules.vendors.keys.sorted() == ["from-cache"])
    }

    @Test func anEditedRuleFileIsNeverServedStale() throws {
        let (rules, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(RuleSet.load(directories: [rules], cache: cache).rules.vendors["acme"]?.name == "Acme Corp")
        let vendors = rules.appendingPathComponent("vendors.yml")
        let edited = try String(contentsOf: vendors, encoding: .utf8).replacingOccurrences(of: "Acme Corp", with: "Acme Holding")
        try edited.write(to: vendors, atomically: true, encoding: .utf8)
        #expect(RuleSet.load(directories: [rules], cache: cache).rules.vendors["acme"]?.name == "Acme Holding")
        #expect(entries(cache).count == 2)
        // A new technology file changes the key too.
        try FileManager.default.copyItem(at: rules.appendingPathComponent("technologies/base.yml"),
                                         to: rules.appendingPathComponent("technologies/zz-copy.yml"))
        let withCopy = RuleSet.load(directories: [rules], cache: cache)
        #expect(withCopy.diagnostics.contains { $0.message.contains("defined twice") })
    }

    @Test func rulesWithProblemsAreParsedEveryTimeAndNeverStored() throws {
        let (_, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let broken = [ruleFixtures.appendingPathComponent("broken")]
        let first = RuleSet.load(directories: broken, cache: cache)
        let second = RuleSet.load(directories: broken, cache: cache)
        #expect(!first.diagnostics.isEmpty)
        #expect(first.diagnostics == second.diagnostics)
        #expect(entries(cache).isEmpty)
    }

    @Test func aUserLayerThroughTheCacheGivesWhatTheYAMLGives() throws {
        let (rules, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let layers = [rules, ruleFixtures.appendingPathComponent("user")]
        let source = RuleSet.load(directories: layers)
        _ = RuleSet.load(directories: layers, cache: cache)
        let cached = RuleSet.load(directories: layers, cache: cache)
        #expect(cached.diagnostics.isEmpty)
        expectSame(cached.rules, source.rules)
        // The layer alone is another entry: layers are part of the key.
        _ = RuleSet.load(directories: [rules], cache: cache)
        #expect(entries(cache).count == 2)
    }

    @Test func aDamagedCacheEntryFallsBackToTheYAML() throws {
        let (rules, cache, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = RuleSet.load(directories: [rules], cache: cache)
        let entry = cache.directory + "/" + (entries(cache).first ?? "")
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: entry))
        let reloaded = RuleSet.load(directories: [rules], cache: cache)
        #expect(reloaded.diagnostics.isEmpty)
        expectSame(reloaded.rules, source.rules)
    }

    /// A form compiled when sovscan was built is decoded when the rules are first read, not when they are found:
    /// finding them tells their diagnostics (none) without decoding (issue 17).
    @Test func aFormCompiledAtBuildTimeIsDecodedAtTheFirstRead() throws {
        let (rules, _, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let compiled = try #require(RuleSet.compiledForm(directories: [rules]))
        let form = LoadedOnce { compiled.bytes }
        let cache = CompiledCache(directory: root.appendingPathComponent("cache").path,
                                  prebuilt: [compiled.sourceKey: form])
        let found = RuleSet.find(directories: [rules], cache: cache)
        #expect(found.diagnostics.isEmpty)
        #expect(found.bundledSourceKey == compiled.sourceKey)
        #expect(!form.isLoaded)
        #expect(!found.rules.isLoaded)
        expectSame(found.rules.value, RuleSet.load(directories: [rules]).rules)
        #expect(form.isLoaded)
        #expect(entries(cache).isEmpty)
    }
}
