import SovScanModel

/// Catalogs Helm charts (ecosystem `container`): chart dependencies and the images of `values.yaml`.
///
/// - A dependency is `pkg:generic/<repository without scheme>/<name>@<version>`; the version is `Chart.lock`'s
///   (the truth), else `Chart.yaml`'s when it is exact; a range is the property `helm:constraint` and the chart is
///   `unpinned`. `file://` dependencies are the repository's own charts and not listed.
/// - `values.yaml` is read only beside a `Chart.yaml` (other projects use the name too); its images are
///   `pkg:docker/...` as in `ContainerCataloger`. A `repository` that the chart's templates complete with an
///   image name (`{{ .Values.images.repository }}/adservice`) is a registry prefix, not an image: a note.
public struct HelmCataloger: Cataloger {
    public let name = "helm"
    public let kinds: Set<ManifestKind> = [.helmChart, .helmLock, .helmValues, .kubernetesManifest]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let charts = Set(manifests.filter { $0.kind == .helmChart }.map(\.directory))
        var locked: [String: [String: HelmDependency]] = [:]
        var declared: [(String, HelmDependency)] = []
        // A values.yaml is read only beside a Chart.yaml; templates only in a chart's templates folder.
        let wanted = manifests.sorted().filter {
            switch $0.kind {
            case .helmValues: charts.contains($0.directory)
            case .kubernetesManifest: Self.chart(ofTemplate: $0).map(charts.contains) ?? false
            default: kinds.contains($0.kind)
            }
        }
        let files = context.readAll(wanted, diagnostics: &result.diagnostics)
        var templates: [String: [[UInt8]]] = [:]
        for (manifest, bytes) in files where manifest.kind == .kubernetesManifest {
            if let chart = Self.chart(ofTemplate: manifest) { templates[chart, default: []].append(bytes) }
        }
        for (manifest, bytes) in files where manifest.kind != .kubernetesManifest {
            switch manifest.kind {
            case .helmValues:
                let (images, diagnostics) = HelmChartReader.images(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for image in images {
                    if let path = image.valuesPath,
                       Self.completesRepository(path, in: templates[manifest.directory] ?? []) {
                        result.diagnostics.append(Diagnostic(.note, "\(path).repository is a registry prefix the chart's templates complete with image names; those images are known only when the chart is rendered",
                                                             at: image.location, detail: DiagnosticDetail(.registryPrefix, [path])))
                        continue
                    }
                    if let component = ImageReference(image.image)?.component(scope: .runtime, at: image.location) {
                        result.components.append(component)
                    } else {
                        result.diagnostics.append(Diagnostic(.warning, "not a valid image reference: \(image.image)",
                                                             at: image.location, detail: DiagnosticDetail(.invalidImage, [image.image])))
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
            if let component = dependency.component(lock: locked[folder]?[dependency.name]) {
                result.components.append(component)
            }
        }
        return result
    }
}

extension HelmCataloger {
    /// The chart folder of a template (`chart/templates/deployment.yaml` -> `chart`, also for templates in
    /// subfolders of `templates`); `nil` outside a `templates` folder.
    static func chart(ofTemplate manifest: ManifestFile) -> String? {
        let parts = manifest.relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard let index = parts.dropLast().lastIndex(of: "templates") else { return nil }
        return parts[..<index].joined(separator: "/")
    }
}

extension HelmDependency {
    /// The chart as a component `pkg:generic/<repository without scheme>/<name>@<version>` (ecosystem `container`):
    /// the version is the lock's, else an exact declared version; a range is `helm:constraint` and leaves the chart
    /// `unpinned`. `nil` for `file://` charts (the repository's own).
    func component(lock: HelmDependency? = nil, properties extra: [String: String] = [:]) -> Component? {
        let repository = self.repository ?? lock?.repository ?? ""
        if repository.hasPrefix("file://") { return nil }
        let exact = lock?.version ?? version.flatMap(TerraformCataloger.exactVersion)
        var namespace = repository
        if let scheme = namespace.range(of: "://") { namespace = String(namespace[scheme.upperBound...]) }
        namespace = namespace.split(separator: "/").joined(separator: "/")
        guard let purl = try? PackageURL(type: "generic", namespace: namespace.isEmpty ? nil : namespace,
                                         name: name, version: exact) else { return nil }
        var properties = extra
        properties["helm:repository"] = repository
        if exact == nil {
            properties["unpinned"] = "true"
            if let constraint = version { properties["helm:constraint"] = constraint }
        }
        return Component(purl: purl, ecosystem: .container, group: namespace.isEmpty ? nil : namespace,
                         name: name, version: exact, isDirect: true, locations: [location],
                         properties: properties)
    }
}
