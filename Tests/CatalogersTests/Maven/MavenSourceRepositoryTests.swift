import Foundation
import Catalogers
import SovScanModel
import Testing

/// A Maven artefact's `source-repository` comes from its own POM's `<scm><url>` (else `<url>`), interpolated, or
/// from a parent of the same groupId (a module of the same build); a parent of another groupId (Sonatype's
/// oss-parent, a company-wide parent) is another project and lends it nothing.
struct MavenSourceRepositoryTests {
    private func write(_ text: String, to path: String, under root: URL) throws {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    private func pom(_ group: String, _ artifact: String, _ version: String, parent: (String, String, String)? = nil,
                     packaging: String = "jar", extra: String = "") -> String {
        let parentElement = parent.map {
            "<parent><groupId>\($0.0)</groupId><artifactId>\($0.1)</artifactId><version>\($0.2)</version></parent>"
        } ?? ""
        return """
            <project><modelVersion>4.0.0</modelVersion>\(parentElement)
              <groupId>\(group)</groupId><artifactId>\(artifact)</artifactId><version>\(version)</version>
              <packaging>\(packaging)</packaging>\(extra)
            </project>
            """
    }

    @Test func fromTheOwnPOMOrAParentOfTheSameBuild() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-scm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dependencies = [("org.person", "lib", "1.0"), ("org.company", "framework-core", "2.0"),
                            ("org.other", "tool", "1.5"), ("org.plain", "site-only", "3.0")]
        let declared = dependencies.map {
            "<dependency><groupId>\($0.0)</groupId><artifactId>\($0.1)</artifactId><version>\($0.2)</version></dependency>"
        }.joined()
        try write(pom("dk.example", "app", "1.0", extra: "<dependencies>\(declared)</dependencies>"), to: "pom.xml", under: root)
        let m2 = "m2/"
        try write(pom("org.person", "lib", "1.0",
                      extra: "<scm><url>https://github.com/jane-doe/${project.artifactId}</url></scm>"),
                  to: m2 + "org/person/lib/1.0/lib-1.0.pom", under: root)
        try write(pom("org.company", "framework-parent", "2.0", packaging: "pom",
                      extra: "<scm><url>git@github.com:acme-labs/framework.git</url></scm>"),
                  to: m2 + "org/company/framework-parent/2.0/framework-parent-2.0.pom", under: root)
        try write(pom("org.company", "framework-core", "2.0", parent: ("org.company", "framework-parent", "2.0")),
                  to: m2 + "org/company/framework-core/2.0/framework-core-2.0.pom", under: root)
        try write(pom("org.sonatype.oss", "oss-parent", "9", packaging: "pom",
                      extra: "<scm><url>https://github.com/sonatype/oss-parents</url></scm>"),
                  to: m2 + "org/sonatype/oss/oss-parent/9/oss-parent-9.pom", under: root)
        try write(pom("org.other", "tool", "1.5", parent: ("org.sonatype.oss", "oss-parent", "9")),
                  to: m2 + "org/other/tool/1.5/tool-1.5.pom", under: root)
        try write(pom("org.plain", "site-only", "3.0", extra: "<url>https://github.com/plain-org/site-only</url>"),
                  to: m2 + "org/plain/site-only/3.0/site-only-3.0.pom", under: root)
        let context = CatalogContext(root: root.path, options: CatalogOptions(mavenRepository: root.appendingPathComponent("m2").path))
        let result = MavenCataloger().catalog([ManifestFile(relativePath: "pom.xml", kind: .mavenPOM)], in: context)
        func source(_ purl: String) -> String? { result.component(purl)?.properties[Component.sourceRepositoryProperty] }
        #expect(source("pkg:maven/org.person/lib@1.0") == "https://github.com/jane-doe/lib", "interpolated")
        #expect(source("pkg:maven/org.company/framework-core@2.0") == "git@github.com:acme-labs/framework.git",
                "from the parent of the same groupId")
        #expect(source("pkg:maven/org.other/tool@1.5") == nil, "oss-parent is another project")
        #expect(source("pkg:maven/org.plain/site-only@3.0") == "https://github.com/plain-org/site-only", "<url> without <scm>")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
