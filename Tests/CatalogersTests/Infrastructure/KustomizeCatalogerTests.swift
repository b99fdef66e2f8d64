import Catalogers
import SovScanModel
import Testing

@Suite("Kustomize and JSON manifests")
struct KustomizeCatalogerTests {
    /// `purl file:line:column` of every sighting, sorted.
    private func sightings(_ result: CatalogResult) -> [String] {
        result.components.flatMap { component in component.locations.map { "\(component.purl) \($0)" } }.sorted()
    }

    @Test("discovery: kustomizations by name, JSON manifests by content, other JSON left alone")
    func discovery() {
        let (_, files) = InfrastructureFixtures.catalog("kustomize", with: KubernetesCataloger())
        #expect(files.map { "\($0.relativePath) \($0.kind.rawValue)" } == [
            "base/deployment.yaml *.yaml (Kubernetes)",
            "base/kustomization.yaml kustomization.yaml",
            "components/registry/kustomization.yaml kustomization.yaml",
            "json/service.json *.yaml (Kubernetes)",
            "overlays/prod/kustomization.yaml kustomization.yaml",
        ])
        #expect(ManifestKind(fileName: "kustomization.yml") == .kustomization)
        #expect(ManifestKind(fileName: "Kustomization") == .kustomization)
    }

    @Test("images overrides, remote resources and Helm charts of kustomizations; JSON manifests as YAML ones")
    func kustomizations() {
        let (result, _) = InfrastructureFixtures.catalog("kustomize", with: KubernetesCataloger())
        #expect(sightings(result) == [
            "pkg:docker/europe-north1-docker.pkg.dev/example-prod/shop/storefront overlays/prod/kustomization.yaml:9:5",
            "pkg:docker/ghcr.io/example-org/storefront@1.8.2 base/kustomization.yaml:8:5",
            "pkg:docker/ghcr.io/example-org/storefront@latest base/deployment.yaml:10:18",
            "pkg:docker/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac base/kustomization.yaml:13:5",
            "pkg:docker/library/redis base/deployment.yaml:12:18",
            "pkg:docker/mirror.gcr.io/library/redis@7.2.5-alpine base/kustomization.yaml:10:5",
            "pkg:docker/public.ecr.aws/example/reports@3.1.0 json/service.json:16:22",
            "pkg:generic/kubernetes.github.io/ingress-nginx/ingress-nginx@4.10.1 overlays/prod/kustomization.yaml:12:5",
            "pkg:generic/kubernetes/annotations/eks.amazonaws.com json/service.json:7:7",
            "pkg:github/example-org/platform-manifests@v2.4.0#monitoring base/kustomization.yaml:6:5",
            "pkg:github/example-org/shared-policies@2025.11.0 overlays/prod/kustomization.yaml:5:5",
        ])
        let moved = result.components.first { $0.purl.description.hasPrefix("pkg:docker/europe-north1") }
        #expect(moved?.properties["kustomize:replaces"] == "ghcr.io/example-org/storefront")
        #expect(moved?.properties["kustomize:keeps-tag"] == "true")
        #expect(moved?.properties["unpinned"] == "true", "the tag stays the replaced image's, which this file does not know")
        #expect(result.diagnosticStrings == [
            "components/registry/kustomization.yaml:5:5: warning: not a valid image reference: CONTAINER_IMAGES_REGISTRY/storefront",
            "overlays/prod/kustomization.yaml:16:5: error: a helmCharts entry without a name",
        ])
    }

    @Test("JSON heads: ECS task definitions, Kubernetes objects, and JSON that is neither")
    func sniffing() {
        func kind(_ text: String) -> ManifestKind? { KubernetesSniffer.jsonKind(head: Array(text.utf8)[...]) }
        #expect(kind("{\"family\": \"api\", \"containerDefinitions\" : [ ]}") == .ecsTaskDefinition)
        #expect(kind("\u{FEFF}{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\"\n}") == .kubernetesManifest)
        #expect(kind("{\"apiVersion\": {\"type\": \"string\"}, \"kind\": {\"type\": \"string\"}}") == nil)
        #expect(kind("[{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}]") == nil, "only objects")
        #expect(kind("{\"name\": \"kind\", \"apiVersion\": \"1\"}") == nil)
    }
}
