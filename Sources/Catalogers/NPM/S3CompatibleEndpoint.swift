import SovScanModel

/// Finds the npm projects that point the AWS SDK's S3 client at an endpoint of their own (issue 15, fifteenth and
/// sixteenth samples: BC Government's CHEFS passes `FILES_OBJECTSTORAGE_ENDPOINT` with `forcePathStyle: true`, the
/// French grants API `S3_ENDPOINT`, defaulting to a local MinIO). Such a client speaks the S3 API to whichever
/// S3-compatible store the deployment names (MinIO, Ceph, a European cloud's object storage), so the SDK is no tie
/// to AWS by itself; the project gets `Component.s3EndpointProperty`, naming the file, and the classifier reports the
/// binding as optional (`OptionalBindings`) when the project's AWS SDK packages are all S3 clients.
///
/// Evidence, read from the project's own shipping source files that import the S3 client (`@aws-sdk/client-s3`):
/// an `endpoint` option in the object literal of `new S3Client(...)`, or `forcePathStyle: true` anywhere in the file
/// (path-style addressing is what S3-compatible stores need; AWS itself prefers virtual-hosted buckets). A file that
/// only names an endpoint elsewhere proves nothing. Only projects whose files were all read count.
enum S3CompatibleEndpoint {
    /// The S3 client packages of the AWS SDK for JavaScript v3 whose configuration is read.
    static let clientPackage = "@aws-sdk/client-s3"

    /// Sets `Component.s3EndpointProperty` on each project of `manifests` (by folder, relative to `directory`) that
    /// declares the S3 client for shipping and configures its endpoint in a shipping file.
    static func mark(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                     sources: ProjectSourcesCache, context: CatalogContext) {
        for (path, manifest) in manifests.sorted(by: { $0.key < $1.key })
        where manifest.dependencies.contains(where: { $0.name == clientPackage && $0.kind.scope.ships }) {
            let folder = NPMPath.join(directory, path)
            guard let index = manifest.projectIndex(in: result.components),
                  let projectSources = sources.sources(of: folder), projectSources.isComplete else { continue }
            var reader = context.files
            reader.maximumSize = ProjectSources.maximumFileSize
            for file in projectSources.specifiers.keys.sorted()
            where UndeclaredImports.ships(file, in: projectSources)
                && projectSources.packages(importedBy: file).contains(clientPackage) {
                guard case .success(let bytes) = reader.read(context.absolutePath(file), reportedAs: file),
                      let evidence = evidence(in: String(decoding: bytes, as: UTF8.self)) else { continue }
                result.components[index].properties[Component.s3EndpointProperty] = "\(evidence) in \(file)"
                break
            }
        }
    }

    /// What in a source file's text configures the S3 client's endpoint: "an endpoint option of new S3Client" or
    /// "forcePathStyle: true"; `nil` when neither does.
    static func evidence(in text: String) -> String? {
        var rest = text[...]
        while let start = rest.range(of: "new S3Client(") {
            let arguments = CallArguments.balanced(rest[start.upperBound...])
            if arguments.range(of: #"(^|[{,\s])endpoint\s*[:,}\n]"#, options: .regularExpression) != nil {
                return "an endpoint option of new S3Client"
            }
            rest = rest[start.upperBound...]
        }
        if text.range(of: #"forcePathStyle\s*:\s*true"#, options: .regularExpression) != nil {
            return "forcePathStyle: true"
        }
        return nil
    }
}
