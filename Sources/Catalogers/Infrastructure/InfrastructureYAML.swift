import BoundedYAML
import SovScanModel
import Yams

/// Composes the YAML of compose files and CI pipelines after a bounded check of their nesting: the YAML composer
/// recurses once per level, so a hostile file (thousands of `[` or of indentation levels) would exhaust the stack.
enum InfrastructureYAML {
    /// The deepest flow nesting (`[`, `{`) accepted.
    static let maximumFlowDepth = 256
    /// The widest indentation accepted, in columns (far beyond any real pipeline).
    static let maximumIndentation = 1024

    /// The document, or `nil` with an error diagnostic when it is too deep or not YAML.
    static func compose(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> Node? {
        if let (line, reason) = tooDeep(bytes) {
            diagnostics.append(Diagnostic(.error, "the YAML is nested too deeply (\(reason)); the file is not read",
                                          at: SourceLocation(file: file, line: line)))
            return nil
        }
        return NPMYAML.compose(bytes, file: file, diagnostics: &diagnostics)
    }

    /// Every document of a multi-document file (Kubernetes manifests), after the same nesting check. The documents
    /// before a syntax error are kept; the error is a diagnostic with its line.
    static func composeAll(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [Node] {
        if let (line, reason) = tooDeep(bytes) {
            diagnostics.append(Diagnostic(.error, "the YAML is nested too deeply (\(reason)); the file is not read",
                                          at: SourceLocation(file: file, line: line)))
            return []
        }
        let (documents, error) = BoundedYAML.composeAll(String(decoding: bytes, as: UTF8.self), resolver: .basic)
        if let error { diagnostics.append(NPMYAML.diagnostic(for: error, file: file)) }
        return documents
    }

    /// The first line that nests too deeply, with the reason. Indentation counts block nesting (a `- ` entry
    /// marker as two columns, so `- - - x` nests too); brackets count flow nesting, except inside quotes that start
    /// where YAML starts a quoted scalar, and inside comments. Quotes end at the line's end at the latest, so a quote
    /// can never hide brackets on later lines (a multi-line quoted string only counts more, never less).
    static func tooDeep(_ bytes: [UInt8]) -> (Int, String)? {
        var line = 1
        var depth = 0
        var column = 0
        var atLineStart = true
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = UInt8(ascii: " ")
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                atLineStart = true
                inComment = false
                quote = nil
                previous = UInt8(ascii: " ")
                continue
            }
            if atLineStart {
                let entryMarker = byte == UInt8(ascii: "-") && index < bytes.count && bytes[index] == UInt8(ascii: " ")
                if byte == UInt8(ascii: " ") || entryMarker {
                    column += entryMarker ? 2 : 1
                    if entryMarker { index += 1 }
                    if column > maximumIndentation { return (line, "indentation beyond \(maximumIndentation) columns") }
                    continue
                }
                atLineStart = false
            }
            defer { previous = byte }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t"):
                inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"),
                    UInt8(ascii: ","), UInt8(ascii: "-")].contains(previous) {
                    quote = byte
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumFlowDepth { return (line, "more than \(maximumFlowDepth) nested brackets") }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
        }
        return nil
    }
}
