import SovScanModel

/// Catalogs Kubernetes manifests and Helm templates (ecosystem `container`), found by `KubernetesSniffer`.
///
/// - Images of containers are `pkg:docker/...` as in `ContainerCataloger`, `runtime`, with the property
///   `kubernetes:resource` (`Deployment/api`).
/// - Evidence of the platform the manifests need is a service (`Component.serviceProperty`), counted only
///   through a binding rule: kinds of API groups that are not Kubernetes' own
///   `pkg:generic/kubernetes/api/<group>/<Kind>` (`route.openshift.io/Route`, `elbv2.k8s.aws/TargetGroupBinding`),
///   annotation and label domains `pkg:generic/kubernetes/annotations/<domain>` (`azure.workload.identity`,
///   `service.beta.kubernetes.io/aws`), ingress classes and controllers `pkg:generic/kubernetes/ingress/<class>`
///   and storage provisioners `pkg:generic/kubernetes/provisioners/<provisioner>`.
public struct KubernetesCataloger: Cataloger {
    public let name = "kubernetes"
    public let kinds: Set<ManifestKind> = [.kubernetesManifest]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let wanted = manifests.sorted().filter { kinds.contains($0.kind) }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            let (evidence, diagnostics) = KubernetesManifestReader.read(bytes, file: manifest.relativePath)
            result.diagnostics += diagnostics
            for item in evidence {
                if let component = component(item) {
                    result.components.append(component)
                } else {
                    result.diagnostics.append(Diagnostic(.error, "\(item.resource): cannot form a package URL for \(item.kind)",
                                                         at: item.location))
                }
            }
        }
        return result
    }

    private func component(_ evidence: KubernetesEvidence) -> Component? {
        let properties = ["kubernetes:resource": evidence.resource]
        switch evidence.kind {
        case .image(let text):
            return ImageReference(text)?.component(scope: .runtime, at: evidence.location, properties: properties)
        case .apiKind(let group, let kind):
            return service("kubernetes/api/" + group, kind, evidence, "Kubernetes API \(group)")
        case .annotation(let domain):
            return service("kubernetes/annotations", domain, evidence, "Kubernetes annotations \(domain)")
        case .ingress(let name):
            return service("kubernetes/ingress", name, evidence, "ingress class \(name)")
        case .provisioner(let name):
            return service("kubernetes/provisioners", name, evidence, "storage provisioner \(name)")
        }
    }

    /// A service component; a name with `/` puts its leading segments into the namespace.
    private func service(_ namespace: String, _ name: String, _ evidence: KubernetesEvidence, _ what: String) -> Component? {
        var segments = name.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let last = segments.popLast() else { return nil }
        let fullNamespace = ([namespace] + segments).joined(separator: "/")
        guard let purl = try? PackageURL(type: "generic", namespace: fullNamespace, name: last) else { return nil }
        return Component(purl: purl, ecosystem: .container, group: fullNamespace, name: last, scope: .runtime,
                         isDirect: true, locations: [evidence.location],
                         properties: ["kubernetes:resource": evidence.resource, Component.serviceProperty: what])
    }
}
