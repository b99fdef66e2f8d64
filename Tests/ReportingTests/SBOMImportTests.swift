@testable import Catalogers
import Foundation
import SovScanModel
import Testing

struct SBOMImportTests {
    private func component(_ system: SystemInventory, _ purl: String) -> Component? {
        system.components.first { $0.purl.description == purl }
    }

    @Test func readsASuppliersCycloneDX() throws {
        let system = SBOMImporter().importSystem(path: TestInventories.fixture("sbom/supplier-cyclonedx-1.5.json"), reportedAs: "bom.json")
        #expect(system.name == "Sagsportal")
        #expect(system.components.count == 6)
        let spring = try #require(component(system, "pkg:maven/org.springframework/spring-core@6.1.14"))
        #expect(spring.group == "org.springframework")
        #expect(spring.name == "spring-core")
        #expect(spring.isDirect)
        #expect(spring.scope == .runtime)
        #expect(spring.declaredLicenses == [DeclaredLicense(text: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0",
                                                            source: .sbom, location: SovScanModel.SourceLocation(file: "bom.json", line: 24, column: 42))])
        #expect(spring.locations == [SovScanModel.SourceLocation(file: "bom.json", line: 16, column: 5)])
        #expect(spring.properties["supplier"] == "Broadcom")
        #expect(spring.properties["resolved"]?.hasPrefix("https://repo1.maven.org/") == true)
        let angular = try #require(component(system, "pkg:npm/%40angular/core@18.2.8"))
        #expect(angular.group == "@angular" && angular.name == "core")
        #expect(angular.declaredLicenses.map(\.text) == ["MIT"])
        let tslib = try #require(component(system, "pkg:npm/tslib@2.7.0"), "nested components are read")
        #expect(!tslib.isDirect)
        #expect(component(system, "pkg:npm/jest@29.7.0")?.scope == .dev, "scope 'excluded' does not ship")
        #expect(system.graph.edges == [DependencyEdge(from: angular.purl, to: tslib.purl, scope: .runtime)])
        let widget = try #require(system.components.first { $0.name.hasPrefix("<script>") })
        #expect(widget.purl.type == "generic")
        #expect(widget.declaredLicenses.first?.text == "Proprietary \"Kommune\" terms\nsee contract")
    }

    /// A component the importer could not read whole is an error: left out (no name) or given an identity
    /// the document did not state (a generic purl for a malformed one) makes the scan incomplete.
    @Test func reportsWhatItCannotRead() throws {
        let system = SBOMImporter().importSystem(path: TestInventories.fixture("sbom/supplier-cyclonedx-flawed.json"), reportedAs: "bom.json")
        let messages = system.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("bom.json:16:5: error: invalid purl 'pkg:not a purl'") }, "\(messages)")
        #expect(messages.contains("bom.json:21:5: error: a component without 'name' is left out"))
        #expect(messages.contains { $0.contains("warning: a dependency names 'missing-ref', which the document does not describe") })
        #expect(system.isIncomplete, "a component was lost and one was given a purl of sovscan's making")
        #expect(system.components.map(\.purl.description) == ["pkg:generic/broken", "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2"])
        let supplier = SBOMImporter().importSystem(path: TestInventories.fixture("sbom/supplier-cyclonedx-1.5.json"), reportedAs: "bom.json")
        #expect(!supplier.isIncomplete, "a link to an undescribed key is a warning: every component was read")
    }

    @Test func readsASuppliersSPDX() throws {
        let system = SBOMImporter().importSystem(path: TestInventories.fixture("sbom/supplier-spdx-2.3.json"), reportedAs: "spdx.json")
        #expect(system.name == "Borgerservice", "the described package is the system, not a component")
        #expect(system.components.map(\.name) == ["junit", "elasticsearch", "postgresql"])
        let elastic = try #require(component(system, "pkg:maven/org.elasticsearch/elasticsearch@8.15.0"))
        #expect(elastic.declaredLicenses.map(\.text) == ["Elastic License 2.0 or Server Side Public License v1"],
                "a LicenseRef is read back to its extracted text")
        #expect(elastic.declaredLicenses.first?.source == .sbom)
        let postgres = try #require(component(system, "pkg:maven/org.postgresql/postgresql@42.7.4"))
        #expect(postgres.properties["supplier"] == "PostgreSQL Global Development Group")
        #expect(postgres.declaredLicenses.map(\.text) == ["BSD-2-Clause"])
        #expect(component(system, "pkg:maven/junit/junit@4.13.2")?.scope == .test)
        #expect(system.components.allSatisfy { $0.isDirect })
        #expect(system.graph.edges == [DependencyEdge(from: elastic.purl, to: postgres.purl, scope: .runtime)])
        #expect(system.diagnostics.map(\.description) == ["spdx.json:27:5: error: a package without 'SPDXID' is left out"])
    }

    @Test func malformedDocumentsGiveErrorsWithLines() {
        let truncated = SBOMImporter().importSystem(path: TestInventories.fixture("sbom/truncated.json"), reportedAs: "t.json")
        #expect(truncated.isIncomplete)
        #expect(truncated.diagnostics.first?.location?.line == 3)
        let neither = SBOMImporter().importSystem(bytes: Array(#"{"hello": 1}"#.utf8), file: "x.json")
        #expect(neither.diagnostics.first?.message.hasPrefix("neither CycloneDX") == true)
        let array = SBOMImporter().importSystem(bytes: Array("[1]".utf8), file: "y.json")
        #expect(array.diagnostics.first?.message == "an SBOM is a JSON object, found an array")
        let missing = SBOMImporter().importSystem(path: "/nonexistent/bom.json")
        #expect(missing.isIncomplete)
    }

    @Test func wrongShapesAreErrorsAndTheRestIsRead() {
        let text = #"{"bomFormat":"CycloneDX","specVersion":"1.3","components":[1,{"name":"ok","version":"1"},{"name":"n","components":"x"}],"dependencies":[{"dependsOn":["a"]},{"ref":"ok","dependsOn":[2]}]}"#
        let system = SBOMImporter().importSystem(bytes: Array(text.utf8), file: "w.json")
        #expect(system.components.map(\.purl.description) == ["pkg:generic/n", "pkg:generic/ok@1"])
        let messages = system.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("warning: CycloneDX 1.3 is read as 1.6; sovscan knows 1.4-1.6") })
        #expect(messages.contains("w.json:1:60: error: a component is a number, not an object; it is left out"))
        #expect(messages.contains("w.json:1:115: error: 'components' should be an array, not a string; it is not read"))
        #expect(messages.contains("w.json:1:137: error: a dependency without 'ref' is left out"))
        #expect(messages.contains("w.json:1:182: error: 'dependsOn' of 'ok' holds a number, not a reference; it is left out"))
        #expect(system.isIncomplete)
    }

    /// Streaming hands a component over only once its object ends: one whose nested list comes before its own
    /// fields is still read whole, and components keep document order (a parent before its children).
    @Test func nestedListBeforeTheParentsFields() {
        let text = #"{"components":[{"components":[{"name":"child","version":"2","bom-ref":"c"}],"name":"parent","version":"1","bom-ref":"p"}],"dependencies":[{"ref":"p","dependsOn":["c"]}],"bomFormat":"CycloneDX"}"#
        let system = SBOMImporter().importSystem(bytes: Array(text.utf8), file: "n.json")
        #expect(system.diagnostics.isEmpty, "\(system.diagnostics)")
        #expect(system.components.map(\.purl.description) == ["pkg:generic/child@2", "pkg:generic/parent@1"])
        #expect(system.components.first { $0.name == "parent" }?.locations.first?.column == 16)
        #expect(system.graph.edges.map { "\($0.from) -> \($0.to)" } == ["pkg:generic/parent@1 -> pkg:generic/child@2"])
    }

    /// Relationships and packages are read in whichever order the document gives them.
    @Test func spdxRelationshipsBeforePackages() {
        let text = """
        {"relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-app"},
                           {"spdxElementId": "SPDXRef-app", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-a"},
                           {"spdxElementId": "SPDXRef-a", "relatedSpdxElement": "SPDXRef-b"}],
         "spdxVersion": "SPDX-2.3", "name": "doc",
         "packages": [{"SPDXID": "SPDXRef-a", "name": "a", "versionInfo": "1"}, {"SPDXID": "SPDXRef-app", "name": "app"}]}
        """
        let system = SBOMImporter().importSystem(bytes: Array(text.utf8), file: "s.json")
        #expect(system.name == "app")
        #expect(system.components.map(\.purl.description) == ["pkg:generic/a@1"])
        #expect(system.components.first?.isDirect == true)
        #expect(system.diagnostics.map(\.description) == ["s.json:3:20: error: a relationship without 'relationshipType', 'spdxElementId' or 'relatedSpdxElement' is left out"])
    }

    @Test func deepNestingIsBounded() {
        var text = #"{"bomFormat":"CycloneDX","components":["#
        for level in 0..<200 { text += #"{"name":"c\#(level)","components":["# }
        text += String(repeating: "]}", count: 200) + "]}"
        let system = SBOMImporter().importSystem(bytes: Array(text.utf8), file: "deep.json")
        #expect(system.components.count == 64)
        #expect(system.diagnostics.contains { $0.message.contains("nested deeper than 64") })
    }

    @Test func locationsAreReadFromTheRight() {
        #expect(SovScanFacts.location("a:b/pom.xml:12:5") == SovScanModel.SourceLocation(file: "a:b/pom.xml", line: 12, column: 5))
        #expect(SovScanFacts.location("pom.xml:7") == SovScanModel.SourceLocation(file: "pom.xml", line: 7))
        #expect(SovScanFacts.location("pom.xml") == SovScanModel.SourceLocation(file: "pom.xml"))
    }
}
