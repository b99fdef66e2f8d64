/// Turns a Helm template into text a YAML reader can try: Go template actions (`{{ ... }}`) that stand alone on
/// their lines (`{{- if .Values.ingress.enabled }}`, `{{- include "labels" . | nindent 4 }}`) are removed, and
/// actions inside a value are replaced by `placeholder`, so that line numbers stay those of the template. What a
/// removed action would have inserted (an `include`, a `toYaml`) is unknown until the chart is rendered.
enum HelmTemplateText {
    /// Stands for a value only rendering knows.
    static let placeholder = "__helm_template__"

    /// Whether the text holds template actions at all.
    static func isTemplate(_ bytes: [UInt8]) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "{") && $1 == UInt8(ascii: "{") }
    }

    /// The text with actions removed or replaced (see the type). An action that is never closed runs to the end.
    static func blanked(_ bytes: [UInt8]) -> [UInt8] {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == open, index + 1 < bytes.count, bytes[index + 1] == open else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !(bytes[end] == close && end + 1 < bytes.count && bytes[end + 1] == close) { end += 1 }
            let after = min(end + 2, bytes.count)
            let newlines = bytes[index..<after].filter { $0 == newline }.count
            let lineStart = output.lastIndex(of: newline).map { $0 + 1 } ?? 0
            let before = output[lineStart...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            let rest = bytes[after...].prefix { $0 != newline }
            let alone = before && rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            if alone {
                output.removeSubrange(lineStart...)
            } else {
                output += Array(placeholder.utf8)
            }
            output += [UInt8](repeating: newline, count: newlines)
            index = after
        }
        return output
    }
}
