@testable import Catalogers
import SovScanModel
import Testing

@Suite("Container cataloger")
struct ContainerCatalogerTests {
    @Test("discovery finds Dockerfiles, Containerfiles and compose files by name")
    func discovery() {
        let (_, files) = InfrastructureFixtures.catalog("containers", with: ContainerCataloger())
        #expect(files.map { "\($0.relativePath) \($0.kind.rawValue)" } == [
            "api/Dockerfile Dockerfile",
            "api/Dockerfile.debug Dockerfile",
            "compose.yaml compose.yaml",
            "worker/Containerfile Dockerfile",
            "worker/broken.dockerfile Dockerfile",
        ])
    }

    @Test("every image with its registry, version, scope and line")
    func images() throws {
        let (result, _) = InfrastructureFixtures.catalog("containers", with: ContainerCataloger())
        let read = result.components.map { component in
            "\(component.purl) \(component.scope.rawValue) \(component.locations.map(\.description).joined(separator: ","))"
        }.sorted()
        #expect(read == [
            "pkg:docker/library/alpine@3.20 runtime worker/broken.dockerfile:3",
            "pkg:docker/library/eclipse-temurin@21-jre-alpine runtime api/Dockerfile:17",
            "pkg:docker/library/maven@3.9-eclipse-temurin-21 dev api/Dockerfile:6",
            "pkg:docker/library/postgres@16.3-alpine runtime compose.yaml:7:12",
            "pkg:docker/library/redis@7.2 runtime compose.yaml:11:12",
            "pkg:docker/mcr.microsoft.com/dotnet/aspnet@8.0-jammy-chiseled runtime api/Dockerfile.debug:4",
            "pkg:docker/mcr.microsoft.com/dotnet/sdk@8.0 dev api/Dockerfile.debug:1",
            "pkg:docker/opensearchproject/opensearch@2.15.0 runtime compose.yaml:13:12",
            "pkg:docker/otel/opentelemetry-javaagent@2.6.0 runtime api/Dockerfile:23",
            "pkg:docker/quay.io/oauth2-proxy/oauth2-proxy runtime compose.yaml:15:12",
            "pkg:docker/registry.access.redhat.com/ubi9/ubi-minimal@9.4 runtime worker/Containerfile:2",
        ])
        let sdk = try #require(result.component("pkg:docker/mcr.microsoft.com/dotnet/sdk@8.0"))
        #expect(sdk.properties["image:digest"] == "sha256:35792ea4ad1db051981f62b313f1be3b46b1f45cadbaa3c288cd0d3056eefb83")
        #expect(sdk.properties["dockerfile:stage"] == "builder")
        #expect(sdk.isDirect)
        #expect(result.component("pkg:docker/quay.io/oauth2-proxy/oauth2-proxy")?.properties["unpinned"] == "true")
        #expect(result.component("pkg:docker/library/postgres@16.3-alpine")?.properties["compose:service"] == "db")
        #expect(result.components.allSatisfy { $0.ecosystem == .container })
    }

    @Test("unreadable images are diagnostics with file and line, and the scan goes on")
    func diagnostics() {
        let (result, _) = InfrastructureFixtures.catalog("containers", with: ContainerCataloger())
        #expect(result.diagnosticStrings == [
            "compose.yaml:17:12: warning: service storage: image ${STORAGE_IMAGE} needs STORAGE_IMAGE from the environment",
            "compose.yaml:19:12: error: not a valid image reference: Not A Valid/Image",
            "worker/broken.dockerfile:1: warning: FROM ${UNDEFINED_BASE}: no default for $UNDEFINED_BASE (a build argument decides the image)",
            "worker/broken.dockerfile:2: error: FROM without an image",
            "worker/broken.dockerfile:3: warning: FROM has unexpected words after the image: extra words",
        ])
    }

    @Test("hostile compose files: deep flow nesting and deep indentation are refused with one error, not a crash")
    func hostile() {
        let brackets = "services:\n  a:\n    image: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (none, diagnostics) = ComposeFileReader.read(Array(brackets.utf8), file: "compose.yaml")
        #expect(none.isEmpty)
        #expect(diagnostics.map { "\($0.location?.line ?? 0) \($0.message)" }
                == ["3 the YAML is nested too deeply (more than 256 nested brackets); the file is not read"])
        var indented = "services:\n"
        for level in 0..<600 { indented += String(repeating: "  ", count: level + 1) + "k\(level):\n" }
        #expect(ComposeFileReader.read(Array(indented.utf8), file: "compose.yaml").diagnostics.count == 1)
        let quoted = "services:\n  a:\n    image: \"" + String(repeating: "[", count: 1_000) + "\"\n  b:\n    image: redis:7\n"
        let (images, none2) = ComposeFileReader.read(Array(quoted.utf8), file: "compose.yaml")
        #expect(none2.isEmpty, "brackets inside quotes are text, not nesting: \(none2)")
        #expect(images.map(\.image) == [String(repeating: "[", count: 1_000), "redis:7"])
    }

    @Test("a compose file rendered by a deployment template names its image without the templated part, with a warning")
    func templated() {
        // Modelled on La bonne alternance's Ansible-rendered .infra/docker-compose.production.yml.
        let compose = """
            services:
              server:
                image: ghcr.io/acme/lba_server:{{app_version}}
              preview:
                image: "ghcr.io/acme/lba_server:preview-{{pr_number}}"
              ui:
                image: "{{registry}}/acme/ui:1.0"
              cache:
                image: redis:7
            """
        let (images, diagnostics) = ComposeFileReader.read(Array(compose.utf8), file: "compose.yaml")
        #expect(images.map(\.image) == ["ghcr.io/acme/lba_server", "ghcr.io/acme/lba_server", "redis:7"])
        #expect(diagnostics.map { "\($0.severity) \($0.location?.line ?? 0) \($0.message)" } == [
            "warning 3 service server: image ghcr.io/acme/lba_server:{{app_version}} is filled in by a template when it is deployed; its version is not known",
            "warning 5 service preview: image ghcr.io/acme/lba_server:preview-{{pr_number}} is filled in by a template when it is deployed; its version is not known",
            "warning 7 service ui: image {{registry}}/acme/ui:1.0 is filled in by a template when it is deployed; its name is not written literally",
        ])
        #expect(ComposeFileReader.untemplated("registry:5000/{{name}}:1") == nil)
        #expect(ComposeFileReader.untemplated("app:{{v}}") == "app")
    }
}
