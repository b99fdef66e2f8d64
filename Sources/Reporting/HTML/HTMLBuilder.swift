import Foundation

/// Builds HTML text in which every piece of data is escaped: text and attribute values only enter through
/// `text(_:)` and the `attributes` of `open`/`element`, which escape them; tag and attribute names are the
/// caller's constants. Untrusted text is wrapped in `<bdi>` where it is shown, so right-to-left marks cannot
/// reorder what stands around it.
/// With an output, the text goes to it a chunk at a time as elements close (`flush` hands over the rest), so a
/// page with a large component table is never whole in memory.
/// The text is gathered as UTF-8 bytes (issue 17: appending the many short pieces of a component table to a
/// `String` cost a fifth of a portfolio's instructions; to bytes, about a third less).
struct HTMLBuilder {
    /// The UTF-8 text not yet handed to the output: all of it when there is none.
    private var bytes: [UInt8] = []
    /// Where the text goes a chunk at a time; `nil` keeps it in `bytes`.
    private let output: ReportOutput?
    /// Whether the place of component rows written elsewhere was reached (`markRows`): the text after it stays in
    /// `bytes` until the caller has written the rows.
    private var holdsRest = false

    init(output: ReportOutput? = nil) {
        self.output = output
    }

    /// The text not yet handed to the output, as UTF-8.
    var data: Data { Data(bytes) }

    /// Marks the current end of the text as the place of the component rows written elsewhere: the text so far
    /// goes to the output, the text from here on is kept (the page after the rows).
    mutating func markRows() {
        flush()
        holdsRest = true
    }

    /// Hands the text gathered so far to the output, if there is one.
    mutating func flush() {
        guard let output else { return }
        bytes.withUnsafeBytes { output.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Opens `<tag attributes>`; attributes with a `nil` value are left out, `""` writes a bare attribute.
    mutating func open(_ tag: String, _ attributes: [(String, String?)] = []) {
        append("<")
        append(tag)
        for case let (name, value?) in attributes {
            append(" ")
            append(name)
            guard !value.isEmpty else { continue }
            append("=\"")
            append(Self.escape(value))
            append("\"")
        }
        append(">")
    }

    mutating func close(_ tag: String) {
        append("</")
        append(tag)
        append(">")
        if output != nil, !holdsRest, bytes.count >= ReportOutput.chunkSize { flush() }
    }

    /// `<tag attributes>escaped text</tag>`.
    mutating func element(_ tag: String, _ text: String, _ attributes: [(String, String?)] = []) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// `<tag attributes>` … `</tag>` around what `content` adds.
    mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], content: (inout HTMLBuilder) -> Void) {
        open(tag, attributes)
        content(&self)
        close(tag)
    }

    /// Escaped text.
    mutating func text(_ text: String) { append(Self.escape(text)) }

    /// Untrusted text, escaped and isolated from the surrounding text direction.
    mutating func data(_ text: String) {
        append("<bdi>")
        append(Self.escape(text))
        append("</bdi>")
    }

    /// Markup the caller wrote itself (constants: style sheet, script, entities).
    mutating func trusted(_ markup: String) { append(markup) }

    /// Appends text as it is.
    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Escapes `& < > " '` and replaces characters HTML does not allow in text (C0 controls other than tab
    /// and line breaks) by U+FFFD.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case "\r": output += "&#13;"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// Whether `escape` changes anything in `text`: `& < > " '`, a C0 control other than tab and line feed, DEL
    /// or a C1 control (U+0080-U+009F: UTF-8 0xC2 then 0x80-0x9F). Most text has none and is returned as it is.
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F:
                return true
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                break
            case 0..<0x20:
                return true
            case 0x80..<0xA0 where previous == 0xC2:
                return true
            default:
                break
            }
            previous = byte
        }
        return false
    }
}

extension HTMLBuilder {
    /// Opens a self-contained page: the doctype, `<html lang>`, and in an open `<head>` the charset, the viewport,
    /// the content security policy (no external requests) and the title. The caller adds its style and closes
    /// the head.
    mutating func openDocument(language: ReportLanguage, title: String) {
        trusted("<!DOCTYPE html>\n")
        open("html", [("lang", language.rawValue)])
        open("head")
        open("meta", [("charset", "utf-8")])
        open("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        open("meta", [("http-equiv", "Content-Security-Policy"), ("content", HTMLAssets.contentSecurityPolicy)])
        element("title", title)
    }
}

