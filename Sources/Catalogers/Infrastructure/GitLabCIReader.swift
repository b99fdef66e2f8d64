import Foundation
import SovScanModel
import Yams

/// What a GitLab CI file uses.
public struct GitLabCIUse: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `image:` (top level, `default:`, a job) or a service.
        case image(String)
        /// `include: template: Name.gitlab-ci.yml` (GitLab's own templates).
        case template(String)
        /// `include: project: group/project` with `ref:` and `file:`.
        case project(path: String, ref: String?)
        /// `include: remote: https://...`.
        case remote(String)
        /// `include: component: host/group/project/name@version` (CI/CD catalog).
        case component(String)
    }

    public var kind: Kind
    public var location: SourceLocation
}

/// Reads `.gitlab-ci.yml`: `image:` (a string or `name:`) and `services:` at the top, in `default:` and in every
/// job; `include:` in every form (a string, `local`, `template`, `project`, `remote`, `component`). Local includes
/// are the repository's own files and left out.
public enum GitLabCIReader {
    public static func read(_ bytes: [UInt8], file: String) -> (uses: [GitLabCIUse], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return ([], diagnostics) }
        var uses: [GitLabCIUse] = []
        let top = NPMYAML.members(of: root)
        uses += images(in: root, file: file)
        for member in top {
            switch member.key {
            case "include": uses += includes(member.value, file: file, diagnostics: &diagnostics)
            case "variables", "stages", "workflow", "image", "services": break
            default: uses += images(in: member.value, file: file)
            }
        }
        return (uses, diagnostics)
    }

    private static func images(in node: Node, file: String) -> [GitLabCIUse] {
        var result: [GitLabCIUse] = []
        for member in NPMYAML.members(of: node) {
            switch member.key {
            case "image":
                if let image = imageName(member.value) {
                    result.append(GitLabCIUse(kind: .image(image.0), location: NPMYAML.location(of: image.1, file: file)))
                }
            case "services":
                for service in member.value.sequence.map(Array.init) ?? [] {
                    if let image = imageName(service) {
                        result.append(GitLabCIUse(kind: .image(image.0), location: NPMYAML.location(of: image.1, file: file)))
                    }
                }
            default:
                break
            }
        }
        return result
    }

    private static func imageName(_ node: Node) -> (String, Node)? {
        if let text = NPMYAML.text(node) { return (text, node) }
        guard let name = NPMYAML.members(of: node).first(where: { $0.key == "name" })?.value,
              let text = NPMYAML.text(name) else { return nil }
        return (text, name)
    }

    private static func includes(_ node: Node, file: String, diagnostics: inout [Diagnostic]) -> [GitLabCIUse] {
        let entries = node.sequence.map(Array.init) ?? [node]
        var result: [GitLabCIUse] = []
        for entry in entries {
            let location = NPMYAML.location(of: entry, file: file)
            if let text = NPMYAML.text(entry) {
                if text.hasPrefix("https://") || text.hasPrefix("http://") {
                    result.append(GitLabCIUse(kind: .remote(text), location: location))
                }
                continue
            }
            let members = Dictionary(NPMYAML.members(of: entry).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let template = members["template"].flatMap(NPMYAML.text) {
                result.append(GitLabCIUse(kind: .template(template), location: location))
            } else if let project = members["project"].flatMap(NPMYAML.text) {
                result.append(GitLabCIUse(kind: .project(path: project, ref: members["ref"].flatMap(NPMYAML.text)),
                                          location: location))
            } else if let remote = members["remote"].flatMap(NPMYAML.text) {
                result.append(GitLabCIUse(kind: .remote(remote), location: location))
            } else if let component = members["component"].flatMap(NPMYAML.text) {
                result.append(GitLabCIUse(kind: .component(component), location: location))
            } else if members["local"] == nil {
                diagnostics.append(Diagnostic(.warning, "include entry of an unknown form", at: location))
            }
        }
        return result
    }
}
