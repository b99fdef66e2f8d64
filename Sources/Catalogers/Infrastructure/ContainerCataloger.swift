import SovScanModel

/// Catalogs container images: the `FROM` lines of Dockerfiles/Containerfiles, the `image:` of compose services and
/// the `image` of every container of an AWS ECS task definition file (property `ecs:task-definition`, the family).
///
/// Every image is a direct component `pkg:docker/<registry>/<path>/<name>@<tag or digest>` (see
/// `ImageReference`), ecosystem `container`, with properties `image:registry`, `image:tag`, `image:digest`,
/// `unpinned` (no tag and no digest) and `dockerfile:stage`. Scope: images of the stages that make the final image
/// (the last stage and the stages it builds on) and compose images are `runtime`; base images of build stages that
/// are only copied from do not ship (`dev`). `FROM scratch` is no image. An image reference that cannot be read is
/// an error with its line; the scan goes on.
public struct ContainerCataloger: Cataloger {
    public let name = "container"
    public let kinds: Set<ManifestKind> = [.dockerfile, .composeFile, .ecsTaskDefinition]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let wanted = manifests.sorted().filter { kinds.contains($0.kind) }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            if manifest.kind == .dockerfile {
                result.append(dockerfile(bytes, file: manifest.relativePath))
            } else if manifest.kind == .ecsTaskDefinition {
                result.append(taskDefinition(bytes, file: manifest.relativePath))
            } else {
                let (images, diagnostics) = ComposeFileReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for image in images {
                    var properties = ["compose:service": image.service]
                    if image.isBuilt { properties[OwnImages.composeBuildProperty] = "true" }
                    append(image.image, scope: .runtime, at: image.location, properties: properties, to: &result)
                }
            }
        }
        return result
    }

    private func dockerfile(_ bytes: [UInt8], file: String) -> CatalogResult {
        var result = CatalogResult()
        let (stages, diagnostics) = DockerfileParser.parse(bytes, file: file)
        result.diagnostics = diagnostics
        let shipping = DockerfileParser.shippingStages(stages)
        for (index, stage) in stages.enumerated() {
            let scope: Scope = shipping.contains(index) ? .runtime : .dev
            let stageName = stage.alias ?? String(index)
            if stage.baseStage == nil, stage.image.lowercased() != "scratch" {
                append(stage.image, scope: scope, at: SourceLocation(file: file, line: stage.line),
                       properties: ["dockerfile:stage": stageName], to: &result)
            }
            for copied in stage.copiedImages {
                append(copied.image, scope: scope, at: SourceLocation(file: file, line: copied.line),
                       properties: ["dockerfile:stage": stageName, "dockerfile:copied-from": "true"], to: &result)
            }
        }
        return result
    }

    /// The images of an ECS task definition file, and the file as evidence of Amazon ECS: the service component
    /// `pkg:generic/amazonaws.com/ecs/task-definition`, counted through its binding.
    private func taskDefinition(_ bytes: [UInt8], file: String) -> CatalogResult {
        var result = CatalogResult()
        let (images, diagnostics) = ECSTaskDefinitionReader.read(bytes, file: file)
        result.diagnostics = diagnostics
        guard diagnostics.isEmpty else { return result }
        for image in images {
            let properties = ["ecs:task-definition": image.family, "ecs:container": image.container]
            if let text = image.image {
                // Deployment pipelines fill placeholders (`<IMAGE1_NAME>`): not an image, but not broken either.
                append(text, scope: .runtime, at: image.location, properties: properties, invalid: .warning, to: &result)
            } else {
                result.diagnostics.append(Diagnostic(.warning, "\(image.family): the image of container \(image.container) is not written literally; it is known only when it is deployed",
                                                     at: image.location))
            }
        }
        if let purl = try? PackageURL(type: "generic", namespace: "amazonaws.com/ecs", name: "task-definition") {
            result.components.append(Component(
                purl: purl, ecosystem: .container, group: "amazonaws.com/ecs", name: "task-definition", scope: .runtime,
                isDirect: true, locations: [SourceLocation(file: file, line: 1)],
                properties: [Component.serviceProperty: "Amazon ECS task definition"]))
        }
        return result
    }

    private func append(_ text: String, scope: Scope, at location: SourceLocation, properties: [String: String],
                        invalid severity: Diagnostic.Severity = .error, to result: inout CatalogResult) {
        // An unresolved variable in the tag leaves `name:` behind: the image without a version (warned already).
        var text = text
        while text.hasSuffix(":") || text.hasSuffix("@") { text.removeLast() }
        guard !text.isEmpty else { return }
        guard let reference = ImageReference(text),
              let component = reference.component(scope: scope, at: location, properties: properties) else {
            result.diagnostics.append(Diagnostic(severity, "not a valid image reference: \(text)", at: location,
                                                 detail: DiagnosticDetail(.invalidImage, [text])))
            return
        }
        result.components.append(component)
    }
}
