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
        #expect(system.components.count == 7)
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

    @Test func reportsWhatItCannotRead() {
        let system = SBOMImporter().importSystem(path: TestInventories.fixture("sbom/supplier-cyclonedx-1.5.json"), reportedAs: "bom.json")
        let messages = system.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("bom.json:71:5: warning: invalid purl 'pkg:not a purl'") })
        #expect(messages.contains("bom.json:76:5: warning: a component without 'name' is left out"))
        #expect(messages.contains { $0.contains("'missing-ref', which the document does not describe") })
        #expect(!system.isIncomplete, "warnings only: the rest was read")
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
        #expect(system.diagnostics.map(\.description) == ["spdx.json:27:5: warning: a package without 'SPDXID' is left out"])
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

    @Test func wrongShapesAreSkippedNotFatal() {
        let text = #"{"bomFormat":"CycloneDX","specVersion":"1.3","components":[1,{"name":"ok","version":"1"},{"name":"n","components":"x"}],"dependencies":[{"dependsOn":["a"]},{"ref":"ok","dependsOn":[2]}]}"#
        let system = SBOMImporter().importSystem(bytes: Array(text.utf8), file: "w.json")
        #expect(system.components.map(\.purl.description) == ["pkg:generic/n", "pkg:generic/ok@1"])
        let messages = system.diagnostics.map(\.message)
        #expect(messages.contains("CycloneDX 1.3 is read as 1.6; sovscan knows 1.4-1.6"))
        #expect(messages.contains("a component is a number, not an object; it is left out"))
        #expect(messages.contains("a dependency without 'ref' is left out"))
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
