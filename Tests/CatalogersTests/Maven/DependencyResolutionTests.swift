import Catalogers
import SovScanModel
import Testing

@Suite struct DependencyResolutionTests {
    private func resolved() throws -> (ResolvedMavenProject, [Diagnostic]) {
        let resolution = MavenBuildResolver.resolve(
            pomPaths: ["pom.xml"], root: MavenFixtures.path("resolution/project"),
            options: CatalogOptions(mavenRepository: MavenFixtures.path("resolution/m2")),
            home: MavenFixtures.path("resolution"))
        return (try #require(resolution.projects.first), resolution.diagnostics)
    }

    /// The expected set is what real Maven 3.8.7 printed for this fixture (`resolution/maven-dependency-tree.txt`,
    /// from `mvn -o dependency:tree`; the optional flag is not printed there).
    @Test func appliesMaven3MediationRules() throws {
        let (project, _) = try resolved()
        let found = Set(project.dependencies.map { "\($0.artifactId):\($0.version):\($0.scope):\($0.isOptional)" })
        let expected: Set<String> = [
            "deep-owner:1.0:compile:false", "k:1.0:compile:false",
            "z:2.0:compile:false",          // nearest wins: depth 2 under b beats depth 3 under deep-owner
            "a:1.0:compile:false",
            "c:1.0:compile:false",          // same depth: the first declaration wins over b's 2.0
            "rt:1.0:runtime:false",
            "managed-t:2.0:compile:false",  // the project's dependencyManagement overrides the transitive 1.0
            "b:1.0:compile:false",          // its child d is excluded
            "e:1.0:runtime:false", "f:1.0:runtime:false",     // compile under runtime stays runtime
            "g:1.0:provided:false", "h:1.0:provided:false",   // compile under provided becomes provided
            "w:1.0:compile:false",          // *:* excludes all its dependencies
            "ranged:1.5:compile:false",     // the highest version inside [1.0,2.0)
            "modern:3.0:compile:false",     // relocated from org.old:legacy:1.0
            "natives:1.0:compile:false",
            "missing:1.0:compile:false",
            "opt:1.0:compile:true",         // optional: kept when direct, not followed under a
        ]
        #expect(found == expected)
        #expect(!project.dependencies.contains { $0.artifactId == "tst" || $0.artifactId == "d" || $0.artifactId == "x" })
    }

    @Test func transitiveComponentsPointAtTheDirectDeclaration() throws {
        let (project, _) = try resolved()
        let k = try #require(project.dependencies.first { $0.artifactId == "k" })
        #expect(k.depth == 2)
        #expect(k.location == SourceLocation(file: "pom.xml", line: 17))
        #expect(k.parent == MavenCoordinates(groupId: "org.lib", artifactId: "deep-owner", version: "1.0"))
        let modern = try #require(project.dependencies.first { $0.artifactId == "modern" })
        #expect(modern.relocatedFrom == [MavenCoordinates(groupId: "org.old", artifactId: "legacy", version: "1.0")])
        #expect(modern.licenses.first?.name == "MIT License")
        let natives = try #require(project.dependencies.first { $0.artifactId == "natives" })
        #expect(natives.classifier == "linux-x86_64")
    }

    @Test func missingPOMIsNamedAndTheScanGoesOn() throws {
        let (project, diagnostics) = try resolved()
        let diagnostic = try #require(diagnostics.first { $0.message.contains("org.lib:missing:1.0") })
        #expect(diagnostic.location == SourceLocation(file: "pom.xml", line: 77))
        #expect(project.dependencies.count == 18)
    }
}
