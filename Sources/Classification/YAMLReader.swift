import BoundedYAML
import SovScanModel
import Yams

/// Reads rule YAML strictly: every value keeps its file and line, unknown keys and wrong types are diagnostics,
/// and reading goes on after an error so one run reports every problem.
struct YAMLReader {
    /// The file as diagnostics name it.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Parses the text into a node tree; a syntax error becomes a diagnostic at its line.
    mutating func compose(_ text: String) -> Node? {
        do {
            return try BoundedYAML.compose(text)
        } catch let error as BoundedYAML.TooLarge {
            diagnostics.append(Diagnostic(.error, error.description, at: SourceLocation(file: file, line: 1)))
        } catch let error as YamlError {
            let (line, message) = Self.describe(error)
            diagnostics.append(Diagnostic(.error, "YAML syntax: \(message)", at: SourceLocation(file: file, line: line)))
        } catch {
            diagnostics.append(Diagnostic(.error, "YAML syntax: \(error)", at: SourceLocation(file: file)))
        }
        return nil
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, message, at: location(node)))
    }

    /// The mapping's entries by key. Unknown keys, duplicate keys and missing required keys are errors.
    mutating func fields(
        _ node: Node, of what: String, allowed: Set<String>, required: Set<String>
    ) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping", at: node)
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                error("\(what): keys must be strings", at: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                let known = allowed.sorted().joined(separator: ", ")
                error("\(what): unknown key '\(key)' (known keys: \(known))", at: keyNode)
                continue
            }
            guard result[key] == nil else {
                error("\(what): duplicate key '\(key)'", at: keyNode)
                continue
            }
            result[key] = value
        }
        for key in required.sorted() where result[key] == nil {
            error("\(what): missing required key '\(key)'", at: node)
        }
        return result
    }

    /// A non-empty scalar string.
    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, !scalar.string.trimmingWhitespace().isEmpty else {
            error("\(what) must be a non-empty string", at: node)
            return nil
        }
        return scalar.string.trimmingWhitespace()
    }

    /// `true` or `false`.
    mutating func bool(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch node.string?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("\(what) must be true or false", at: node)
            return nil
        }
    }

    /// A sequence of nodes (a single scalar counts as a one-element list).
    mutating func list(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        case .mapping:
            error("\(what) must be a list", at: node)
            return nil
        }
    }

    /// A list of non-empty strings.
    mutating func strings(_ node: Node?, _ what: String) -> [String]? {
        guard let nodes = list(node, what) else { return nil }
        return nodes.compactMap { string($0, what) }
    }

    /// A raw-valued enum case, listing the valid values on error.
    mutating func value<T: RawRepresentable & CaseIterable>(_ node: Node?, _ what: String, as type: T.Type) -> T?
        where T.RawValue == String {
        guard let text = string(node, what), let node else { return nil }
        if let value = T(rawValue: text) { return value }
        let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
        error("\(what): '\(text)' is not one of \(valid)", at: node)
        return nil
    }

    private static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (mark.line, problem)
        default:
            return (nil, "\(error)")
        }
    }
}
