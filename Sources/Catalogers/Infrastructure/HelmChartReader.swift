import SovScanModel
import Yams

/// A chart dependency of `Chart.yaml` or `Chart.lock`.
public struct HelmDependency: Sendable, Hashable {
    public var name: String
    /// A version (`Chart.lock`) or a constraint (`Chart.yaml`).
    public var version: String?
    /// `https://charts.bitnami.com/bitnami`, `oci://registry-1.docker.io/bitnamicharts`, `file://../common`.
    public var repository: String?
    public var location: SourceLocation
}

/// An image a chart's `values.yaml` sets: an `image:` string, or a mapping with `repository` (and `registry`,
/// `tag`, `digest`), as most public charts write it.
public struct HelmValuesImage: Sendable, Hashable {
    public var image: String
    public var location: SourceLocation
    /// The keys that lead to a `repository` mapping (`images`, `server.image`); `nil` for an `image:` string and
    /// for mappings inside lists.
    public var valuesPath: String?
}

/// Reads Helm charts: the `dependencies` of `Chart.yaml` (API v2) and `Chart.lock`, and the images of
/// `values.yaml`.
public enum HelmChartReader {
    public static func dependencies(_ bytes: [UInt8], file: String) -> (dependencies: [HelmDependency], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return ([], diagnostics) }
        var result: [HelmDependency] = []
        for member in NPMYAML.members(of: root) where member.key == "dependencies" {
            for entry in member.value.sequence.map(Array.init) ?? [] {
                let fields = Dictionary(NPMYAML.members(of: entry).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                let location = NPMYAML.location(of: entry, file: file)
                guard let name = fields["name"].flatMap(NPMYAML.text), !name.isEmpty else {
                    diagnostics.append(Diagnostic(.error, "a chart dependency without a name", at: location))
                    continue
                }
                result.append(HelmDependency(name: name, version: fields["version"].flatMap(NPMYAML.text),
                                             repository: fields["repository"].flatMap(NPMYAML.text), location: location))
            }
        }
        return (result, diagnostics)
    }

    public static func images(_ bytes: [UInt8], file: String) -> (images: [HelmValuesImage], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return ([], diagnostics) }
        var result: [HelmValuesImage] = []
        var pending: [(node: Node, path: String?)] = [(root, "")]
        while let (node, path) = pending.popLast() {
            if let sequence = node.sequence { pending += sequence.reversed().map { ($0, nil) } }
            let members = NPMYAML.members(of: node)
            let fields = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let repository = fields["repository"], let text = NPMYAML.text(repository), !text.isEmpty,
               !text.contains("://"), fields["tag"] != nil || fields["registry"] != nil || fields["digest"] != nil {
                var image = text
                if let registry = fields["registry"].flatMap(NPMYAML.text), !registry.isEmpty { image = registry + "/" + image }
                if let tag = fields["tag"].flatMap(NPMYAML.text), !tag.isEmpty { image += ":" + tag }
                if let digest = fields["digest"].flatMap(NPMYAML.text), !digest.isEmpty { image += "@" + digest }
                result.append(HelmValuesImage(image: image, location: NPMYAML.location(of: repository, file: file),
                                              valuesPath: path.flatMap { $0.isEmpty ? nil : $0 }))
                continue
            }
            for member in members.reversed() {
                if member.key == "image", let text = NPMYAML.text(member.value), !text.isEmpty {
                    result.append(HelmValuesImage(image: text, location: NPMYAML.location(of: member.value, file: file)))
                } else {
                    pending.append((member.value, path.map { $0.isEmpty ? member.key : $0 + "." + member.key }))
                }
            }
        }
        return (result.sorted { ($0.location, $0.image) < ($1.location, $1.image) }, diagnostics)
    }
}
