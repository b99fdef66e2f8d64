import Foundation
import Catalogers
import SovScanModel
import Testing

@Suite struct MavenCatalogerTests {
    private func catalog(_ root: String, repository: String) -> CatalogResult {
        let path = MavenFixtures.path(root)
        let manifests = Discovery().manifests(under: path).files
        let context = CatalogContext(root: path, options: CatalogOptions(mavenRepository: MavenFixtures.path(repository)))
        return MavenCataloger().catalog(manifests, in: context)
    }

    @Test func reactorModulesAreFirstPartyComponents() throws {
        let result = catalog("reactor", repository: "reactor/m2")
        let core = try #require(result.components.first {
            $0.purl.description == "pkg:maven/org.acme/core@2.5.0" && $0.isDirect
        })
        #expect(core.isFirstParty)
        #expect(core.scope == .compile)
        // The module and web's dependency on it are one component: both places are kept.
        #expect(core.locations == [SourceLocation(file: "core/pom.xml", line: 2), SourceLocation(file: "web/pom.xml", line: 12)])
        let web = try #require(result.components.first { $0.name == "web" && $0.isFirstParty && !$0.isDirect })
        #expect(web.purl.description == "pkg:maven/org.acme/web@2.5.0?type=war")
        #expect(result.edges.contains(DependencyEdge(from: web.purl, to: core.purl, scope: .compile)))
        let platform = try #require(result.components.first { $0.name == "platform" })
        #expect(platform.properties["maven:activeProfiles"] == "extra,by-property")
        #expect(platform.properties["maven:inactiveProfiles"] == "defaults,never")
        let extra = try #require(result.components.first { $0.name == "extra-lib" })
        #expect(!extra.isFirstParty && extra.isDirect && extra.version == "3.3")
        #expect(!result.components.contains { $0.name == "test-fixture" || $0.name == "never-dep" })
        // The repository folder does not exist: every external POM is reported missing, by name.
        #expect(result.diagnostics.contains { $0.message.contains("org.acme:extra-lib:3.3") })
        #expect(result.components == result.components.sorted { $0.purl < $1.purl })
    }

    @Test func componentsCarryScopesQualifiersAndLicences() throws {
        let result = catalog("resolution/project", repository: "resolution/m2")
        let natives = try #require(result.components.first { $0.name == "natives" })
        #expect(natives.purl.description == "pkg:maven/org.lib/natives@1.0?classifier=linux-x86_64")
        let modern = try #require(result.components.first { $0.name == "modern" })
        #expect(modern.declaredLicenses == [DeclaredLicense(
            text: "MIT License", url: "https://opensource.org/licenses/MIT", source: .manifest,
            location: SourceLocation(file: MavenFixtures.path("resolution/m2/org/lib/modern/3.0/modern-3.0.pom"), line: 8))])
        #expect(modern.properties["maven:relocatedFrom"] == "org.old:legacy:1.0")
        let f = try #require(result.components.first { $0.name == "f" })
        #expect(f.scope == .runtime && !f.isDirect)
        #expect(f.locations == [SourceLocation(file: "pom.xml", line: 38)])
        let opt = try #require(result.components.first { $0.name == "opt" })
        #expect(opt.isOptional && opt.isDirect)
        let e = try #require(result.components.first { $0.name == "e" })
        #expect(result.edges.contains(DependencyEdge(from: e.purl, to: f.purl, scope: .runtime)))
    }
}

/// A dependency whose version would come from a parent that cannot be read is listed, not dropped.
struct MavenUnversionedDependencyTests {
    @Test func dependencyWithoutVersionIsListedUnpinned() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-unversioned-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let pom = """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>3.4.5</version>
          </parent>
          <groupId>dk.example</groupId>
          <artifactId>app</artifactId>
          <version>1.0</version>
          <dependencies>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-web</artifactId>
            </dependency>
            <dependency>
              <groupId>org.postgresql</groupId>
              <artifactId>postgresql</artifactId>
              <scope>runtime</scope>
            </dependency>
          </dependencies>
        </project>
        """
        try Data(pom.utf8).write(to: root.appendingPathComponent("pom.xml"))
        let emptyRepository = root.appendingPathComponent("m2").path
        try FileManager.default.createDirectory(atPath: emptyRepository, withIntermediateDirectories: true)
        let context = CatalogContext(root: root.path, options: CatalogOptions(mavenRepository: emptyRepository))
        let result = MavenCataloger().catalog([ManifestFile(relativePath: "pom.xml", kind: .mavenPOM)], in: context)
        let web = try #require(result.component("pkg:maven/org.springframework.boot/spring-boot-starter-web"))
        #expect(web.version == nil)
        #expect(web.isDirect)
        #expect(web.properties["unpinned"] == "true")
        #expect(web.locations.first?.line == 12)
        #expect(result.component("pkg:maven/org.postgresql/postgresql")?.scope == .runtime)
        #expect(result.edges.contains { $0.from.description == "pkg:maven/dk.example/app@1.0" && $0.to == web.purl })
        #expect(result.diagnostics.contains { $0.message.contains("listed without a version") && $0.location?.line == 12 })
    }
}
