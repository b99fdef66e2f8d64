/// The kind of a frequent diagnostic and the values its sentence names, so the reports can word it in the reader's
/// language; the English `Diagnostic.message` stays the text of standard error and the machine formats.
public struct DiagnosticDetail: Sendable, Hashable, Codable {
    /// The kinds of problem the reports word themselves.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// A manifest that is not valid JSON, XML or YAML. Values: the format (`JSON`, `XML`, `YAML`); the parser's
        /// explanation stays in the English message.
        case malformedFile = "malformed-file"
        /// A file that cannot be opened or read.
        case unreadableFile = "unreadable-file"
        /// A FIFO, device or socket where a file was expected.
        case notRegularFile = "not-regular-file"
        /// A file over the size limit. Values: the limit in bytes.
        case fileTooLarge = "file-too-large"
        /// A link (or path) that leads out of the scanned folder; not read or not followed.
        case outsideRoot = "outside-root"
        /// A path given on the command line that does not exist.
        case pathMissing = "path-missing"
        /// A system in which no manifest was found. Values: the system.
        case noManifest = "no-manifest"
        /// A Maven property that is not defined. Values: the property, the dependency (`group:artifact`).
        case undefinedProperty = "undefined-property"
        /// A component whose version could not be resolved. Values: the component.
        case unresolvedVersion = "unresolved-version"
        /// A Maven parent POM that cannot be read. Values: the parent's coordinates.
        case missingParent = "missing-parent"
        /// A POM or imported BOM that is not in the Maven repository. Values: the coordinates.
        case missingPOM = "missing-pom"
        /// Requests to a server that failed (offline, refused, timed out). Values: the server, the number of requests;
        /// the reason stays in the English message.
        case fetchFailed = "fetch-failed"
        /// A container image reference that is not valid (a placeholder, upper case, spaces). Values: the text.
        case invalidImage = "invalid-image"
        /// An image a Helm template expression sets, known only when the chart is rendered. Values: the resource.
        case templatedImage = "templated-image"
        /// A Helm values `repository` that the chart's templates complete with image names. Values: the key path.
        case registryPrefix = "registry-prefix"
    }

    public var code: Code
    /// The values the sentence names, in the order the code's documentation gives.
    public var arguments: [String]

    public init(_ code: Code, _ arguments: [String] = []) {
        self.code = code
        self.arguments = arguments
    }
}
