/// sovscan's facts about a package in one SPDX annotation: `sovscan:facts=` followed by a JSON array of
/// `[name, value]` pairs (names repeat for repeated facts), so any value survives and the document stays small.
/// The SBOM importer reads it back.
public enum SPDXFacts {
    /// The prefix of the annotation comment.
    public static let prefix = "sovscan:facts="

    static func comment(_ facts: [(name: String, value: String)]) -> String {
        prefix + "[" + facts.map { "[" + quoted($0.name) + "," + quoted($0.value) + "]" }.joined(separator: ",") + "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
