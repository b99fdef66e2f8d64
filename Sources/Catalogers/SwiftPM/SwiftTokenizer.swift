/// One token of Swift source, as far as a static reader of `Package.swift` needs it.
public struct SwiftToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A name or keyword (`let`, `Package`, `url`); backticks removed.
        case identifier(String)
        /// A string literal's value (escapes decoded); `interpolated` when it contains `\(...)`.
        case string(String, interpolated: Bool)
        /// A number literal's text.
        case number(String)
        /// A compiler directive (`#if`, `#else`, `#elseif`, `#endif`) or other `#name`.
        case directive(String)
        /// One of `( ) [ ] { } , : ; .` (a `.` directly before a name or after a value).
        case punctuation(UInt8)
        /// A run of operator characters (`..<`, `...`, `=`, `+=`, `?`).
        case `operator`(String)
    }

    public var kind: Kind
    /// 1-based line where the token starts.
    public var line: Int
    /// 1-based column (in bytes) where the token starts.
    public var column: Int

    /// The identifier's name, if this is an identifier.
    public var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    /// Whether this is the punctuation `character`.
    public func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        if case .punctuation(let byte) = kind { return byte == UInt8(ascii: character) }
        return false
    }
}

/// Splits Swift source into tokens, skipping whitespace and comments (`//`, nested `/* */`), and reading string
/// literals of every form (`"..."`, `"""..."""`, raw `#"..."#` with any number of `#`). Works on bytes, in one
/// pass, without recursion; unterminated comments or strings end the token stream with a problem reported.
public struct SwiftTokenizer {
    /// A problem in the source: an unterminated comment or string, at a line.
    public struct Problem: Sendable, Hashable {
        public var message: String
        public var line: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    /// Tokenizes the whole source.
    public mutating func tokenize() -> (tokens: [SwiftToken], problems: [Problem]) {
        var tokens: [SwiftToken] = []
        var problems: [Problem] = []
        while index < bytes.count {
            let byte = bytes[index]
            let startLine = line
            let startColumn = index - lineStart + 1
            func emit(_ kind: SwiftToken.Kind) { tokens.append(SwiftToken(kind: kind, line: startLine, column: startColumn)) }
            switch byte {
            case 0x0A:
                newLine(at: index)
                index += 1
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                index += 1
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                if !skipBlockComment() { problems.append(Problem(message: "unterminated block comment", line: startLine)) }
            case UInt8(ascii: "\""):
                switch readString(hashes: 0) {
                case .success(let literal): emit(.string(literal.value, interpolated: literal.interpolated))
                case .failure(let problem): problems.append(Problem(message: problem.message, line: startLine))
                }
            case UInt8(ascii: "#"):
                var hashes = 0
                while peek(hashes) == UInt8(ascii: "#") { hashes += 1 }
                if peek(hashes) == UInt8(ascii: "\"") {
                    index += hashes
                    switch readString(hashes: hashes) {
                    case .success(let literal): emit(.string(literal.value, interpolated: literal.interpolated))
                    case .failure(let problem): problems.append(Problem(message: problem.message, line: startLine))
                    }
                } else {
                    index += 1
                    emit(.directive(readIdentifierText()))
                }
            case UInt8(ascii: "`"):
                index += 1
                let name = readIdentifierText()
                if peek(0) == UInt8(ascii: "`") { index += 1 }
                emit(.identifier(name))
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"):
                index += 1
                emit(.punctuation(byte))
            case UInt8(ascii: ".") where !isOperatorByte(peek(1)):
                index += 1
                emit(.punctuation(byte))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                while index < bytes.count, isIdentifierByte(bytes[index]) || bytes[index] == UInt8(ascii: ".") && isDigit(peek(1)) {
                    index += 1
                }
                emit(.number(String(decoding: bytes[start..<index], as: UTF8.self)))
            default:
                if isIdentifierStart(byte) {
                    emit(.identifier(readIdentifierText()))
                } else if isOperatorByte(byte) {
                    let start = index
                    while index < bytes.count, isOperatorByte(bytes[index]) {
                        // A comment starts inside an operator run: stop before it.
                        if bytes[index] == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*"),
                           index > start { break }
                        index += 1
                    }
                    emit(.operator(String(decoding: bytes[start..<index], as: UTF8.self)))
                } else {
                    index += 1  // a character Swift does not allow here; ignore it
                }
            }
        }
        return (tokens, problems)
    }

    // MARK: - Pieces

    private mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset + 1
    }

    private func peek(_ distance: Int) -> UInt8? {
        index + distance < bytes.count ? bytes[index + distance] : nil
    }

    /// Skips a block comment at `index`, counting nesting; `false` when it never ends.
    private mutating func skipBlockComment() -> Bool {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if byte == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return true }
            } else {
                if byte == 0x0A { newLine(at: index) }
                index += 1
            }
        }
        return false
    }

    private struct Literal {
        var value: String
        var interpolated: Bool
    }

    private struct LiteralError: Error {
        var message: String
    }

    /// Reads a string literal whose opening quote is at `index` (after `hashes` `#` of a raw string).
    private mutating func readString(hashes: Int) -> Result<Literal, LiteralError> {
        let multiLine = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        let quotes = multiLine ? 3 : 1
        index += quotes
        if multiLine {
            // The content starts on the next line.
            while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            if index < bytes.count { newLine(at: index); index += 1 }
        }
        var value: [UInt8] = []
        var interpolated = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\""), closes(quotes: quotes, hashes: hashes) {
                index += quotes + hashes
                if multiLine { Self.dropLastLine(&value) }
                return .success(Literal(value: String(decoding: value, as: UTF8.self), interpolated: interpolated))
            }
            if byte == 0x0A {
                guard multiLine else { return .failure(LiteralError(message: "unterminated string literal")) }
                newLine(at: index)
                value.append(byte)
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\\"), hasHashes(hashes, after: index) {
                index += 1 + hashes
                guard index < bytes.count else { break }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "("):
                    interpolated = true
                    value += Array("\\(".utf8)
                    if !skipInterpolation() { return .failure(LiteralError(message: "unterminated string interpolation")) }
                    value.append(UInt8(ascii: ")"))
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "0"): value.append(0)
                case 0x0A: newLine(at: index - 1)  // a line continuation in a multi-line string
                default: value.append(escaped)  // \" \\ \' and \u{...} kept as written after the backslash
                }
                continue
            }
            value.append(byte)
            index += 1
        }
        return .failure(LiteralError(message: "unterminated string literal"))
    }

    private func closes(quotes: Int, hashes: Int) -> Bool {
        for offset in 0..<quotes where peek(offset) != UInt8(ascii: "\"") { return false }
        for offset in 0..<hashes where peek(quotes + offset) != UInt8(ascii: "#") { return false }
        return true
    }

    private func hasHashes(_ hashes: Int, after position: Int) -> Bool {
        for offset in 0..<hashes {
            let at = position + 1 + offset
            if at >= bytes.count || bytes[at] != UInt8(ascii: "#") { return false }
        }
        return true
    }

    /// Skips the code of `\( ... )` up to its closing parenthesis, counting nested parentheses and stepping over
    /// simple string literals inside; `false` when the file ends first.
    private mutating func skipInterpolation() -> Bool {
        var depth = 1
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A { newLine(at: index - 1) }
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// Removes the closing line of a multi-line literal (the indentation before `"""`) and its line break.
    private static func dropLastLine(_ value: inout [UInt8]) {
        while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
        if value.last == 0x0A { value.removeLast() }
        if value.last == 0x0D { value.removeLast() }
    }

    private mutating func readIdentifierText() -> String {
        let start = index
        while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$") || byte >= 0x80
    }

    private func isIdentifierByte(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    private func isOperatorByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"),
             UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
