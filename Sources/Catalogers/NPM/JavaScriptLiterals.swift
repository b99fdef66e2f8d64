/// Where the comments, strings and template-literal texts of JavaScript or TypeScript source end, so that a scan for
/// imports can pass over them (`ModuleImports`). A lexer's view, not a parser's: a regular expression literal holding
/// a quote is not told apart from a string, as no reading short of parsing could.
enum JavaScriptLiterals {
    private static let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), newline = UInt8(10)
    private static let backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`"), dollar = UInt8(ascii: "$")
    private static let open = UInt8(ascii: "{")

    /// The position after the comment that starts at `start` (`//` to the end of the line, `/*` to `*/`); `nil` when
    /// no comment starts there or a block comment is not closed.
    static func endOfComment(_ source: [UInt8], at start: Int) -> Int? {
        guard start + 1 < source.count, source[start] == slash else { return nil }
        if source[start + 1] == slash {
            var end = start + 2
            while end < source.count, source[end] != newline { end += 1 }
            return end
        }
        guard source[start + 1] == star else { return nil }
        var end = start + 2
        while end + 1 < source.count {
            if source[end] == star, source[end + 1] == slash { return end + 2 }
            end += 1
        }
        return nil
    }

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
}
