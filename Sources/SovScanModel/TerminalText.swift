/// The one sanitiser for untrusted text (names, versions, paths, messages from manifests and imported SBOMs)
/// that reaches a terminal or a CI log: the scan table, `check`'s table, `explain`, diagnostics on standard error
/// and the message of a GitHub annotation.
///
/// Control characters (C0 with line breaks and ESC, DEL, C1), bidirectional overrides and isolates, and line and
/// paragraph separators are shown as `\u{...}` instead of acting, so a value can neither move the cursor, recolour
/// the terminal, hide text, nor start a new line. A value that would begin a CI log command (`::error ...` for
/// GitHub Actions, `##vso[` for Azure Pipelines) when printed at the start of a line has its first character
/// shown as `\u{3a}` or `\u{23}`, since a line is read as a command when it starts that way after blanks.
public enum TerminalText {
    /// `text` made safe to print.
    public static func sanitise(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        let startsCommand = trimmed.hasPrefix("::") || trimmed.hasPrefix("##")
        var guarded = !startsCommand
        for scalar in text.unicodeScalars {
            if !guarded, scalar == ":" || scalar == "#" {
                output += escaped(scalar)
                guarded = true
                continue
            }
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                output += escaped(scalar)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16))}"
    }
}
