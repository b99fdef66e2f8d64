import Catalogers
import SovScanModel
import Testing

@Suite("CI/CD cataloger: GitHub Actions and GitLab CI")
struct CICatalogerTests {
    private static func catalog() -> CatalogResult {
        InfrastructureFixtures.catalog("ci", with: CICataloger()).0
    }

    private static func lines(_ result: CatalogResult, file: String) -> [String] {
        result.components.filter { $0.locations.contains { $0.file == file } }.map { component in
            let lines = component.locations.filter { $0.file == file }.compactMap(\.line).map(String.init)
            return "\(component.purl) @\(lines.joined(separator: ","))"
        }.sorted()
    }

    @Test("discovery finds workflows by path and .gitlab-ci.yml by name")
    func discovery() {
        let (_, files) = InfrastructureFixtures.catalog("ci", with: CICataloger())
        #expect(files.map { "\($0.relativePath) \($0.kind)" } == [
            ".github/workflows/ci.yml githubWorkflow",
            ".gitlab-ci.yml gitlabCI",
        ])
        #expect(ManifestKind(relativePath: "docs/workflows/ci.yml") == nil)
        #expect(ManifestKind(relativePath: "a/.github/workflows/release.yaml") == .githubWorkflow)
    }

    @Test("GitHub Actions: actions, reusable workflows, job images and hosted runners with their lines")
    func github() throws {
        let result = Self.catalog()
        #expect(Self.lines(result, file: ".github/workflows/ci.yml") == [
            "pkg:docker/ghcr.io/example-org/build-tools@1.4 @30",
            "pkg:docker/library/alpine@3.20 @34",
            "pkg:docker/library/postgres@16 @17",
            "pkg:generic/github.com/hosted-runners/ubuntu-22.04 @14",
            "pkg:generic/github.com/hosted-runners/ubuntu-latest @28",
            "pkg:generic/github.com/hosted-runners/windows-2022 @14",
            "pkg:github/actions/checkout@v4 @19",
            "pkg:github/actions/setup-java@v4.2.1 @20",
            "pkg:github/azure/login@v2 @44",
            "pkg:github/docker/build-push-action@v6 @33",
            "pkg:github/docker/setup-buildx-action@988b5a0280414f521da01fcc63a27aeeb4b104db @32",
            "pkg:github/example-org/shared-workflows@v2#.github/workflows/deploy.yml @39",
            "pkg:github/github/codeql-action@v3#upload-sarif @35",
        ])
        let runner = try #require(result.component("pkg:generic/github.com/hosted-runners/ubuntu-latest"))
        #expect(runner.properties[Component.serviceProperty] == "GitHub-hosted runner")
        #expect(runner.properties["ci:job"] == "image")
        #expect(result.components.allSatisfy { $0.ecosystem == .ci && $0.isDirect && $0.scope == .runtime })
    }

    @Test("GitLab CI: images, services and every kind of include; local includes are own code")
    func gitlab() {
        let result = Self.catalog()
        #expect(Self.lines(result, file: ".gitlab-ci.yml") == [
            "pkg:docker/library/maven@3.9-eclipse-temurin-21 @11",
            "pkg:docker/library/postgres@16 @15",
            "pkg:docker/registry.gitlab.com/gitlab-org/cloud-deploy/aws-base@latest @27",
            "pkg:generic/gitlab.com/components/secret-detection/secret-detection@1.1.2 @8",
            "pkg:generic/gitlab.com/gitlab-org/gitlab/ci-templates#Jobs/SAST.gitlab-ci.yml @3",
            "pkg:generic/gitlab.example.dk/deploy.yml @7",
            "pkg:generic/platform/ci-templates@v3.1.0 @4",
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test("bad workflows give diagnostics with their lines")
    func bad() {
        let text = """
            jobs:
              a:
                runs-on: ${{ inputs.runner }}
                steps:
                  - uses: actions/checkout
                  - uses: justaname@v1
                  - uses: [not, a, string]
                  - uses: ./local
            """
        let (uses, diagnostics) = GitHubWorkflowReader.read(Array(text.utf8), file: "w.yml")
        #expect(uses.isEmpty)
        #expect(diagnostics.map { "\($0.severity.rawValue) \($0.location?.line ?? 0)" } == [
            "warning 3", "error 5", "error 6", "error 7",
        ])
        let (none, invalid) = GitHubWorkflowReader.read(Array("jobs: [unclosed".utf8), file: "w.yml")
        #expect(none.isEmpty)
        #expect(invalid.map(\.severity) == [.error])
    }
}
