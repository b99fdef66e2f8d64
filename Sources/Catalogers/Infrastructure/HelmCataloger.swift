import SovScanModel

/// Catalogs Helm charts (ecosystem `container`): chart dependencies and the images of `values.yaml`.
///
/// - A dependency is `pkg:generic/<repository without scheme>/<name>@<version>`; the version is `Chart.lock`'s
///   (the truth), else `Chart.yaml`'s when it is exact; a range is the property `helm:constraint` and the chart is
///   `unpinned`. `file://` dependencies are the repository's own charts and not listed.
/// - `values.yaml` is read only beside a `Chart.yaml` (other projects use the name too); its images are
///   `pkg:docker/...` as in `ContainerCataloger`.
public struct HelmCataloger: Cataloger {
    public let name = "helm"
    public let kinds: Set<ManifestKind> = [.helmChart, .helmLock, .helmValues]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let charts = Set(manifests.filter { $0.kind == .helmChart }.map(\.directory))
        var locked: [String: [String: HelmDependency]] = [:]
        var declared: [(String, HelmDependency)] = []
        // A values.yaml is read only beside a Chart.yaml.
        let wanted = manifests.sorted().filter {
            kinds.contains($0.kind) && ($0.kind != .helmValues || charts.contains($0.directory))
        }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            switch manifest.kind {
            case .helmValues:
                let (images, diagnostics) = HelmChartReader.images(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for image in images {
                    if let component = ImageReference(image.image)?.component(scope: .runtime, at: image.location) {
                        result.components.append(component)
                    } else {
                        result.diagnostics.append(Diagnostic(.warning, "not a valid image reference: \(image.image)",
                                                             at: image.location))
                    }
                }
            case .helmLock:
                let (dependencies, diagnostics) = HelmChartReader.dependencies(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for dependency in dependencies { locked[manifest.directory, default: [:]][dependency.name] = dependency }
                declared += dependencies.map { (manifest.directory, $0) }
            default:
                let (dependencies, diagnostics) = HelmChartReader.dependencies(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                declared += dependencies.map { (manifest.directory, $0) }
            }
        }
        for (folder, dependency) in declared {
            let lock = locked[folder]?[dependency.name]
            if let component = component(dependency, lock: lock) { result.components.append(component) }
        }
        return result
    }

    private func component(_ dependency: HelmDependency, lock: HelmDependency?) -> Component? {
        let repository = dependency.repository ?? lock?.repository ?? ""
        if repository.hasPrefix("file://") { return nil }
        let exact = lock?.version ?? dependency.version.flatMap(TerraformCataloger.exactVersion)
        var namespace = repository
        if let scheme = namespace.range(of: "://") { namespace = String(namespace[scheme.upperBound...]) }
        namespace = namespace.split(separator: "/").joined(separator: "/")
        guard let purl = try? PackageURL(type: "generic", namespace: namespace.isEmpty ? nil : namespace,
                                         name: dependency.name, version: exact) else { return nil }
        var properties = ["helm:repository": repository]
        if exact == nil {
            properties["unpinned"] = "true"
            if let constraint = dependency.version { properties["helm:constraint"] = constraint }
        }
        return Component(purl: purl, ecosystem: .container, group: namespace.isEmpty ? nil : namespace,
                         name: dependency.name, version: exact, isDirect: true, locations: [dependency.location],
                         properties: properties)
    }
}
