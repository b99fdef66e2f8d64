/// Makes untrusted text (names, paths, messages from manifests) safe to print on a terminal: control
/// characters, escape sequences and bidirectional overrides are shown as `\u{...}` instead of acting.
enum TerminalText {
    static func sanitise(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
                output += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
