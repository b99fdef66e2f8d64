import Catalogers
import SovScanModel
import Testing

@Suite("Azure Pipelines")
struct AzurePipelinesTests {
    @Test("tasks, hosted agents (matrix expanded), container resources and job images, GitHub template repositories")
    func pipeline() {
        let (result, files) = InfrastructureFixtures.catalog("azure-pipelines", with: CICataloger())
        #expect(files.map(\.relativePath) == [".azure-pipelines/nightly.yml", "azure-pipelines.yml"])
        #expect(files.allSatisfy { $0.kind == .azurePipelines })
        let read = result.components.flatMap { component in component.locations.map { "\(component.purl) \($0)" } }.sorted()
        #expect(read == [
            "pkg:docker/library/node@20-bookworm .azure-pipelines/nightly.yml:3:12",
            "pkg:docker/library/postgres@16.3 azure-pipelines.yml:42:15",
            "pkg:docker/mcr.microsoft.com/dotnet/sdk@8.0-noble azure-pipelines.yml:18:14",
            "pkg:generic/dev.azure.com/hosted-agents/macos-14 .azure-pipelines/nightly.yml:2:12",
            "pkg:generic/dev.azure.com/hosted-agents/ubuntu-22.04 azure-pipelines.yml:31:20",
            "pkg:generic/dev.azure.com/hosted-agents/ubuntu-latest azure-pipelines.yml:39:20",
            "pkg:generic/dev.azure.com/hosted-agents/windows-2022 azure-pipelines.yml:31:20",
            "pkg:generic/dev.azure.com/tasks/AzureWebApp@1 azure-pipelines.yml:55:25",
            "pkg:generic/dev.azure.com/tasks/Docker@2 azure-pipelines.yml:44:19",
            "pkg:generic/dev.azure.com/tasks/NodeTool@0 .azure-pipelines/nightly.yml:5:11",
            "pkg:generic/dev.azure.com/tasks/UseDotNet@2 azure-pipelines.yml:33:19",
            "pkg:github/example-org/pipeline-templates@v3.1.0 azure-pipelines.yml:10:13",
        ])
        #expect(result.components.allSatisfy { $0.ecosystem == .ci && $0.isDirect })
        let agents = result.components.filter { $0.purl.namespace == "dev.azure.com/hosted-agents" }
        #expect(agents.count == 4 && agents.allSatisfy { $0.properties[Component.serviceProperty] != nil })
        #expect(result.diagnostics.map(\.description) == [
            "azure-pipelines.yml:58:25: warning: the task $(deployTask) is decided when the pipeline runs; not listed",
        ])
    }

    @Test("file names: azure-pipelines*.yml anywhere, any YAML in .azure-pipelines/ or .azuredevops/")
    func names() {
        #expect(ManifestKind(relativePath: "azure-pipelines.yml") == .azurePipelines)
        #expect(ManifestKind(relativePath: "build/azure-pipelines.release.yaml") == .azurePipelines)
        #expect(ManifestKind(relativePath: ".azuredevops/pr.yml") == .azurePipelines)
        #expect(ManifestKind(relativePath: "pipelines/build.yml") == nil)
    }
}
