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
        } catch let error as BoundedYAML.TooLarge {
            diagnostics.append(Diagnostic(.error, error.description, at: SourceLocation(file: file, line: 1)))
        } catch let error as YamlError {
            var location = SourceLocation(file: file)
            var problem = "\(error)"
            switch error {
            case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _), .composer(_, let text, let mark, _):
                location = SourceLocation(file: file, line: mark.line, column: mark.column)
                problem = text
            default:
                break
            }
            diagnostics.append(Diagnostic(.error, "invalid YAML: \(problem)", at: location))
        } catch {
            diagnostics.append(Diagnostic(.error, "invalid YAML: \(error)", at: SourceLocation(file: file)))
        }
        return nil
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
