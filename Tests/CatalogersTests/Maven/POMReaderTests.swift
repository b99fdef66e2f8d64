import Catalogers
import SovScanModel
import Testing

@Suite struct POMReaderTests {
    @Test func readsPOMWithoutNamespaceAndCDATA() throws {
        let pom = try POMReader.read(MavenFixtures.bytes("reader/no-namespace.xml"), file: "no-namespace.xml").get()
        #expect(pom.groupId == "org.acme")
        #expect(pom.artifactId == "plain")
        #expect(pom.line == 2)
        let dependency = try #require(pom.dependencies.first)
        #expect(dependency.artifactId == "util")
        #expect(dependency.version == "2.1")
        #expect(dependency.line == 7)
        #expect(dependency.file == "no-namespace.xml")
    }

    @Test func decodesDeclaredEncodingAndReadsLicences() throws {
        let pom = try POMReader.read(MavenFixtures.bytes("reader/latin1.xml"), file: "latin1.xml").get()
        #expect(pom.name == "Café Smørrebrød")
        let license = try #require(pom.licenses.first)
        #expect(license.name == "Apache License, Version 2.0")
        #expect(license.url == "https://www.apache.org/licenses/LICENSE-2.0.txt")
        #expect(license.comments == "A business-friendly licence")
        #expect(license.line == 8)
    }

    @Test func malformedXMLGivesDiagnosticWithLine() {
        let result = POMReader.read(MavenFixtures.bytes("reader/malformed.xml"), file: "malformed.xml")
        guard case .failure(let diagnostic) = result else {
            Issue.record("malformed XML was accepted")
            return
        }
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.file == "malformed.xml")
        #expect(diagnostic.location?.line == 8)
        #expect(diagnostic.message.contains("not well-formed"))
    }

    @Test func entitiesAreNeitherExpandedNorLoaded() throws {
        let pom = try POMReader.read(MavenFixtures.bytes("reader/entities.xml"), file: "entities.xml").get()
        // Declared entities stay references (no XML_PARSE_NOENT), kept as written and reported; the file is not read.
        #expect(pom.version == "&version;")
        #expect(pom.name == "Fish & Chips")
        #expect(pom.diagnostics.map { "\($0.location?.line ?? 0): \($0.message.split(separator: " ")[2])" } == [
            "9: &version;", "10: &secret;",
        ])
        #expect(pom.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func rejectsOtherRootElements() {
        let result = POMReader.read(MavenFixtures.bytes("reader/not-a-pom.xml"), file: "settings.xml")
        guard case .failure(let diagnostic) = result else {
            Issue.record("a settings file was read as a POM")
            return
        }
        #expect(diagnostic.message.contains("<settings>"))
        #expect(diagnostic.location?.line == 2)
    }

    @Test func emptyInputIsADiagnosticNotACrash() {
        guard case .failure(let diagnostic) = POMReader.read([], file: "empty.xml") else {
            Issue.record("empty input was accepted")
            return
        }
        #expect(diagnostic.location?.file == "empty.xml")
    }
}
