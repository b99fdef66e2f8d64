import SovScanModel
import Testing

/// The text of `Component.scriptOnlyDependenciesProperty` reads back whole (review11): a build-time file whose
/// folder holds a `;` once cut the entry short and dropped the rest of the path.
@Suite struct DependencyEvidenceListTests {
    @Test func entriesAreSortedAndPlainTextStaysAsWritten() {
        let text = DependencyEvidenceList.text(of: [("yaml", "build:data via scripts/make-data.js"), ("rimraf", "prebuild")])
        #expect(text == "rimraf: prebuild; yaml: build:data via scripts/make-data.js")
        #expect(DependencyEvidenceList.dependencies(in: text)
                    == ["rimraf": "prebuild", "yaml": "build:data via scripts/make-data.js"])
    }

    @Test func semicolonsAndPercentSignsRoundTrip() {
        let dependencies = [("@faker-js/faker", "seed via scripts/data;v2/make 100%3B.js"), ("yaml", "build;data via a%25;b.js")]
        let text = DependencyEvidenceList.text(of: dependencies)
        #expect(text.split(separator: ";").count == 2, "\(text)")
        #expect(DependencyEvidenceList.dependencies(in: text)
                    == ["@faker-js/faker": "seed via scripts/data;v2/make 100%3B.js", "yaml": "build;data via a%25;b.js"])
    }

    @Test func entriesThatAreNoPairAreLeftOut() {
        #expect(DependencyEvidenceList.dependencies(in: "rimraf: prebuild; stray; ").keys.sorted() == ["rimraf"])
    }
}
