import SovScanModel

/// Catalogs Kubernetes manifests (YAML or JSON), Helm templates and Kustomize kustomizations (ecosystem
/// `container`), found by `KubernetesSniffer` and by name.
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
    public let kinds: Set<ManifestKind> = [.kubernetesManifest, .kustomization]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let wanted = manifests.sorted().filter { kinds.contains($0.kind) }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            if manifest.kind == .kustomization {
                result.append(kustomization(bytes, file: manifest.relativePath))
                continue
            }
            let (evidence, diagnostics) = KubernetesManifestReader.read(bytes, file: manifest.relativePath)
            result.diagnostics += diagnostics
            for item in evidence {
                if let component = component(item) {
                    result.components.append(component)
                } else if case .image(let text) = item.kind {
                    // Samples write placeholders (`<image-built-from-dockerfile>`) a person fills in.
                    result.diagnostics.append(Diagnostic(.warning, "\(item.resource): not a valid image reference: \(text)",
                                                         at: item.location, detail: DiagnosticDetail(.invalidImage, [text])))
                } else {
                    result.diagnostics.append(Diagnostic(.error, "\(item.resource): cannot form a package URL for \(item.kind)",
                                                         at: item.location))
                }
            }
        }
        return result
    }

    /// A kustomization's image overrides (images with the property `kustomize:replaces`; one that keeps the
    /// replaced image's tag is unpinned here), remote resources (`pkg:github/...` or `pkg:generic/<host>/...`,
    /// property `kustomize:resource`) and Helm charts (as the `helm` cataloger's chart dependencies).
    private func kustomization(_ bytes: [UInt8], file: String) -> CatalogResult {
        var result = CatalogResult()
        let (kustomization, diagnostics) = KustomizationReader.read(bytes, file: file)
        result.diagnostics = diagnostics
        for override in kustomization.images {
            var properties = ["kustomize:replaces": override.replaces]
            if override.keepsTag { properties["kustomize:keeps-tag"] = "true" }
            if let component = ImageReference(override.image)?.component(scope: .runtime, at: override.location,
                                                                         properties: properties) {
                result.components.append(component)
            } else {
                // Kustomize components often hold placeholders (`CONTAINER_IMAGES_REGISTRY/app`) a script replaces.
                result.diagnostics.append(Diagnostic(.warning, "not a valid image reference: \(override.image)", at: override.location,
                                                     detail: DiagnosticDetail(.invalidImage, [override.image])))
            }
        }
        for resource in kustomization.remoteResources {
            if let (purl, group, name, version) = TerraformModuleSource.purl(source: resource.url, version: nil) {
                var properties = ["kustomize:resource": resource.url]
                if version == nil { properties["unpinned"] = "true" }
                result.components.append(Component(purl: purl, ecosystem: .container, group: group, name: name,
                                                   version: version, scope: .runtime, isDirect: true,
                                                   locations: [resource.location], properties: properties))
            } else {
                result.diagnostics.append(Diagnostic(.warning, "cannot form a package URL for the resource \(resource.url)",
                                                     at: resource.location))
            }
        }
        for chart in kustomization.charts {
            if let component = chart.component(properties: ["kustomize:helm-chart": chart.name]) {
                result.components.append(component)
            } else {
                result.diagnostics.append(Diagnostic(.error, "cannot form a package URL for the chart \(chart.name)", at: chart.location))
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
