import Foundation
import SovScanModel
import Yams

/// What a GitHub Actions workflow uses.
public struct WorkflowUse: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `uses: owner/repo[/path]@ref` in a step, or a reusable workflow in a job.
        case action(owner: String, repository: String, path: String?, ref: String)
        /// `uses: docker://image`, `container:` or a service's `image:`.
        case image(String)
        /// A GitHub-hosted runner label of `runs-on` (`ubuntu-latest`, `windows-2022`, `macos-14`).
        case hostedRunner(String)
    }

    public var kind: Kind
    public var job: String
    public var location: SourceLocation
}

/// Reads the jobs of a GitHub Actions workflow: steps' and jobs' `uses:`, `runs-on:` (a label, a list, a
/// `labels:` mapping; `${{ matrix.X }}` expanded from a literal `strategy.matrix.X` list), `container:` and
/// `services.*.image`. Local actions (`./...`) are the repository's own code and are left out; self-hosted and
/// larger-runner labels are no GitHub-hosted platform.
public enum GitHubWorkflowReader {
    /// The label prefixes of GitHub's standard hosted runners.
    static let hostedRunnerPrefixes = ["ubuntu-", "windows-", "macos-"]

    public static func read(_ bytes: [UInt8], file: String) -> (uses: [WorkflowUse], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = InfrastructureYAML.compose(bytes, file: file, diagnostics: &diagnostics) else { return ([], diagnostics) }
        var uses: [WorkflowUse] = []
        for job in NPMYAML.members(of: root).filter({ $0.key == "jobs" }).flatMap({ NPMYAML.members(of: $0.value) }) {
            let members = Dictionary(NPMYAML.members(of: job.value).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let runsOn = members["runs-on"] {
                uses += runners(runsOn, job: job.key, matrix: matrix(members["strategy"]), file: file,
                                diagnostics: &diagnostics)
            }
            if let uses1 = members["uses"] { uses += use(uses1, job: job.key, file: file, diagnostics: &diagnostics) }
            for step in members["steps"]?.sequence.map(Array.init) ?? [] {
                for member in NPMYAML.members(of: step) where member.key == "uses" {
                    uses += use(member.value, job: job.key, file: file, diagnostics: &diagnostics)
                }
            }
            if let container = members["container"] {
                let image = container.scalar != nil ? container
                    : NPMYAML.members(of: container).first(where: { $0.key == "image" })?.value
                if let image, let text = NPMYAML.text(image) {
                    uses.append(WorkflowUse(kind: .image(text), job: job.key, location: NPMYAML.location(of: image, file: file)))
                }
            }
            for service in NPMYAML.members(of: members["services"]) {
                for member in NPMYAML.members(of: service.value) where member.key == "image" {
                    if let text = NPMYAML.text(member.value) {
                        uses.append(WorkflowUse(kind: .image(text), job: job.key,
                                                location: NPMYAML.location(of: member.value, file: file)))
                    }
                }
            }
        }
        return (uses, diagnostics)
    }

    private static func use(_ node: Node, job: String, file: String, diagnostics: inout [Diagnostic]) -> [WorkflowUse] {
        let location = NPMYAML.location(of: node, file: file)
        guard let text = NPMYAML.text(node)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            diagnostics.append(Diagnostic(.error, "job \(job): uses is not a string", at: location))
            return []
        }
        if text.hasPrefix("./") { return [] }
        if text.hasPrefix("docker://") {
            return [WorkflowUse(kind: .image(String(text.dropFirst("docker://".count))), job: job, location: location)]
        }
        guard let at = text.lastIndex(of: "@") else {
            diagnostics.append(Diagnostic(.error, "job \(job): uses \(text) has no @ref", at: location))
            return []
        }
        let ref = String(text[text.index(after: at)...])
        let parts = text[..<at].split(separator: "/").map(String.init)
        guard parts.count >= 2, !ref.isEmpty else {
            diagnostics.append(Diagnostic(.error, "job \(job): uses \(text) is not owner/repository@ref", at: location))
            return []
        }
        let path = parts.count > 2 ? parts[2...].joined(separator: "/") : nil
        return [WorkflowUse(kind: .action(owner: parts[0], repository: parts[1], path: path, ref: ref), job: job,
                            location: location)]
    }

    private static func runners(_ node: Node, job: String, matrix: [String: [String]], file: String,
                                diagnostics: inout [Diagnostic]) -> [WorkflowUse] {
        var labels: [Node] = []
        if node.scalar != nil {
            labels = [node]
        } else if let sequence = node.sequence {
            labels = Array(sequence)
        } else if let labelsNode = NPMYAML.members(of: node).first(where: { $0.key == "labels" })?.value {
            labels = labelsNode.sequence.map(Array.init) ?? [labelsNode]
        }
        var result: [WorkflowUse] = []
        for label in labels {
            guard let text = NPMYAML.text(label)?.trimmingCharacters(in: .whitespaces) else { continue }
            let location = NPMYAML.location(of: label, file: file)
            var values = [text]
            if text.hasPrefix("${{"), text.hasSuffix("}}") {
                let expression = text.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces)
                if expression.hasPrefix("matrix."), let listed = matrix[String(expression.dropFirst("matrix.".count))] {
                    values = listed
                } else {
                    diagnostics.append(Diagnostic(.warning, "job \(job): runs-on \(text) is decided when the workflow runs; its runner is not known",
                                                  at: location))
                    continue
                }
            }
            for value in values where hostedRunnerPrefixes.contains(where: value.hasPrefix) {
                result.append(WorkflowUse(kind: .hostedRunner(value), job: job, location: location))
            }
        }
        return result
    }

    /// The literal lists of `strategy.matrix` (`os: [ubuntu-latest, windows-latest]`).
    private static func matrix(_ strategy: Node?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for member in NPMYAML.members(of: strategy) where member.key == "matrix" {
            for entry in NPMYAML.members(of: member.value) {
                if let list = entry.value.sequence {
                    result[entry.key] = list.compactMap(NPMYAML.text)
                }
            }
        }
        return result
    }
}
