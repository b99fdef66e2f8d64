import SovScanModel

/// An image of an ECS task definition file.
public struct ECSTaskImage: Sendable, Hashable {
    /// The task definition's `family` (`"?"` when it has none).
    public var family: String
    public var container: String
    /// The literal image; `nil` when the file gives none (a placeholder such as `${IMAGE}` or `<IMAGE1_NAME>` is
    /// still written and read as text; only a missing or non-string image is `nil`).
    public var image: String?
    public var location: SourceLocation
}

/// Reads an AWS ECS task definition file (`{"family": ..., "containerDefinitions": [...]}`).
public enum ECSTaskDefinitionReader {
    public static func read(_ bytes: [UInt8], file: String) -> (images: [ECSTaskImage], diagnostics: [Diagnostic]) {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes)
        } catch let error as JSONSyntaxError {
            return ([], [Diagnostic(.error, error.message, at: SourceLocation(file: file, line: error.line, column: error.column))])
        } catch {
            return ([], [Diagnostic(.error, "not JSON: \(error)", at: SourceLocation(file: file))])
        }
        guard let definitions = document.root["containerDefinitions"]?.array else {
            return ([], [Diagnostic(.error, "containerDefinitions is not an array", at: document.location(of: document.root, file: file))])
        }
        let family = document.root["family"]?.string ?? "?"
        let images = ECSContainerDefinitions.images(in: definitions).map {
            ECSTaskImage(family: family, container: $0.container, image: $0.image,
                         location: document.location(ofOffset: $0.offset, file: file))
        }
        return (images, [])
    }
}
