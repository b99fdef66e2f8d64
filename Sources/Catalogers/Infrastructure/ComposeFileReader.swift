import SovScanModel
import Yams

/// One `image:` of a compose file's service.
public struct ComposeImage: Sendable, Hashable {
    public var service: String
    /// After `${VAR:-default}` substitution.
    public var image: String
    public var location: SourceLocation
    /// Whether the service also has `build:`: Compose builds the image from the system's own files and tags it with
    /// this name (https://docs.docker.com/reference/compose-file/build/), so it is the system's own image.
    public var isBuilt = false
}

/// Reads `services.<name>.image` from a compose file (Compose specification). Variables are expanded from their
/// defaults; a variable without one gives a warning. A compose file that a deployment tool renders as a template
/// (Ansible's or Helm's `{{ app_version }}`: La bonne alternance's `.infra/docker-compose.production.yml`) names its
/// image with the templated part left out, with a warning: a templated tag leaves the image without a version, a
/// templated name or registry leaves no image. A service with only `build:` is the system's own image and names none;
/// one with `build:` and `image:` names its own image (`ComposeImage.isBuilt`).
public enum ComposeFileReader {
    public static func read(_ bytes: [UInt8], file: String) -> (images: [ComposeImage], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return ([], diagnostics) }
        var images: [ComposeImage] = []
        for service in NPMYAML.members(of: root).filter({ $0.key == "services" }).flatMap({ NPMYAML.members(of: $0.value) }) {
            let isBuilt = NPMYAML.members(of: service.value).contains { $0.key == "build" }
            for member in NPMYAML.members(of: service.value) where member.key == "image" {
                let location = NPMYAML.location(of: member.value, file: file)
                guard let written = NPMYAML.text(member.value) else {
                    diagnostics.append(Diagnostic(.error, "service \(service.key): image is not a string", at: location))
                    continue
                }
                let (expanded, unresolved) = VariableSubstitution.expand(written, values: [:])
                if !unresolved.isEmpty {
                    diagnostics.append(Diagnostic(.warning, "service \(service.key): image \(written) needs \(unresolved.joined(separator: ", ")) from the environment",
                                                  at: location))
                }
                guard let image = untemplated(expanded) else {
                    diagnostics.append(Diagnostic(.warning, "service \(service.key): image \(written) is filled in by a template when it is deployed; its name is not written literally",
                                                  at: location))
                    continue
                }
                if image != expanded {
                    diagnostics.append(Diagnostic(.warning, "service \(service.key): image \(written) is filled in by a template when it is deployed; its version is not known",
                                                  at: location))
                }
                images.append(ComposeImage(service: service.key, image: image, location: location, isBuilt: isBuilt))
            }
        }
        return (images, diagnostics)
    }

    /// An image reference without the template expressions (`{{ ... }}`) a deployment tool fills in: the reference
    /// itself when it has none, the reference without its tag when the first one lies in the tag
    /// (`ghcr.io/acme/server:{{app_version}}`, `...:preview-{{pr_number}}`), `nil` when one lies in the registry or
    /// the repository path.
    static func untemplated(_ image: String) -> String? {
        guard let template = image.range(of: "{{") else { return image }
        let beforeTemplate = image[..<template.lowerBound]
        let nameStart = beforeTemplate.lastIndex(of: "/").map { image.index(after: $0) } ?? image.startIndex
        guard let tagColon = image[nameStart..<template.lowerBound].lastIndex(of: ":") else { return nil }
        return String(image[..<tagColon])
    }
}
