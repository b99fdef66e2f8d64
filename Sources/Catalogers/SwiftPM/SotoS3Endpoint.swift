import SovScanModel

/// Finds the Swift packages that point Soto's S3 client at an endpoint of their own (issue 15: Vernissage's server
/// creates `S3(client: awsClient, endpoint: s3Address)` for "custom S3 object storage" when no AWS region is set).
/// Such a client talks to whichever S3-compatible store the deployment names, so the package gets
/// `Component.s3EndpointProperty`, naming the file, and the classifier reports the AWS binding as optional when the
/// package's AWS packages are all Soto's (`OptionalBindings`).
///
/// Evidence, read from the package's own `Sources/` files that import a Soto module: an `S3(client: ...)` call with
/// an `endpoint:` argument, and no other Soto service created in them (a `DynamoDB(client: ...)` or `SES(client:
/// ...)` beside it is AWS's service whatever S3's endpoint). Only a package whose sources were walked whole counts.
enum SotoS3Endpoint {
    /// Whether a package declares a Soto package (`github.com/soto-project/...`), whose sources are then read.
    static func declaresSoto(_ manifest: PackageManifest?) -> Bool {
        manifest?.dependencies.contains { $0.locationText.lowercased().contains("soto-project/") } ?? false
    }

    /// "S3(client:endpoint:) in <file>" for the package in `folder` (relative to the scanned root); `nil` when no
    /// file gives S3 an endpoint, another Soto service is created, or the sources were not walked whole.
    static func evidence(inPackage folder: String, context: CatalogContext) -> String? {
        let sources = SourceFolderFiles(under: folder.isEmpty ? "Sources" : folder + "/Sources", extensions: ["swift"],
                                        context: context)
        guard sources.isComplete else { return nil }
        var found: String?
        for file in sources.files {
            guard let text = SourceFolderFiles.text(of: file, context: context) else { continue }
            switch evidence(in: text) {
            case .otherService: return nil
            case .endpoint: found = found ?? "S3(client:endpoint:) in \(file)"
            case .none: break
            }
        }
        return found
    }

    /// What a Swift file tells of its Soto clients.
    enum Evidence: Equatable {
        /// It gives an S3 client an endpoint and creates no other service.
        case endpoint
        /// It creates a Soto service other than S3.
        case otherService
    }

    /// What a Swift source file's Soto clients say; `nil` for a file that imports no Soto module or gives no S3
    /// client an endpoint.
    static func evidence(in text: String) -> Evidence? {
        guard text.range(of: #"(^|\n)\s*(@\w+\s+)*import\s+Soto"#, options: .regularExpression) != nil else { return nil }
        var rest = text[...]
        var endpoint = false
        while let call = rest.range(of: #"\b[A-Z][A-Za-z0-9]*\(\s*client\s*:"#, options: .regularExpression) {
            let name = rest[call].prefix { $0 != "(" }
            guard name == "S3" else { return .otherService }
            // The arguments after `client:`, the first one.
            let arguments = CallArguments.balanced(rest[call.upperBound...])
            if arguments.range(of: #"[,\s]endpoint\s*:"#, options: .regularExpression) != nil { endpoint = true }
            rest = rest[call.upperBound...]
        }
        return endpoint ? .endpoint : nil
    }
}
