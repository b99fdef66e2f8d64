/// XML 1.0 text escaping, shared by every XML writer (CycloneDX XML, JUnit).
public enum XMLText {
    /// Escapes markup characters; in attributes also quotes and whitespace that parsers would normalise.
    /// Characters XML 1.0 cannot carry at all (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) become
    /// U+FFFD.
    public static func escape(_ value: String, inAttribute: Bool) -> String {
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
