import SovScanModel
import Yams

/// What an Azure Pipelines file uses.
public struct AzurePipelinesUse: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `- task: Name@major` (built-in or Marketplace task).
        case task(name: String, version: String?)
        /// A container image: `resources.containers[].image`, a job's `container:`/`services:` image.
        case image(String)
        /// `pool: vmImage: ubuntu-latest`: an agent Microsoft hosts.
        case hostedAgent(String)
        /// `resources.repositories[]` of `type: github`: `owner/repo` at a ref (templates come from it).
        case githubRepository(String, ref: String?)
    }

    public var kind: Kind
    public var location: SourceLocation
}

/// Reads an Azure Pipelines file (`azure-pipelines.yml` and templates): tasks, container images, Microsoft-hosted
/// pools and GitHub template repositories, at any depth (stages, jobs, deployment strategies, step templates).
/// `vmImage: $(name)` is expanded from the job's literal `strategy: matrix:`. A value only the pipeline's run knows (`$(var)`, `${{ parameters.x }}`) is a warning.
public enum AzurePipelinesReader {
    public static func read(_ bytes: [UInt8], file: String) -> (uses: [AzurePipelinesUse], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return ([], diagnostics) }
        var uses: [AzurePipelinesUse] = []
        var aliases: Set<String> = []
        func location(_ node: Node) -> SourceLocation { NPMYAML.location(of: node, file: file) }
        func runtimeOnly(_ text: String, _ node: Node, _ what: String) -> Bool {
            guard text.contains("$(") || text.contains("${{") || text.contains("$[") else { return false }
            diagnostics.append(Diagnostic(.warning, "\(what) \(text) is decided when the pipeline runs; not listed", at: location(node)))
            return true
        }
        func addImage(_ node: Node) {
            guard let text = NPMYAML.text(node), !text.isEmpty, !runtimeOnly(text, node, "the image") else { return }
            uses.append(AzurePipelinesUse(kind: .image(text), location: location(node)))
        }
        let resources = NPMYAML.members(of: root).first { $0.key == "resources" }?.value
        for resource in NPMYAML.members(of: resources) {
            for entry in resource.value.sequence.map(Array.init) ?? [] {
                let fields = members(entry)
                if resource.key == "containers" {
                    if let alias = NPMYAML.text(fields["container"]) { aliases.insert(alias) }
                    if let image = fields["image"] { addImage(image) }
                } else if resource.key == "repositories", NPMYAML.text(fields["type"])?.lowercased() == "github",
                          let name = fields["name"], let text = NPMYAML.text(name) {
                    var ref = NPMYAML.text(fields["ref"])
                    for prefix in ["refs/tags/", "refs/heads/"] where ref?.hasPrefix(prefix) == true {
                        ref = ref.map { String($0.dropFirst(prefix.count)) }
                    }
                    uses.append(AzurePipelinesUse(kind: .githubRepository(text, ref: ref), location: location(name)))
                }
            }
        }
        // Resources are walked too: their `container:` keys are aliases, which are skipped.
        var pending: [Node] = [root]
        while let node = pending.popLast() {
            if let sequence = node.sequence { pending += sequence.reversed() }
            for member in NPMYAML.members(of: node).reversed() {
                switch member.key {
                case "task":
                    guard let text = NPMYAML.text(member.value), !runtimeOnly(text, member.value, "the task") else { continue }
                    let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
                    uses.append(AzurePipelinesUse(kind: .task(name: parts[0], version: parts.count > 1 ? parts[1] : nil),
                                                  location: location(member.value)))
                case "pool":
                    guard let image = members(member.value)["vmImage"], let text = NPMYAML.text(image) else { continue }
                    let labels = matrixValues(text, job: node) ?? [text]
                    for label in labels where !runtimeOnly(label, image, "the hosted agent image") {
                        uses.append(AzurePipelinesUse(kind: .hostedAgent(label.lowercased()), location: location(image)))
                    }
                case "container":
                    if let text = NPMYAML.text(member.value) {
                        if !aliases.contains(text) { addImage(member.value) }
                    } else if let image = members(member.value)["image"] {
                        addImage(image)
                    }
                case "services":
                    for service in NPMYAML.members(of: member.value) {
                        if let text = NPMYAML.text(service.value), !aliases.contains(text) { addImage(service.value) }
                    }
                default:
                    pending.append(member.value)
                }
            }
        }
        return (uses, diagnostics)
    }

    /// The values `$(name)` takes in the job's literal `strategy: matrix:` (`nil` when the text is not exactly one
    /// such variable or the matrix does not set it in every entry).
    static func matrixValues(_ text: String, job: Node) -> [String]? {
        guard text.hasPrefix("$("), text.hasSuffix(")"), !text.dropFirst(2).contains("$") else { return nil }
        let name = String(text.dropFirst(2).dropLast())
        let matrix = NPMYAML.members(of: members(members(job)["strategy"])["matrix"])
        let values = matrix.compactMap { NPMYAML.text(members($0.value)[name]) }
        guard !matrix.isEmpty, values.count == matrix.count else { return nil }
        return Array(Set(values)).sorted()
    }

    private static func members(_ node: Node?) -> [String: Node] {
        Dictionary(NPMYAML.members(of: node).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
