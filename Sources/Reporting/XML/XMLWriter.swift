/// Writes indented XML text; every text and attribute value goes through `XMLWriter.escape`, so no input can
/// change the document's structure. Names are the caller's constants.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// Opens `<name attributes>`; attributes with a `nil` value are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    /// Closes the element opened last with `name`.
    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// `<name attributes>value</name>`, or nothing when `value` is `nil`.
    mutating func element(_ name: String, _ value: String?, _ attributes: [(String, String?)] = []) {
        guard let value else { return }
        text += indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(value, inAttribute: false) + "</" + name + ">\n"
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0, inAttribute: true))\"" } }.joined()
    }

    /// Escapes markup characters; in attributes also quotes and whitespace that parsers would normalise.
    /// Characters XML 1.0 cannot carry at all (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) become
    /// U+FFFD.
    static func escape(_ value: String, inAttribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\n" where inAttribute: output += "&#10;"
            case "\t" where inAttribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
