import Catalogers
import SovScanModel
import Testing

@Suite struct EffectiveModelTests {
    private func resolve(_ root: String, _ poms: [String], options: CatalogOptions) -> MavenBuildResolution {
        MavenBuildResolver.resolve(pomPaths: poms, root: MavenFixtures.path(root), options: options,
                                   resolveDependencies: false, home: MavenFixtures.path(root))
    }

    @Test func inheritsThroughRelativePathAndRepositoryParents() throws {
        let resolution = resolve("inheritance/app", ["pom.xml", "module/pom.xml"],
                                 options: CatalogOptions(mavenRepository: MavenFixtures.path("inheritance/m2")))
        let module = try #require(resolution.projects.first { $0.file == "module/pom.xml" }).model
        #expect(module.coordinates == MavenCoordinates(groupId: "org.acme", artifactId: "module", version: "1.0-SNAPSHOT"))
        #expect(module.parent == MavenCoordinates(groupId: "org.acme", artifactId: "app", version: "1.0-SNAPSHOT"))
        let versions = Dictionary(module.dependencies.map { ($0.artifactId, $0.version) }, uniquingKeysWith: { a, _ in a })
        // The child's property overrides the one the grand-parent's dependencyManagement uses.
        #expect(versions["lib"] == "2.0")
        // A property chain from two POMs up, and a managed scope.
        #expect(versions["util"] == "4.2")
        #expect(module.dependencies.first { $0.artifactId == "util" }?.scope == "runtime")
        // ${project.groupId} and ${project.parent.version}.
        #expect(module.dependencies.first { $0.artifactId == "tool" }?.groupId == "org.acme")
        #expect(versions["tool"] == "1.0-SNAPSHOT")
        // The environment is never read.
        #expect(versions["from-env"] == "${env.ACME_VERSION}")
        #expect(resolution.diagnostics.contains { $0.message.contains("env.ACME_VERSION") && $0.location?.file == "module/pom.xml" })
        // Inherited from the repository parent, declared there: own dependencies first, then the parents'.
        let junit = try #require(module.dependencies.last)
        #expect(junit.artifactId == "junit" && junit.scope == "test")
        #expect(junit.location.file.hasSuffix("corp-parent-3.pom"))
        #expect(module.dependencies.first?.location == SourceLocation(file: "module/pom.xml", line: 11))
        // Licences come from the nearest POM that declares any: the grand-grand-parent.
        let license = try #require(module.licenses.first)
        #expect(license.name == "The Apache Software License, Version 2.0")
        #expect(license.file.hasSuffix("root-parent-1.pom") && license.line == 12)
        #expect(module.properties["util.version"] == "4.2")
        // app, module, corp-parent and root-parent: each parsed once although two projects share the chain.
        #expect(resolution.parsedPOMCount == 4)
    }

    @Test func missingParentIsReportedPrecisely() throws {
        let resolution = resolve("inheritance/app", ["module/pom.xml", "pom.xml"],
                                 options: CatalogOptions(mavenRepository: MavenFixtures.path("bom/m2")))
        let diagnostic = try #require(resolution.diagnostics.first { $0.message.contains("org.acme:corp-parent:3") })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "pom.xml", line: 4))
        // What is known is still there.
        let module = try #require(resolution.projects.first { $0.file == "module/pom.xml" }).model
        #expect(module.dependencies.contains { $0.artifactId == "tool" && $0.version == "1.0-SNAPSHOT" })
    }

    @Test func importsBOMsInOrderInTheirOwnContext() throws {
        let resolution = resolve("bom/project", ["pom.xml"],
                                 options: CatalogOptions(mavenRepository: MavenFixtures.path("bom/m2")))
        let model = try #require(resolution.projects.first).model
        let versions = Dictionary(model.dependencies.map { ($0.artifactId, $0.version) }, uniquingKeysWith: { a, _ in a })
        #expect(versions["a"] == "1.0")   // own management beats the BOM's 9.9
        #expect(versions["b"] == "1.1")   // first import wins; its property resolves in the BOM, not as 7.7
        #expect(versions["c"] == "3.0")   // imported by the imported BOM
        #expect(versions["d"] == "4.0")   // a property named project.* that is no model field
        #expect(versions["e"] == "5.0")   // managed by the parent of a BOM
        #expect(!model.dependencyManagement.contains { $0.scope == "import" })
        #expect(resolution.diagnostics.contains {
            $0.message.contains("org.acme:bom-missing:1") && $0.location == SourceLocation(file: "pom.xml", line: 31)
        })
        #expect(resolution.diagnostics.contains { $0.message.contains("cycle") && $0.message.contains("bom-one") })
    }

    @Test func activatesProfilesFromConfigPropertiesAndDefaults() throws {
        let resolution = resolve("reactor", ["pom.xml", "core/pom.xml", "web/pom.xml", "src/test/resources/fixture/pom.xml"],
                                 options: CatalogOptions(mavenRepository: MavenFixtures.path("reactor/m2")))
        #expect(resolution.projects.map(\.file) == ["core/pom.xml", "pom.xml", "web/pom.xml"])
        let root = try #require(resolution.projects.first { $0.file == "pom.xml" }).model
        // ${revision} from .mvn/maven.config; -Pextra from it switches the activeByDefault profile off.
        #expect(root.coordinates.version == "2.5.0")
        #expect(Set(root.activeProfiles) == ["extra", "by-property"])
        #expect(Set(root.inactiveProfiles) == ["defaults", "never"])
        #expect(root.dependencies.map(\.artifactId) == ["prop-dep"])
        let web = try #require(resolution.projects.first { $0.file == "web/pom.xml" }).model
        #expect(web.coordinates.version == "2.5.0")
        #expect(web.activeProfiles == ["web-default"])
        #expect(web.dependencies.map(\.artifactId) == ["core", "extra-lib", "web-default-dep", "prop-dep"])
        #expect(web.dependencies.first { $0.artifactId == "extra-lib" }?.version == "3.3")
        #expect(web.dependencies.first { $0.artifactId == "core" }?.version == "2.5.0")
    }

    @Test func commandLineProfilesAndPropertiesOverrideTheConfig() throws {
        let options = CatalogOptions(mavenRepository: MavenFixtures.path("reactor/m2"), mavenProfiles: ["!extra"],
                                     mavenProperties: ["skipThis": "true", "revision": "9.0"])
        let resolution = resolve("reactor", ["pom.xml"], options: options)
        let root = try #require(resolution.projects.first).model
        #expect(root.coordinates.version == "9.0")
        #expect(root.activeProfiles == ["defaults"])
        #expect(root.dependencies.map(\.artifactId) == ["default-dep"])
    }
}
