@testable import Catalogers
import Testing

/// The small tables the Maven collector and conflict resolver use instead of string-keyed sets and dictionaries
/// (issue 17) behave exactly like what they replace.
@Suite struct ResolverTablesTests {
    /// `ScopeSet` against `Set<String>` over the same operations, Maven's scopes mixed with other texts.
    @Test func scopeSetAnswersAsASetOfStrings() {
        let names = ["compile", "runtime", "provided", "test", "system", "${scope}", "complie", ""]
        var generator = SplitMix(seed: 17)
        for _ in 0..<200 {
            var reference: Set<String> = []
            var scopes = ScopeSet()
            var other = ScopeSet()
            var otherReference: Set<String> = []
            for _ in 0..<Int(generator.next() % 6) {
                let name = names[Int(generator.next() % UInt64(names.count))]
                #expect(scopes.insert(name).inserted == reference.insert(name).inserted)
                let more = names[Int(generator.next() % UInt64(names.count))]
                other.insert(more)
                otherReference.insert(more)
            }
            if generator.next() % 2 == 0 {
                scopes.formUnion(other)
                reference.formUnion(otherReference)
            }
            if generator.next() % 3 == 0 {
                scopes.remove("system")
                reference.remove("system")
            }
            #expect(scopes.count == reference.count)
            for name in names { #expect(scopes.contains(name) == reference.contains(name)) }
            if reference.count == 1 { #expect(scopes.first == reference.first) }
            if reference.isEmpty { #expect(scopes.first == nil) }
        }
    }

    @Test func numberedValuesForgetOnlyWhatWasSet() {
        var values = NumberedValues<String>()
        #expect(values[5] == nil)
        values[5] = "five"
        values[0] = "zero"
        #expect(values[5] == "five" && values[0] == "zero" && values[3] == nil && values[1_000] == nil)
        values[5] = nil
        #expect(values[5] == nil)
        values[7] = "seven"
        values.removeAll()
        #expect(values[0] == nil && values[7] == nil)
        values[7] = "again"
        #expect(values[7] == "again")
    }

    @Test func artifactTableNumbersEachArtifactAndKeyOnce() {
        let table = ArtifactTable()
        let jar = ResolverArtifact(groupId: "g", artifactId: "a", version: "1.0", type: "jar", classifier: "")
        let otherVersion = ResolverArtifact(groupId: "g", artifactId: "a", version: "2.0", type: "jar", classifier: "")
        let tests = ResolverArtifact(groupId: "g", artifactId: "a", version: "1.0", type: "test-jar", classifier: "")
        let first = table.number(jar)
        #expect(table.number(jar) == first)
        let second = table.number(otherVersion)
        let third = table.number(tests)
        #expect(Set([first, second, third]).count == 3 && table.count == 3)
        // Versions compete in one conflict group; a test-jar (classifier `tests`) is another.
        #expect(table.key(of: first) == table.key(of: second))
        #expect(table.key(of: first) != table.key(of: third))
        #expect(table.artifacts[third] == tests)
    }

    @Test func versionRequirementsTellVersionsRangesAndUnusableTexts() {
        #expect(VersionRequirement("1.2.3").isExactVersion)
        #expect(!VersionRequirement("[1.0,2.0)").isExactVersion)
        guard case .usable(let range) = VersionRequirement("[1.0,2.0)") else {
            Issue.record("a range is usable")
            return
        }
        #expect(range.isRange && range.contains(MavenVersion("1.5")) && !range.contains(MavenVersion("2.0")))
        guard case .unusable(isUnresolved: true) = VersionRequirement("${missing.version}") else {
            Issue.record("an unresolved property is unusable")
            return
        }
        guard case .unusable(isUnresolved: false) = VersionRequirement("") else {
            Issue.record("an empty version is unusable")
            return
        }
        guard case .unusable(isUnresolved: false) = VersionRequirement("[1.0") else {
            Issue.record("a malformed range is unusable")
            return
        }
    }
}

/// A small deterministic generator (SplitMix64), so the comparisons are the same in every run.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
