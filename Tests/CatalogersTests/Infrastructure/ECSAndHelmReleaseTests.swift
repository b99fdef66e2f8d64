import Catalogers
import SovScanModel
import Testing

@Suite("ECS task definitions and Terraform Helm releases")
struct ECSAndHelmReleaseTests {
    private func sightings(_ result: CatalogResult, _ prefix: String) -> [String] {
        result.components.filter { $0.purl.description.hasPrefix(prefix) }
            .flatMap { component in component.locations.map { "\(component.purl) \($0)" } }.sorted()
    }

    @Test("task definition files: every container's image with its line; placeholders and missing images are warnings")
    func taskDefinitionFiles() {
        let (result, files) = InfrastructureFixtures.catalog("ecs-estate", with: ContainerCataloger())
        #expect(files.filter { $0.kind == .ecsTaskDefinition }.map(\.relativePath)
                == ["task-definitions/api.json", "task-definitions/broken.json"])
        #expect(sightings(result, "pkg:") == [
            "pkg:docker/123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api@2.7.0 task-definitions/api.json:8:16",
            "pkg:docker/public.ecr.aws/xray/aws-xray-daemon@3.3.13 task-definitions/api.json:13:16",
            "pkg:generic/amazonaws.com/ecs/task-definition task-definitions/api.json:1",
        ])
        let api = result.components.first { $0.name == "api" }
        #expect(api?.properties["ecs:task-definition"] == "api-fargate")
        #expect(api?.properties["ecs:container"] == "api")
        #expect(result.components.first { $0.name == "task-definition" }?.properties[Component.serviceProperty] != nil)
        #expect(result.diagnosticStrings.count == 3)
        #expect(result.diagnosticStrings.contains("task-definitions/api.json:17:16: warning: not a valid image reference: <IMAGE1_NAME>"))
        #expect(result.diagnosticStrings.contains(
            "task-definitions/api.json:19:5: warning: api-fargate: the image of container sidecar is not written literally; it is known only when it is deployed"))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location?.file == "task-definitions/broken.json" && $0.location?.line == 5 })
    }

    @Test("aws_ecs_task_definition: jsonencode and heredoc JSON are read, file() and interpolations are computed")
    func terraformTaskDefinitions() {
        let (result, _) = InfrastructureFixtures.catalog("ecs-estate", with: TerraformCataloger())
        #expect(sightings(result, "pkg:docker/") == [
            "pkg:docker/123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api@2.7.0 main.tf:14:7",
            "pkg:docker/ghcr.io/example-org/worker@1.4.2 main.tf:34:14",
            "pkg:docker/public.ecr.aws/aws-observability/aws-for-fluent-bit@2.32.4 main.tf:19:7",
        ])
        #expect(Set(result.components.filter { $0.purl.type == "docker" }.compactMap { $0.properties["terraform:resource"] })
                == ["aws_ecs_task_definition.api", "aws_ecs_task_definition.worker"])
        let messages = result.diagnosticStrings
        #expect(messages.contains("main.tf:23:7: warning: aws_ecs_task_definition.api: the image is computed; it is known only when Terraform runs"))
        #expect(messages.contains("main.tf:43:3: warning: aws_ecs_task_definition.batch: the image is computed; it is known only when Terraform runs"))
        #expect(messages.contains("main.tf:48:3: error: aws_ecs_task_definition.broken: container_definitions is not a JSON array"))
    }

    @Test("helm_release: literal charts are Helm chart components; local charts are own code; computed charts a warning")
    func helmReleases() {
        let (result, _) = InfrastructureFixtures.catalog("ecs-estate", with: TerraformCataloger())
        #expect(sightings(result, "pkg:generic/") .filter { !$0.contains("registry.terraform.io") } == [
            "pkg:generic/nvidia.github.io/k8s-device-plugin/nvidia-device-plugin@0.17.1 main.tf:62:3",
            "pkg:generic/public.ecr.aws/karpenter/karpenter@1.0.2 main.tf:55:3",
            "pkg:generic/registry-1.docker.io/bitnamicharts/nginx-ingress-controller main.tf:68:3",
        ])
        let karpenter = result.components.first { $0.name == "karpenter" }
        #expect(karpenter?.ecosystem == .container)
        #expect(karpenter?.properties["terraform:resource"] == "helm_release.karpenter")
        #expect(karpenter?.properties["helm:repository"] == "oci://public.ecr.aws/karpenter")
        let unversioned = result.components.first { $0.name == "nginx-ingress-controller" }
        #expect(unversioned?.properties["unpinned"] == "true")
        #expect(result.diagnosticStrings.contains(
            "main.tf:78:3: warning: helm_release.addon: the chart is computed; it is known only when Terraform runs"))
        #expect(!result.components.contains { $0.name.contains("karpenter-resources") })
    }

    @Test("hostile input: deep nesting in a task definition or a kustomization is one error, not a crash")
    func hostile() {
        let deep = "{\"family\": \"x\", \"containerDefinitions\": " + String(repeating: "[", count: 5_000) + "]}"
        let (images, diagnostics) = ECSTaskDefinitionReader.read(Array(deep.utf8), file: "task.json")
        #expect(images.isEmpty)
        #expect(diagnostics.count == 1 && diagnostics.first?.severity == .error)
        let yaml = "images:\n  - name: " + String(repeating: "[", count: 5_000) + "\n"
        let (kustomization, yamlDiagnostics) = KustomizationReader.read(Array(yaml.utf8), file: "kustomization.yaml")
        #expect(kustomization.images.isEmpty)
        #expect(yamlDiagnostics.count == 1 && yamlDiagnostics.first?.location?.line == 2)
    }
}
