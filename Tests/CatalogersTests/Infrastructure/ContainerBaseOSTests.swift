import Catalogers
import SovScanModel
import Testing

@Suite("Base OS and registries of container images")
struct ContainerBaseOSTests {
    private func os(_ image: String) -> String? {
        guard let reference = ImageReference(image), let os = ContainerBaseOS(reference) else { return nil }
        return os.id + (os.version.map { "@" + $0 } ?? "")
    }

    @Test("official OS images and their releases")
    func officialImages() {
        #expect(os("alpine:3.20.3") == "alpine@3.20")
        #expect(os("debian:bookworm-slim") == "debian@12")
        #expect(os("debian:12.7") == "debian@12")
        #expect(os("ubuntu:24.04") == "ubuntu@24.04")
        #expect(os("ubuntu:jammy") == "ubuntu@22.04")
        #expect(os("ubuntu") == "ubuntu")
        #expect(os("amazonlinux:2023") == "amazonlinux@2023")
        #expect(os("public.ecr.aws/amazonlinux/amazonlinux:2") == "amazonlinux@2")
        #expect(os("opensuse/leap:15.6") == "opensuse-leap@15.6")
    }

    @Test("tag suffixes and vendors' base images")
    func suffixes() {
        #expect(os("node:20-alpine3.19") == "alpine@3.19")
        #expect(os("postgres:16.3-alpine") == "alpine")
        #expect(os("python:3.12-slim-bookworm") == "debian@12")
        #expect(os("eclipse-temurin:21-jre-noble") == "ubuntu@24.04")
        #expect(os("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled") == "ubuntu@22.04")
        #expect(os("mcr.microsoft.com/dotnet/runtime:8.0-azurelinux3.0") == "azure-linux@3.0")
        #expect(os("mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022") == "windows-server@ltsc2022")
        #expect(os("registry.access.redhat.com/ubi9/ubi-minimal:9.4") == "rhel-ubi@9")
        #expect(os("registry.access.redhat.com/ubi8/openjdk-17:1.20") == "rhel-ubi@8")
        #expect(os("quay.io/keycloak/keycloak:25.0-ubi9") == "rhel-ubi@9")
        #expect(os("gcr.io/distroless/java21-debian12:nonroot") == "distroless@debian12")
        #expect(os("gcr.io/distroless/static") == "distroless")
        #expect(os("cgr.dev/chainguard/python:latest") == "wolfi")
    }

    @Test("an image whose name and tag name no OS has none: nothing is guessed")
    func nothingGuessed() {
        #expect(os("nginx:1.27") == nil)
        #expect(os("ghcr.io/example/api:2.0.1") == nil)
        #expect(os("redis") == nil)
        #expect(os("ubuntu-toolbox/ci:1") == nil, "a Docker Hub user named ubuntu-toolbox is not the ubuntu image")
    }

    @Test("images carry their base OS; registries and OSes become services located at every image that names them")
    func evidence() throws {
        let images = try [
            ("node:20-alpine3.19", Scope.runtime), ("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled", .runtime),
            ("alpine:3.19", .runtime), ("mcr.microsoft.com/dotnet/sdk:8.0", .dev),
        ].enumerated().map { index, image in
            try #require(ImageReference(image.0)?.component(scope: image.1, at: SourceLocation(file: "Dockerfile", line: index + 1)))
        }
        #expect(images[0].properties[ContainerImageEvidence.baseOSProperty] == "alpine")
        #expect(images[0].properties[ContainerImageEvidence.baseOSVersionProperty] == "3.19")
        let found = ContainerImageEvidence.components(for: images)
        #expect(found.map { "\($0.purl) \($0.locations.map(\.description).joined(separator: ","))" } == [
            "pkg:generic/container-registries/docker.io Dockerfile:1,Dockerfile:3",
            "pkg:generic/container-registries/mcr.microsoft.com Dockerfile:2",
            "pkg:generic/operating-systems/alpine@3.19 Dockerfile:1,Dockerfile:3",
            "pkg:generic/operating-systems/ubuntu@22.04 Dockerfile:2",
        ], "the build stage's SDK does not ship: its registry and OS are not the system's")
        #expect(found.allSatisfy { $0.properties[Component.serviceProperty] != nil && $0.ecosystem == .container })
    }
}
