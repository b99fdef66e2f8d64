/// Makes untrusted text safe inside Markdown (GitHub and GitLab flavours, table cells included): Markdown
/// punctuation is backslash-escaped, HTML's `& < >` become entities, line breaks become spaces, and control
/// and bidirectional-override characters are shown as `U+XXXX` so they cannot act.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", "!", "|", "~", "\"", "'", "=", ":", "@":
                output += "\\" + String(scalar)
            case "\n", "\r", "\t": output += " "
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                    output += "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                default:
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
