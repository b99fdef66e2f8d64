import SovScanModel

/// Catalogs container images: the `FROM` lines of Dockerfiles/Containerfiles and the `image:` of compose services.
///
/// Every image is a direct component `pkg:docker/<registry>/<path>/<name>@<tag or digest>` (see
/// `ImageReference`), ecosystem `container`, with properties `image:registry`, `image:tag`, `image:digest`,
/// `unpinned` (no tag and no digest) and `dockerfile:stage`. Scope: images of the stages that make the final image
/// (the last stage and the stages it builds on) and compose images are `runtime`; base images of build stages that
/// are only copied from do not ship (`dev`). `FROM scratch` is no image. An image reference that cannot be read is
/// an error with its line; the scan goes on.
public struct ContainerCataloger: Cataloger {
    public let name = "container"
    public let kinds: Set<ManifestKind> = [.dockerfile, .composeFile]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let wanted = manifests.sorted().filter { kinds.contains($0.kind) }
        for (manifest, bytes) in context.readAll(wanted, diagnostics: &result.diagnostics) {
            if manifest.kind == .dockerfile {
                result.append(dockerfile(bytes, file: manifest.relativePath))
            } else {
                let (images, diagnostics) = ComposeFileReader.read(bytes, file: manifest.relativePath)
                result.diagnostics += diagnostics
                for image in images {
                    append(image.image, scope: .runtime, at: image.location,
                           properties: ["compose:service": image.service], to: &result)
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

    private func append(_ text: String, scope: Scope, at location: SourceLocation, properties: [String: String],
                        to result: inout CatalogResult) {
        // An unresolved variable in the tag leaves `name:` behind: the image without a version (warned already).
        var text = text
        while text.hasSuffix(":") || text.hasSuffix("@") { text.removeLast() }
        guard !text.isEmpty else { return }
        guard let reference = ImageReference(text),
              let component = reference.component(scope: scope, at: location, properties: properties) else {
            result.diagnostics.append(Diagnostic(.error, "not a valid image reference: \(text)", at: location))
            return
        }
        result.components.append(component)
    }
}
