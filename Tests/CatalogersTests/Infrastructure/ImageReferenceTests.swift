import Catalogers
import SovScanModel
import Testing

@Suite("Container image references")
struct ImageReferenceTests {
    @Test("Docker Hub official and user images, other registries, tags, digests and ports")
    func forms() throws {
        let cases: [(String, String, String, String?, String?)] = [
            ("postgres", "docker.io", "library/postgres", nil, nil),
            ("postgres:16.3-alpine", "docker.io", "library/postgres", "16.3-alpine", nil),
            ("bitnami/redis:7.2", "docker.io", "bitnami/redis", "7.2", nil),
            ("docker.io/library/redis:7.2", "docker.io", "library/redis", "7.2", nil),
            ("index.docker.io/nginx", "docker.io", "library/nginx", nil, nil),
            ("mcr.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com", "dotnet/aspnet", "8.0", nil),
            ("localhost:5000/team/app:1", "localhost:5000", "team/app", "1", nil),
            ("localhost/app", "localhost", "app", nil, nil),
            ("quay.io/prometheus/prometheus@sha256:abc123", "quay.io", "prometheus/prometheus", nil, "sha256:abc123"),
            ("gcr.io/distroless/static:nonroot@sha256:0f", "gcr.io", "distroless/static", "nonroot", "sha256:0f"),
        ]
        for (text, registry, repository, tag, digest) in cases {
            let reference = try #require(ImageReference(text), "\(text)")
            #expect(reference.registry == registry, "\(text)")
            #expect(reference.repository == repository, "\(text)")
            #expect(reference.tag == tag, "\(text)")
            #expect(reference.digest == digest, "\(text)")
        }
    }

    @Test("the purl keeps the registry in the namespace, except Docker Hub's")
    func purls() throws {
        #expect(ImageReference("postgres:16")?.purl?.description == "pkg:docker/library/postgres@16")
        #expect(ImageReference("mcr.microsoft.com/dotnet/sdk:8.0")?.purl?.description
                == "pkg:docker/mcr.microsoft.com/dotnet/sdk@8.0")
        #expect(ImageReference("quay.io/keycloak/keycloak@sha256:ab")?.purl?.description
                == "pkg:docker/quay.io/keycloak/keycloak@sha256:ab")
        let component = try #require(ImageReference("nginx")?.component(scope: .runtime, at: SourceLocation(file: "f")))
        #expect(component.version == nil)
        #expect(component.properties["unpinned"] == "true")
        #expect(component.ecosystem == .container)
    }

    @Test("invalid references are refused, not guessed")
    func invalid() {
        for text in ["", "Not A Valid/Image", "Postgres", "a//b", "postgres:", "postgres@", "app:tag with space",
                     "registry.example.com/", "${IMAGE}"] {
            #expect(ImageReference(text) == nil, "\(text)")
        }
    }
}
