import SovScanModel

/// Splits HCL native syntax into tokens: identifiers, numbers, quoted strings with escapes and nested `${...}`
/// interpolation, heredocs (`<<EOF`, `<<-EOF`), comments (`#`, `//`, `/* */`), symbols and newlines. Total: an
/// unterminated string, heredoc or comment is an error diagnostic and ends the token stream.
struct HCLLexer {
    private let bytes: [UInt8]
    private let file: String
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private(set) var diagnostics: [Diagnostic] = []

    init(_ bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// All tokens; stops at the first error.
    mutating func tokens() -> [HCLToken] {
        var result: [HCLToken] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            let column = offset - lineStart + 1
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "\n"):
                result.append(HCLToken(kind: .newline, line: line, column: column))
                newLine(at: offset)
                offset += 1
            case UInt8(ascii: "#"):
                skipLineComment()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                skipLineComment()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                let startLine = line
                offset += 2
                var closed = false
                while offset < bytes.count {
                    if bytes[offset] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                        offset += 2
                        closed = true
                        break
                    }
                    if bytes[offset] == UInt8(ascii: "\n") { newLine(at: offset) }
                    offset += 1
                }
                if !closed { return fail("unterminated /* comment", line: startLine, result) }
            case UInt8(ascii: "\""):
                let startLine = line
                guard let (text, interpolated) = quotedString() else {
                    return fail("unterminated string", line: startLine, result)
                }
                result.append(HCLToken(kind: .string(text, interpolated: interpolated), line: startLine, column: column))
            case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<") && heredocStarts():
                let startLine = line
                guard let (text, interpolated) = heredoc() else {
                    return fail("unterminated heredoc", line: startLine, result)
                }
                result.append(HCLToken(kind: .string(text, interpolated: interpolated), line: startLine, column: column))
            default:
                if Self.isIdentifierStart(byte) {
                    let start = offset
                    while offset < bytes.count, Self.isIdentifierPart(bytes[offset]) { offset += 1 }
                    result.append(HCLToken(kind: .identifier(text(start, offset)), line: line, column: column))
                } else if Self.isDigit(byte) {
                    let start = offset
                    while offset < bytes.count, Self.isDigit(bytes[offset]) || bytes[offset] == UInt8(ascii: ".")
                        || bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") { offset += 1 }
                    result.append(HCLToken(kind: .number(text(start, offset)), line: line, column: column))
                } else {
                    let two = offset + 1 < bytes.count ? text(offset, offset + 2) : ""
                    let three = offset + 2 < bytes.count ? text(offset, offset + 3) : ""
                    let symbol = three == "..." ? three
                        : (["==", "!=", "<=", ">=", "&&", "||", "=>"].contains(two) ? two : text(offset, offset + 1))
                    offset += symbol.utf8.count
                    result.append(HCLToken(kind: .symbol(symbol), line: line, column: column))
                }
            }
        }
        return result
    }

    private mutating func fail(_ message: String, line: Int, _ tokens: [HCLToken]) -> [HCLToken] {
        diagnostics.append(Diagnostic(.error, "HCL: \(message)", at: SourceLocation(file: file, line: line)))
        offset = bytes.count
        return tokens
    }

    private func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    private mutating func newLine(at newlineOffset: Int) {
        line += 1
        lineStart = newlineOffset + 1
    }

    private mutating func skipLineComment() {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    }

    /// Reads a quoted string from its opening quote; template sequences are kept as written (with their nested
    /// strings and braces, over several lines if they span them). `nil` when the string does not end on its line
    /// (outside a template sequence).
    private mutating func quotedString() -> (String, Bool)? {
        offset += 1
        var output: [UInt8] = []
        var interpolated = false
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return (String(decoding: output, as: UTF8.self), interpolated)
            case UInt8(ascii: "\n"):
                return nil
            case UInt8(ascii: "\\"):
                guard let next = peek(1) else { return nil }
                switch next {
                case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): output.append(UInt8(ascii: "\r"))
                default: output.append(next)
                }
                offset += 2
            case UInt8(ascii: "$"), UInt8(ascii: "%"):
                if peek(1) == UInt8(ascii: "{") {
                    if peek(-1) == byte, output.last == byte {
                        // `$${` and `%%{` are literal.
                        output.append(UInt8(ascii: "{"))
                        offset += 2
                        continue
                    }
                    interpolated = true
                    let start = offset
                    guard skipTemplateSequence() else { return nil }
                    output += bytes[start..<offset]
                } else {
                    output.append(byte)
                    offset += 1
                }
            default:
                output.append(byte)
                offset += 1
            }
        }
        return nil
    }

    /// Skips `${ ... }` with nested braces and strings; `false` at the end of the input. The expression inside may
    /// span lines (`"https://${\n  var.a ? x : y\n}:6443"`), as in Terraform.
    private mutating func skipTemplateSequence() -> Bool {
        offset += 2
        var depth = 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") { newLine(at: offset) }
            if byte == UInt8(ascii: "\"") {
                guard quotedString() != nil else { return false }
                continue
            }
            offset += 1
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return true }
            }
        }
        return false
    }

    private func heredocStarts() -> Bool {
        var index = offset + 2
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        return index < bytes.count && Self.isIdentifierStart(bytes[index])
    }

    /// Reads `<<EOF` or `<<-EOF` up to the line that holds only the delimiter (indented for `<<-`).
    private mutating func heredoc() -> (String, Bool)? {
        offset += 2
        let indented = bytes[offset] == UInt8(ascii: "-")
        if indented { offset += 1 }
        let start = offset
        while offset < bytes.count, Self.isIdentifierPart(bytes[offset]) { offset += 1 }
        let delimiter = text(start, offset)
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
        guard offset < bytes.count else { return nil }
        newLine(at: offset)
        offset += 1
        var lines: [String] = []
        while offset < bytes.count {
            let lineBegin = offset
            while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
            let content = text(lineBegin, offset)
            let trimmed = content.drop(while: { $0 == " " || $0 == "\t" }).trimmingSuffix("\r")
            if trimmed == delimiter {
                let body = (indented ? Self.removingCommonIndentation(lines) : lines).joined(separator: "\n")
                return (body, body.contains("${") || body.contains("%{"))
            }
            lines.append(content)
            if offset < bytes.count {
                newLine(at: offset)
                offset += 1
            }
        }
        return nil
    }

    /// The lines of an indented heredoc (`<<-`) without the spaces all non-blank lines start with.
    private static func removingCommonIndentation(_ lines: [String]) -> [String] {
        let indents = lines.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
            .map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let common = indents.min() ?? 0
        return lines.map { String($0.dropFirst(min(common, $0.prefix { $0 == " " || $0 == "\t" }.count))) }
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
