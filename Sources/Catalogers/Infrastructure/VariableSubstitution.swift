/// Expands `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:+alternative}` and
/// `${NAME+alternative}` as Dockerfile `ARG`s and compose files do, from known values only (no environment).
enum VariableSubstitution {
    /// The expanded text and the names that had no value and no default (left out of the text).
    static func expand(_ text: String, values: [String: String]) -> (text: String, unresolved: [String]) {
        var output = ""
        var unresolved: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "$", i + 1 < chars.count else {
                output.append(c)
                i += 1
                continue
            }
            if chars[i + 1] == "$" {
                output.append("$")
                i += 2
            } else if chars[i + 1] == "{" {
                guard let close = chars[(i + 2)...].firstIndex(of: "}") else {
                    output.append(contentsOf: chars[i...])
                    break
                }
                let body = String(chars[(i + 2)..<close])
                output += expandBraced(body, values: values, unresolved: &unresolved)
                i = close + 1
            } else if chars[i + 1].isLetter || chars[i + 1] == "_" {
                var end = i + 1
                while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                let name = String(chars[(i + 1)..<end])
                if let value = values[name] { output += value } else { unresolved.append(name) }
                i = end
            } else {
                output.append(c)
                i += 1
            }
        }
        return (output, unresolved)
    }

    private static func expandBraced(_ body: String, values: [String: String], unresolved: inout [String]) -> String {
        for op in [":-", ":+", "-", "+"] {
            guard let range = body.range(of: op) else { continue }
            let name = String(body[..<range.lowerBound])
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            let word = String(body[range.upperBound...])
            let value = values[name]
            switch op {
            case ":-": return (value?.isEmpty == false ? value : nil) ?? expand(word, values: values).text
            case "-": return value ?? expand(word, values: values).text
            case ":+": return value?.isEmpty == false ? expand(word, values: values).text : ""
            default: return value != nil ? expand(word, values: values).text : ""
            }
        }
        if let value = values[body] { return value }
        unresolved.append(body)
        return ""
    }
}
