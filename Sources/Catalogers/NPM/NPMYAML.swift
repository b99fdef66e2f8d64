import BoundedYAML
import SovScanModel
import Yams

/// Reading helpers for the YAML lockfiles (yarn berry, pnpm).
enum NPMYAML {
    /// Composes the YAML document of `bytes`; a syntax error becomes an error diagnostic with its line.
    static func compose(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> Node? {
        do {
            // The basic resolver keeps versions such as `1.10` as text.
            return try BoundedYAML.compose(String(decoding: bytes, as: UTF8.self), resolver: .basic)
        } catch {
            diagnostics.append(diagnostic(for: error, file: file))
        }
        return nil
    }

    /// The error diagnostic for a failure of `BoundedYAML`: a syntax error at its line, a document too large.
    static func diagnostic(for error: Error, file: String) -> Diagnostic {
        if let error = error as? BoundedYAML.TooLarge {
            return Diagnostic(.error, error.description, at: SourceLocation(file: file, line: 1))
        }
        guard let error = error as? YamlError else {
            return Diagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: file), detail: DiagnosticDetail(.malformedFile, ["YAML"]))
        }
        switch error {
        case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _), .composer(_, let text, let mark, _):
            return Diagnostic(.error, "invalid YAML: \(text)", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                              detail: DiagnosticDetail(.malformedFile, ["YAML"]))
        default:
            return Diagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: file), detail: DiagnosticDetail(.malformedFile, ["YAML"]))
        }
    }

    /// The location of a node in `file`.
    static func location(of node: Node, file: String) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// The members of a mapping node as `(key text, key node, value)`; empty for other nodes.
    static func members(of node: Node?) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node?.mapping else { return [] }
        return mapping.compactMap { pair in
            guard let key = pair.key.scalar?.string else { return nil }
            return (key, pair.key, pair.value)
        }
    }

    /// The text of a scalar node.
    static func text(_ node: Node?) -> String? { node?.scalar?.string }
}
