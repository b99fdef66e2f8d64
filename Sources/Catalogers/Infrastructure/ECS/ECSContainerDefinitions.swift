import SovScanModel

/// The containers of an AWS ECS task definition: the `containerDefinitions` of a task definition file (as
/// `aws ecs register-task-definition --cli-input-json` reads it) or the JSON array Terraform's
/// `aws_ecs_task_definition` takes as `container_definitions`.
public enum ECSContainerDefinitions {
    /// One container's image as written.
    public struct Image: Sendable, Hashable {
        /// The container's `name` (`"?"` when it has none).
        public var container: String
        /// The image reference; `nil` when the JSON has no literal image (missing, not a string, or a Terraform
        /// template sequence such as `${var.image}`).
        public var image: String?
        /// The byte offset of the image (or of the container) in the JSON text.
        public var offset: Int
    }

    /// The images of a JSON array of container definitions.
    public static func images(in definitions: [JSONValue]) -> [Image] {
        definitions.map { definition in
            let container = definition["name"]?.string ?? "?"
            guard let image = definition["image"] else {
                return Image(container: container, image: nil, offset: definition.offset)
            }
            let literal = image.string.flatMap { $0.contains("${") || $0.isEmpty ? nil : $0 }
            return Image(container: container, image: literal, offset: image.offset)
        }
    }
}
