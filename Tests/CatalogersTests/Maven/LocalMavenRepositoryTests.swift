import Catalogers
import Testing

@Suite struct LocalMavenRepositoryTests {
    @Test func findsTheRepositoryFromOptionSettingsOrDefault() {
        let home = MavenFixtures.path("settings-home")
        #expect(LocalMavenRepository.resolvingLocation(option: "/opt/repo", home: home).root == "/opt/repo")
        #expect(LocalMavenRepository.resolvingLocation(option: nil, home: home).root == home + "/custom-repository")
        let bare = MavenFixtures.path("reader")
        #expect(LocalMavenRepository.resolvingLocation(option: nil, home: bare).root == bare + "/.m2/repository")
    }

    @Test func readsPOMsAndVersionsAndRefusesPathsOutsideTheRepository() {
        let repository = LocalMavenRepository(root: MavenFixtures.path("resolution/m2"))
        let pom = repository.pom(MavenCoordinates(groupId: "org.lib", artifactId: "a", version: "1.0"))
        #expect(pom?.path.hasSuffix("org/lib/a/1.0/a-1.0.pom") == true)
        #expect(repository.pom(MavenCoordinates(groupId: "org.lib", artifactId: "a", version: "9.9")) == nil)
        #expect(repository.pom(MavenCoordinates(groupId: "org.lib", artifactId: "a", version: "../../b/1.0")) == nil)
        // From maven-metadata-local.xml, in version order.
        #expect(repository.versions(groupId: "org.lib", artifactId: "ranged") == ["1.0", "1.5", "2.0"])
        // Without metadata, from the version folders.
        #expect(repository.versions(groupId: "org.lib", artifactId: "z") == ["1.0", "2.0"])
    }
}
