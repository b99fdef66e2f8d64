/// Where the strings and template-literal texts of JavaScript or TypeScript source end, so that a scan for imports can
/// pass over them (`ModuleImports`). A lexer's view, not a parser's: a regular expression literal or a comment holding
/// a quote is not told apart from code, so each rule bounds what a misreading can hide (`opensTemplate`).
enum JavaScriptLiterals {
    private static let newline = UInt8(10)
    private static let backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`"), dollar = UInt8(ascii: "$")
    private static let open = UInt8(ascii: "{")

    /// Whether the backtick at `start` opens a template literal by what precedes it (blanks passed over): the start
    /// of the source or of a line, an operator or punctuation after which an expression starts (`=`, `(`, `,`, `:`,
    /// `[`, `{`, `;`, `?`, `+`, `!`, `&`, `|`, `=>`), or a word (a tag, `return`). A backtick after `/` (a regular
    /// expression's), `>` (markup text) or `)` opens none.
    static func opensTemplate(_ source: [UInt8], at start: Int) -> Bool {
        var before = start - 1
        while before >= 0, source[before] == UInt8(ascii: " ") || source[before] == UInt8(ascii: "\t") { before -= 1 }
        guard before >= 0 else { return true }
        let byte = source[before]
        if byte == newline || expressionStarts.contains(byte) || ModuleImports.isIdentifier(byte) { return true }
        return byte == UInt8(ascii: ">") && before > 0 && source[before - 1] == UInt8(ascii: "=")
    }

    /// The bytes after which an expression, and so a template literal, may start.
    private static let expressionStarts: Set<UInt8> = Set("=(,:[{;?+!&|".utf8)

    /// The position after the `'` or `"` string that the quote at `start` opens: its closing quote, or the line break
    /// that ends an unclosed one.
    static func endOfString(_ source: [UInt8], at start: Int) -> Int {
        let quote = source[start]
        var end = start + 1
        while end < source.count, source[end] != quote, source[end] != newline {
            end += source[end] == backslash ? 2 : 1
        }
        return min(end + 1, source.count)
    }

    /// Reads a template literal's text from `start` (after its opening backtick, or after the `}` that closes one of
    /// its expressions): the position after the closing backtick, or after the `${` that opens an expression
    /// (`opensExpression`), whose code is read as code; `nil` when the literal is not closed.
    static func templateText(_ source: [UInt8], from start: Int) -> (end: Int, opensExpression: Bool)? {
        var end = start
        while end < source.count {
            switch source[end] {
            case backslash:
                end += 2
            case backtick:
                return (end + 1, false)
            case dollar where end + 1 < source.count && source[end + 1] == open:
                return (end + 2, true)
            default:
                end += 1
            }
        }
        return nil
    }

    /// The source with its comments (`//` to the end of the line, `/* */`) replaced by a blank, its strings and
    /// template literals kept as they are: what a configuration file sets, not what a comment says it could set
    /// (`// format: 'iife'`). A lexer's view as above: outside strings a backslash passes over the next byte (a
    /// regular expression's `\/`), and a regular expression literal holding a quote may still hide the rest of its
    /// line.
    static func withoutComments(_ source: [UInt8]) -> [UInt8] {
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), blank = UInt8(ascii: " ")
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                let end = endOfString(source, at: index)
                output += source[index..<end]
                index = end
            } else if byte == backtick {
                var end = index + 1
                while end < source.count, source[end] != backtick { end += source[end] == backslash ? 2 : 1 }
                end = min(end + 1, source.count)
                output += source[index..<end]
                index = end
            } else if byte == backslash {
                output += source[index..<min(index + 2, source.count)]
                index += 2
            } else if byte == slash, index + 1 < source.count, source[index + 1] == slash {
                while index < source.count, source[index] != newline { index += 1 }
                output.append(blank)
            } else if byte == slash, index + 1 < source.count, source[index + 1] == star {
                index += 2
                while index < source.count, !(source[index] == star && index + 1 < source.count
                                                && source[index + 1] == slash) {
                    index += 1
                }
                index += 2
                output.append(blank)
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}
