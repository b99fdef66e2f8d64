import SovScanModel

/// Finds the Maven modules that point an AWS SDK S3 client at an endpoint of their own (issue 15: Corona-Warn-App's
/// distribution service builds `S3Client.builder().endpointOverride(...)` from `CWA_OBJECTSTORE_ENDPOINT`, the object
/// store of the cloud it runs on; Dataverse, DSpace and OpenMRS take a configured S3-compatible address). Such a
/// client talks to whichever S3-compatible store the deployment names, so the module gets
/// `Component.s3EndpointProperty`, naming the file, and the classifier reports the AWS binding as optional when the
/// module's AWS artefacts are all S3 clients (`OptionalBindings`).
///
/// Evidence, read from the module's own shipping sources (`src/main/java`, `src/main/kotlin`) that use the S3
/// client (`software.amazon.awssdk.services.s3` or `com.amazonaws.services.s3`): the SDK v2 builder's
/// `endpointOverride(`, the v1 builder's `withEndpointConfiguration(`/`setEndpointConfiguration(`, or path-style
/// addressing switched on (`forcePathStyle(true)`, `pathStyleAccessEnabled(true)`, `withPathStyleAccessEnabled(true)`),
/// which S3-compatible stores need. Test sources (a LocalStack or MinIO container) prove nothing and are not read;
/// nor is Spring Cloud AWS's `spring.cloud.aws.s3.endpoint` property yet. Only a module whose sources were walked
/// whole counts.
enum JavaS3Endpoint {
    /// The artefacts of the AWS SDKs for Java whose S3 client a module may configure, as `group:artifact`.
    /// `S3ClientsConsistencyTests` checks that each is among the `s3-clients:` of the `aws` binding rule.
    static let clientArtifacts: Set<String> = [
        "software.amazon.awssdk:s3", "software.amazon.awssdk:s3-transfer-manager", "com.amazonaws:aws-java-sdk-s3",
        "io.awspring.cloud:spring-cloud-aws-s3", "io.awspring.cloud:spring-cloud-aws-starter-s3",
        "io.quarkiverse.amazonservices:quarkus-amazon-s3",
    ]
    /// The module's shipping source folders read, relative to its `pom.xml`.
    static let sourceFolders = ["src/main/java", "src/main/kotlin"]

    /// Sets `Component.s3EndpointProperty` on each first-party module of `result` that declares an S3 client
    /// artefact in a shipping scope and configures the client's endpoint in one of its shipping source files.
    /// `modulePOMs`: each module's own `pom.xml`, relative to the scanned root (a module's test jar shares it).
    static func mark(_ result: inout CatalogResult, modulePOMs: [MavenCoordinates: String], context: CatalogContext) {
        var declaring = Set<PackageURL>()
        let clients = Set(result.components.filter { clientArtifacts.contains(($0.group ?? "") + ":" + $0.name) }.map(\.purl))
        guard !clients.isEmpty else { return }
        for edge in result.edges where edge.scope.ships && clients.contains(edge.to) { declaring.insert(edge.from) }
        // A module's test jar shares its folder: each folder is read once.
        var found: [String: String?] = [:]
        for index in result.components.indices where result.components[index].isFirstParty
            && declaring.contains(result.components[index].purl) {
            let component = result.components[index]
            guard let group = component.group, let version = component.version,
                  let pom = modulePOMs[MavenCoordinates(groupId: group, artifactId: component.name, version: version)]
            else { continue }
            let module = pom.split(separator: "/").dropLast().joined(separator: "/")
            if found[module] == nil { found[module] = evidence(inModule: module, context: context) }
            if let evidence = found[module] ?? nil {
                result.components[index].properties[Component.s3EndpointProperty] = evidence
            }
        }
    }

    /// "endpointOverride in <file>" for the first shipping source file of `module` that configures its S3 client's
    /// endpoint; `nil` when none does or the sources were not walked whole.
    private static func evidence(inModule module: String, context: CatalogContext) -> String? {
        for folder in sourceFolders {
            let path = module.isEmpty ? folder : module + "/" + folder
            let sources = SourceFolderFiles(under: path, extensions: ["java", "kt"], context: context)
            guard sources.isComplete else { return nil }
            for file in sources.files {
                guard let text = SourceFolderFiles.text(of: file, context: context), let found = evidence(in: text)
                else { continue }
                return "\(found) in \(file)"
            }
        }
        return nil
    }

    /// What in a Java or Kotlin source file configures an S3 client's endpoint (`endpointOverride`,
    /// `withEndpointConfiguration`, "path-style access"); `nil` when the file does not use the S3 client or sets
    /// neither.
    static func evidence(in text: String) -> String? {
        guard text.contains("software.amazon.awssdk.services.s3") || text.contains("com.amazonaws.services.s3")
        else { return nil }
        // A call on the builder (`.endpointOverride(`), or inside a Kotlin scope function (`apply { endpointOverride(`).
        for call in ["endpointOverride", "withEndpointConfiguration", "setEndpointConfiguration"]
        where text.range(of: #"(^|[.\s{;(])\#(call)\s*\("#, options: .regularExpression) != nil {
            return call
        }
        let pathStyle = #"(^|[.\s{;(])(forcePathStyle|pathStyleAccessEnabled|withPathStyleAccessEnabled)\s*\(\s*(true|java\.lang\.Boolean\.TRUE|Boolean\.TRUE)\s*\)"#
        return text.range(of: pathStyle, options: .regularExpression) != nil ? "path-style access" : nil
    }
}
