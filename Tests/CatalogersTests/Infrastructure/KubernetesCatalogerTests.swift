import Catalogers
import SovScanModel
import Testing

@Suite("Kubernetes cataloger")
struct KubernetesCatalogerTests {
    /// `purl file:line:column` of every sighting, sorted.
    private func sightings(_ result: CatalogResult) -> [String] {
        result.components.flatMap { component in component.locations.map { "\(component.purl) \($0)" } }.sorted()
    }

    @Test("discovery finds manifests by content: multi-document files, List items, not settings files")
    func discovery() {
        let (_, files) = InfrastructureFixtures.catalog("kubernetes", with: KubernetesCataloger())
        #expect(files.filter { $0.kind == .kubernetesManifest }.map(\.relativePath) == [
            "aws/broken.yaml", "aws/shop.yaml", "azure/workload-identity.yml", "chart/templates/configmap.yaml",
            "chart/templates/deployment.yaml", "gke/frontend.yaml", "openshift/app.yaml",
        ])
        #expect(files.filter { $0.kind == .kustomization }.map(\.relativePath) == ["config/kustomization.yaml"])
        #expect(!files.contains { $0.relativePath == "config/settings.yaml" })
    }

    @Test("EKS: images of every workload kind, the load balancer controller's kinds and annotations, IRSA")
    func aws() {
        let (result, _) = InfrastructureFixtures.catalog("kubernetes/aws", with: KubernetesCataloger())
        #expect(sightings(result) == [
            "pkg:docker/123456789012.dkr.ecr.eu-central-1.amazonaws.com/shop/checkout@2.3.1 shop.yaml:21:18",
            "pkg:docker/envoyproxy/envoy@v1.30.2 shop.yaml:23:18",
            "pkg:docker/ghcr.io/example-shop/checkout-migrations@2.3.1 shop.yaml:18:18",
            "pkg:docker/library/busybox@1.36 broken.yaml:8:14",
            "pkg:docker/public.ecr.aws/docker/library/python@3.12-slim shop.yaml:76:22",
            "pkg:generic/kubernetes/annotations/alb.ingress.kubernetes.io shop.yaml:50:5",
            "pkg:generic/kubernetes/annotations/eks.amazonaws.com shop.yaml:30:5",
            "pkg:generic/kubernetes/annotations/prometheus.io shop.yaml:13:9",
            "pkg:generic/kubernetes/annotations/service.beta.kubernetes.io/aws shop.yaml:37:5",
            "pkg:generic/kubernetes/annotations/service.beta.kubernetes.io/aws shop.yaml:38:5",
            "pkg:generic/kubernetes/api/elbv2.k8s.aws/TargetGroupBinding shop.yaml:56:7",
            "pkg:generic/kubernetes/ingress/alb shop.yaml:52:21",
        ])
        let resources = Set(result.components.compactMap { $0.properties["kubernetes:resource"] })
        #expect(resources.isSuperset(of: ["Deployment/checkout", "CronJob/nightly-report", "Pod/debug"]))
        let services = result.components.filter { $0.properties[Component.serviceProperty] != nil }
        #expect(services.allSatisfy { $0.purl.type == "generic" && $0.scope == .runtime && $0.isDirect })
        #expect(result.components.allSatisfy { $0.ecosystem == .container })
        // The broken second document of broken.yaml is an error where the YAML parser stops (its last line); the
        // first document was read.
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.location?.file == "broken.yaml")
        #expect(result.diagnostics.first?.location?.line == 14)
    }

    @Test("AKS: workload identity annotation and label, the Azure disk provisioner, a List's items, a digest")
    func azure() {
        let (result, _) = InfrastructureFixtures.catalog("kubernetes/azure", with: KubernetesCataloger())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(sightings(result) == [
            "pkg:docker/contoso.azurecr.io/orders@sha256:4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c workload-identity.yml:29:22",
            "pkg:generic/kubernetes/annotations/azure.workload.identity workload-identity.yml:25:13",
            "pkg:generic/kubernetes/annotations/azure.workload.identity workload-identity.yml:6:5",
            "pkg:generic/kubernetes/provisioners/disk.csi.azure.com workload-identity.yml:12:14",
        ])
    }

    @Test("GKE: BackendConfig and ManagedCertificate kinds, NEG annotation, the gce ingress class")
    func gke() {
        let (result, _) = InfrastructureFixtures.catalog("kubernetes/gke", with: KubernetesCataloger())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(sightings(result) == [
            "pkg:generic/kubernetes/annotations/cloud.google.com frontend.yaml:20:5",
            "pkg:generic/kubernetes/api/cloud.google.com/BackendConfig frontend.yaml:2:7",
            "pkg:generic/kubernetes/api/networking.gke.io/ManagedCertificate frontend.yaml:9:7",
            "pkg:generic/kubernetes/ingress/gce frontend.yaml:29:34",
        ])
    }

    @Test("OpenShift: Route, DeploymentConfig and ImageStream kinds; the DeploymentConfig's and the stream's images")
    func openshift() {
        let (result, _) = InfrastructureFixtures.catalog("kubernetes/openshift", with: KubernetesCataloger())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(sightings(result) == [
            "pkg:docker/quay.io/example/web@1.4.0 app.yaml:30:15",
            "pkg:docker/registry.access.redhat.com/ubi9/nodejs-20@1-45 app.yaml:19:18",
            "pkg:generic/kubernetes/api/apps.openshift.io/DeploymentConfig app.yaml:11:7",
            "pkg:generic/kubernetes/api/image.openshift.io/ImageStream app.yaml:22:7",
            "pkg:generic/kubernetes/api/route.openshift.io/Route app.yaml:2:7",
        ])
    }

    @Test("Helm templates: literal images and annotations are read; templated images are notes; unreadable text a warning")
    func helmTemplates() {
        let (result, _) = InfrastructureFixtures.catalog("kubernetes/chart", with: KubernetesCataloger())
        #expect(sightings(result) == [
            "pkg:docker/library/redis@7.2-alpine templates/deployment.yaml:17:18",
            "pkg:generic/kubernetes/annotations/iam.gke.io templates/deployment.yaml:9:5",
        ])
        let notes = result.diagnostics.map { "\($0.severity) \($0.location?.description ?? "") \($0.message)" }
        #expect(notes.count == 2, "\(notes)")
        #expect(notes.contains {
            $0.hasPrefix("note templates/deployment.yaml:15:18 Deployment/{{…}}: the image {{…}}:{{…}} is set by a template expression")
        }, "\(notes)")
        #expect(notes.contains { $0.hasPrefix("warning templates/configmap.yaml:10:1 a Helm template that is not YAML until it is rendered") })
    }

    @Test("annotation keys: domains, shared domains with their provider, Kubernetes' and Helm's own left out")
    func annotationKeys() {
        #expect(KubernetesManifestReader.annotationEvidence("service.beta.kubernetes.io/azure-load-balancer-internal")
                == "service.beta.kubernetes.io/azure")
        #expect(KubernetesManifestReader.annotationEvidence("load-balancer.hetzner.cloud/location") == "load-balancer.hetzner.cloud")
        #expect(KubernetesManifestReader.annotationEvidence("appgw.ingress.kubernetes.io/ssl-redirect") == "appgw.ingress.kubernetes.io")
        #expect(KubernetesManifestReader.annotationEvidence("app.kubernetes.io/name") == nil)
        #expect(KubernetesManifestReader.annotationEvidence("kubernetes.io/ingress.class") == nil)
        #expect(KubernetesManifestReader.annotationEvidence("meta.helm.sh/release-name") == nil)
        #expect(KubernetesManifestReader.annotationEvidence("app") == nil)
        #expect(KubernetesManifestReader.annotationEvidence("(vpc-lattices-svcs.amazonaws.com/port)") == nil)
        #expect(KubernetesManifestReader.annotationEvidence("service.beta.kubernetes.io/internal") == nil)
    }

    @Test("the sniffer wants apiVersion and kind at the start of lines")
    func sniffer() {
        func sniff(_ text: String) -> Bool { KubernetesSniffer.isManifest(head: ArraySlice(Array(text.utf8))) }
        #expect(sniff("apiVersion: v1\nkind: Pod\n"))
        #expect(sniff("{{- if .Values.x }}\n---\napiVersion: {{ include \"api\" . }}\nkind: Deployment\n"))
        #expect(!sniff("server:\n  apiVersion: v1\n  kind: Pod\n"))
        #expect(!sniff("openapi: 3.0.0\nkind: spec\n"))
    }
}
