import Foundation
import Testing
@testable import Catalogers
import SovScanModel

/// The container images that are the system's own are first-party (`OwnImages`; sixteenth session's audit of the
/// labelled repositories' images).
@Suite struct OwnImagesTests {
    @Test func aComposeServiceThatBuildsItsImageNamesItsOwnImage() {
        let compose = """
        services:
          server:
            build: { context: ., dockerfile: Dockerfile }
            image: feather-cms-server
          db:
            image: postgres:16
        """
        let (images, diagnostics) = ComposeFileReader.read(Array(compose.utf8), file: "docker-compose.yaml")
        #expect(diagnostics.isEmpty)
        #expect(images.map(\.isBuilt) == [true, false])
    }

    @Test func repositoriesAreReadFromRemotesAndSCMURLs() {
        let config = """
        [core]
        \trepositoryformatversion = 0
        [remote "upstream"]
        \turl = https://github.com/upstream-org/other.git
        [remote "origin"]
        \turl = git@github.com:dBildungsplattform/schulportal-client.git
        \tfetch = +refs/heads/*:refs/remotes/origin/*
        """
        #expect(OwnImages.remoteURLs(inGitConfig: config)
                    == ["git@github.com:dBildungsplattform/schulportal-client.git", "https://github.com/upstream-org/other.git"])
        #expect(OwnImages.repositoryPath("git@github.com:dBildungsplattform/schulportal-client.git") == ["dbildungsplattform", "schulportal-client"])
        #expect(OwnImages.repositoryPath("scm:git:https://github.com/DSpace/DSpace") == ["dspace", "dspace"])
        #expect(OwnImages.repositoryPath("https://gitlab.example.org/group/project/") == ["group", "project"])
        #expect(OwnImages.repositoryPath("https://gitlab.com/acme/platform/portal.git") == ["acme", "platform", "portal"])
        #expect(OwnImages.repositoryPath("https://dev.azure.com/org/project/_git/repo") == ["org", "project", "repo"])
        #expect(OwnImages.repositoryPath("git@ssh.dev.azure.com:v3/org/project/repo") == ["org", "project", "repo"])
        #expect(OwnImages.repositoryPath("https://github.com/owner/name/tree/main") == ["owner", "name"])
        #expect(OwnImages.repositoryPath("https://github.com/") == nil)
        #expect(OwnImages.repositoryPath("not a url") == nil)
    }

    @Test func anImageNamesTheRepositoryByOwnerAndName() throws {
        func names(_ purl: String, _ repository: [String]) throws -> Bool {
            OwnImages.names(try PackageURL(parsing: purl), repository: repository)
        }
        #expect(try names("pkg:docker/ghcr.io/dbildungsplattform/schulportal-client@1.2", ["dbildungsplattform", "schulportal-client"]))
        #expect(try names("pkg:docker/ghcr.io/mtes-mct/trackdechets/api@2", ["mtes-mct", "trackdechets"]))
        #expect(try names("pkg:docker/dspace/dspace-solr@latest", ["dspace", "dspace"]), "the repository's name with a suffix")
        #expect(try !names("pkg:docker/ghcr.io/navikt/fp-baseimages/chainguard@1", ["navikt", "fp-abakus"]),
                "another repository of the same account")
        #expect(try !names("pkg:docker/library/dspace@1", ["dspace", "dspace"]), "Docker Hub's official image of that name")
        // A GitLab subgroup: another repository of the same subgroup is another system's.
        #expect(try names("pkg:docker/registry.gitlab.com/acme/platform/portal/web@1", ["acme", "platform", "portal"]))
        #expect(try !names("pkg:docker/registry.gitlab.com/acme/platform/billing-service@1", ["acme", "platform", "portal"]))
    }

    /// A service that builds from its folder but tags the build with the name of an image the system also names
    /// elsewhere (the Dockerfile builds from `postgres:15`, another compose file runs it) says nothing of that image:
    /// PostgreSQL stays third-party, in every sighting.
    @Test func aBuildTaggedWithAnImageNamedElsewhereIsNoOwnImage() throws {
        let tree = try TemporaryTree([
            "compose.yml": "services:\n  db:\n    build: ./db\n    image: postgres:15\n",
            "compose.prod.yml": "services:\n  db:\n    image: postgres:15\n",
            "db/Dockerfile": "FROM postgres:15\n",
        ])
        defer { tree.remove() }
        let root = tree.root.path
        var result = ContainerCataloger().catalog(Discovery().manifests(under: root).files, in: CatalogContext(root: root))
        OwnImages.mark(&result.components, context: CatalogContext(root: root))
        #expect(result.components.allSatisfy { !$0.isFirstParty })
        #expect(result.components.allSatisfy { $0.properties[OwnImages.ownImageProperty] == nil })
    }

    /// A scanned checkout: its origin names the repository, so the Helm values' image of that name and the compose
    /// service that builds its image are the system's own, and PostgreSQL's image is not.
    @Test func theScannedRepositorysImagesAreFirstParty() throws {
        let tree = try TemporaryTree([
            ".git/config": "[remote \"origin\"]\n\turl = https://github.com/dBildungsplattform/schulportal-client.git\n",
            "docker-compose.yml": """
            services:
              client:
                build: .
                image: schulportal-client-local
              db:
                image: postgres:16.4
            """,
            "Dockerfile": "FROM ghcr.io/dbildungsplattform/schulportal-client:base AS base\nFROM nginx:1.27\n",
        ])
        defer { tree.remove() }
        let root = tree.root.path
        let manifests = Discovery().manifests(under: root).files
        var result = ContainerCataloger().catalog(manifests, in: CatalogContext(root: root))
        OwnImages.mark(&result.components, context: CatalogContext(root: root))
        let own = result.components.filter(\.isFirstParty).map { "\($0.purl)" }.sorted()
        #expect(own == ["pkg:docker/ghcr.io/dbildungsplattform/schulportal-client@base", "pkg:docker/library/schulportal-client-local"])
        let base = try #require(result.component("pkg:docker/ghcr.io/dbildungsplattform/schulportal-client@base"))
        #expect(base.properties[OwnImages.ownImageProperty] == "its name is the scanned repository's (dbildungsplattform/schulportal-client)")
        #expect(result.component("pkg:docker/library/postgres@16.4")?.isFirstParty == false)
    }
}
