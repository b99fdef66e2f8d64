import SovScanModel

/// The images of an `aws_ecs_task_definition`'s `container_definitions`, where the configuration writes them
/// literally: a JSON string or heredoc, or `jsonencode([...])` of literal objects. Anything else
/// (`file(...)`, `templatefile(...)`, a variable, a module output) is one computed image.
enum TerraformECSTaskDefinition {
    static func images(_ attribute: HCLAttribute?, resource: String, file: String,
                       diagnostics: inout [Diagnostic]) -> [TerraformConfig.ContainerImage] {
        guard let attribute else { return [] }
        let computed = [TerraformConfig.ContainerImage(resource: resource, image: nil, line: attribute.line,
                                                       column: attribute.column)]
        switch attribute.value {
        case .string(let text, let interpolated):
            guard let document = try? JSONDocument(bytes: Array(text.utf8)), let definitions = document.root.array else {
                if !interpolated {
                    diagnostics.append(Diagnostic(.error, "\(resource): container_definitions is not a JSON array",
                                                  at: SourceLocation(file: file, line: attribute.line, column: attribute.column)))
                    return []
                }
                return computed
            }
            return ECSContainerDefinitions.images(in: definitions).map { image in
                // A JSON text over several lines is a heredoc, whose first line follows the attribute's (an
                // indented `<<-` heredoc's columns are those without its indentation).
                let (line, column) = document.lines.position(of: image.offset)
                return .init(resource: resource, image: image.image, line: line == 1 ? attribute.line : attribute.line + line,
                             column: line == 1 ? attribute.column : column)
            }
        case .call("jsonencode", let arguments):
            guard arguments.count == 1, case .list(let definitions) = arguments[0] else { return computed }
            return definitions.map { definition in
                guard case .object(let entries) = definition, let image = entries.first(where: { $0.key == "image" }) else {
                    return computed[0]
                }
                return .init(resource: resource, image: image.value.literal, line: image.line, column: image.column)
            }
        default:
            return computed
        }
    }
}
