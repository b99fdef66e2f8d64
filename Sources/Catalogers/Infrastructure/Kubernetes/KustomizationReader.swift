import SovScanModel
import Yams

/// What a Kustomize kustomization (or component) adds to the manifests it builds on.
public struct Kustomization: Sendable, Hashable {
    /// An `images:` override: the image Kustomize writes in place of `name` in every resource.
    public struct ImageOverride: Sendable, Hashable {
        /// The image name it replaces (`nginx`, `ghcr.io/org/api`).
        public var replaces: String
        /// `newName` (or `name`), with `:newTag` and `@digest` when given.
        public var image: String
        /// Whether the override sets neither `newTag` nor `digest`, so the replaced image's tag stays.
        public var keepsTag: Bool
        public var location: SourceLocation
    }

    /// A remote entry of `resources:` (or `components:`, `bases:`): a Git repository or an HTTP(S) URL.
    public struct RemoteResource: Sendable, Hashable {
        public var url: String
        public var location: SourceLocation
    }

    public var images: [ImageOverride] = []
    public var remoteResources: [RemoteResource] = []
    /// `helmCharts:` entries (`name`, `repo`, `version`).
    public var charts: [HelmDependency] = []
}

/// Reads `kustomization.yaml`: its `images:` overrides, remote `resources:`/`components:`/`bases:` and
/// `helmCharts:`. Local resources are the repository's own files, read as manifests where they are.
public enum KustomizationReader {
    public static func read(_ bytes: [UInt8], file: String) -> (kustomization: Kustomization, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var result = Kustomization()
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else {
            return (result, diagnostics)
        }
        for member in NPMYAML.members(of: root) {
            let entries = member.value.sequence.map(Array.init) ?? []
            switch member.key {
            case "images":
                for entry in entries {
                    let fields = fields(of: entry)
                    let location = NPMYAML.location(of: entry, file: file)
                    guard let name = fields["name"].flatMap(NPMYAML.text), !name.isEmpty else {
                        diagnostics.append(Diagnostic(.error, "an images entry without a name", at: location))
                        continue
                    }
                    let newName = fields["newName"].flatMap(NPMYAML.text).flatMap { $0.isEmpty ? nil : $0 }
                    let newTag = fields["newTag"].flatMap(NPMYAML.text).flatMap { $0.isEmpty ? nil : $0 }
                    let digest = fields["digest"].flatMap(NPMYAML.text).flatMap { $0.isEmpty ? nil : $0 }
                    // An entry that changes nothing (only `name`) names no image of its own.
                    guard newName != nil || newTag != nil || digest != nil else { continue }
                    var image = newName ?? name
                    if let newTag { image += ":" + newTag }
                    if let digest { image += "@" + digest }
                    result.images.append(.init(replaces: name, image: image, keepsTag: newTag == nil && digest == nil,
                                               location: location))
                }
            case "resources", "components", "bases":
                for entry in entries {
                    guard let text = NPMYAML.text(entry), isRemote(text) else { continue }
                    result.remoteResources.append(.init(url: text, location: NPMYAML.location(of: entry, file: file)))
                }
            case "helmCharts":
                for entry in entries {
                    let fields = fields(of: entry)
                    let location = NPMYAML.location(of: entry, file: file)
                    guard let name = fields["name"].flatMap(NPMYAML.text), !name.isEmpty else {
                        diagnostics.append(Diagnostic(.error, "a helmCharts entry without a name", at: location))
                        continue
                    }
                    result.charts.append(HelmDependency(name: name, version: fields["version"].flatMap(NPMYAML.text),
                                                        repository: fields["repo"].flatMap(NPMYAML.text),
                                                        location: location))
                }
            default:
                break
            }
        }
        return (result, diagnostics)
    }

    /// Whether a resource entry names something outside the repository: a URL or a Git address
    /// (`https://github.com/org/repo//deploy?ref=v1`, `github.com/org/repo/deploy?ref=v1`, `git@github.com:org/repo`).
    static func isRemote(_ entry: String) -> Bool {
        entry.contains("://") || entry.hasPrefix("git@") || entry.hasPrefix("github.com/") || entry.hasPrefix("gitlab.com/")
            || entry.hasPrefix("bitbucket.org/")
    }

    private static func fields(of node: Node) -> [String: Node] {
        Dictionary(NPMYAML.members(of: node).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
