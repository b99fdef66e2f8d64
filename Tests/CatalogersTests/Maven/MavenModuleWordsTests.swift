import Foundation
import Catalogers
import SovScanModel
import Testing

/// A module of the scanned build carries its own POM's `<name>` and `<description>` (white space made single
/// spaces), the words a module's role is read from; a parent's words are the parent's, not the module's.
struct MavenModuleWordsTests {
    @Test func aModuleCarriesItsOwnNameAndDescription() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-words-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ text: String, to path: String) throws {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try write("""
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>dk.example.saml</groupId><artifactId>saml-parent</artifactId><version>3.2.3</version>
              <packaging>pom</packaging><name>SAML library for Java</name>
              <description>Parent of the library and its test identity provider</description>
              <modules><module>idp</module><module>library</module></modules>
            </project>
            """, to: "pom.xml")
        try write("""
            <project><modelVersion>4.0.0</modelVersion>
              <parent><groupId>dk.example.saml</groupId><artifactId>saml-parent</artifactId><version>3.2.3</version></parent>
              <artifactId>saml-idp</artifactId>
              <name>Test Identity Provider</name>
              <description>IdP used for testing
                  the SAML library</description>
            </project>
            """, to: "idp/pom.xml")
        try write("""
            <project><modelVersion>4.0.0</modelVersion>
              <parent><groupId>dk.example.saml</groupId><artifactId>saml-parent</artifactId><version>3.2.3</version></parent>
              <artifactId>saml-library</artifactId>
            </project>
            """, to: "library/pom.xml")
        let context = CatalogContext(root: root.path, options: CatalogOptions(mavenRepository: root.appendingPathComponent("m2").path))
        let manifests = ["pom.xml", "idp/pom.xml", "library/pom.xml"].map { ManifestFile(relativePath: $0, kind: .mavenPOM) }
        let result = MavenCataloger().catalog(manifests, in: context)
        let idp = try #require(result.component("pkg:maven/dk.example.saml/saml-idp@3.2.3"))
        #expect(idp.properties[Component.mavenNameProperty] == "Test Identity Provider")
        #expect(idp.properties[Component.mavenDescriptionProperty] == "IdP used for testing the SAML library")
        let library = try #require(result.component("pkg:maven/dk.example.saml/saml-library@3.2.3"))
        #expect(library.properties[Component.mavenNameProperty] == nil)
        #expect(library.properties[Component.mavenDescriptionProperty] == nil)
    }
}
