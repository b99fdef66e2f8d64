/// Recognises module specifiers in JavaScript or TypeScript source: `require('x')`, `import('x')`,
/// `import ... from 'x'`, `export ... from 'x'`, `import 'x'`, and sub-paths (`'x/sub'`). TypeScript's type-only
/// statements (`import type { A } from 'x'`, `export type * from 'x'`) import nothing at run time: the compiler
/// erases them, so a bundle holds nothing of `x` for them and they are left out.
enum ModuleImports {
    /// The longest specifier read; a longer string literal is no module name.
    static let maximumSpecifierLength = 512

    /// A module specifier found in source, with the position of the `from` before it when a declaration's clause
    /// precedes it (`import { a } from 'x'`, `export { a } from 'x'`).
    struct Found: Equatable {
        let specifier: String
        let from: Int?
    }

    /// The module specifiers of `source`, in order of appearance: package names with their sub-paths
    /// (`yaml`, `dotenv/config`) and relative paths (`./lib/ids`).
    static func specifiers(in source: [UInt8]) -> [String] {
        imports(in: source).map(\.specifier)
    }

    /// The module specifiers of `source` (`specifiers(in:)`), each with where its statement's `from` is. The
    /// strings and template-literal texts that are no specifier are passed over, so the text inside them imports
    /// nothing (a build script that rewrites `import X from '../index.js'` in a package's files holds that line in a
    /// template literal: Mitt Helsingborg's `scripts/react-native-blob-util_warning.js`); the code of a template's
    /// `${...}` expressions is read as code. A string ends at its line's end at the latest, and a backtick opens a
    /// template only where an expression may start (`JavaScriptLiterals.opensTemplate`), so a quote or backtick in a
    /// regular expression, a comment or markup text hides at most the rest of its line. Comments are read like
    /// code: an import that a comment keeps counts, as it did before literals were passed over.
    static func imports(in source: [UInt8]) -> [Found] {
        var found: [Found] = []
        var index = 0
        // For each template expression being read, innermost last, the braces opened inside it and not yet closed.
        var openExpressions: [Int] = []
        /// Passes over a template literal's text from `start`, entering the expression it opens, if it does.
        func readTemplateText(from start: Int) {
            guard let text = JavaScriptLiterals.templateText(source, from: start) else {
                index = start
                return
            }
            index = text.end
            if text.opensExpression { openExpressions.append(0) }
        }
        while index < source.count {
            let quote = source[index]
            if !openExpressions.isEmpty, quote == UInt8(ascii: "{") || quote == UInt8(ascii: "}") {
                if quote == UInt8(ascii: "{") {
                    openExpressions[openExpressions.count - 1] += 1
                    index += 1
                } else if openExpressions[openExpressions.count - 1] > 0 {
                    openExpressions[openExpressions.count - 1] -= 1
                    index += 1
                } else {
                    openExpressions.removeLast()
                    readTemplateText(from: index + 1)
                }
                continue
            }
            guard quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let (isImport, from) = importBefore(source, index)
            guard isImport else {
                if quote == UInt8(ascii: "`") {
                    if JavaScriptLiterals.opensTemplate(source, at: index) {
                        readTemplateText(from: index + 1)
                    } else {
                        index += 1
                    }
                } else {
                    index = JavaScriptLiterals.endOfString(source, at: index)
                }
                continue
            }
            let start = index + 1
            var end = start
            while end < source.count, end - start <= maximumSpecifierLength, source[end] != quote, source[end] != 10 {
                end += 1
            }
            if end < source.count, source[end] == quote, end > start {
                found.append(Found(specifier: String(decoding: source[start..<end], as: UTF8.self), from: from))
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The package a specifier names (`@scope/name` or `name`, without a sub-path); `nil` for relative and absolute
    /// paths and for Node's built-in modules (`node:fs`).
    static func packageName(of specifier: String) -> String? {
        guard let first = specifier.first, first != ".", first != "/", !specifier.hasPrefix("node:") else { return nil }
        let segments = specifier.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        if first == "@" {
            return segments.count >= 2 && !segments[1].isEmpty ? segments[0] + "/" + segments[1] : nil
        }
        return String(segments[0])
    }

    /// Whether a specifier is a path relative to the importing file (`./x`, `../x`).
    static func isRelative(_ specifier: String) -> Bool {
        specifier.hasPrefix("./") || specifier.hasPrefix("../") || specifier == "." || specifier == ".."
    }

    /// Whether the text before a string literal that starts at `quote` makes it a module specifier, and where the
    /// `from` before it starts, if one does.
    private static func importBefore(_ source: [UInt8], _ quote: Int) -> (Bool, from: Int?) {
        var position = skipBlanksBackwards(source, quote)
        if position > 0, source[position - 1] == UInt8(ascii: "(") {
            position = skipBlanksBackwards(source, position - 1)
            return (["require", "import"].contains(word(before: position, in: source)), nil)
        }
        switch word(before: position, in: source) {
        case "import": return (true, nil)
        case "from": return (!isTypeOnlyStatement(source, from: position - 4), position - 4)
        default: return (false, nil)
        }
    }

    /// How far back from `from` the statement's `import` or `export` is looked for: an import clause listing many
    /// names across lines stays well within it.
    private static let maximumClauseLength = 4096

    /// The `import` or `export` that starts the statement whose `from` starts at `from`: whether it is `import`, and
    /// where the clause after the word starts; `nil` when neither is near enough.
    static func statementStart(_ source: [UInt8], from: Int) -> (isImport: Bool, clauseStart: Int)? {
        var start = from - 6
        while start >= max(0, from - maximumClauseLength) {
            let end = start + 6
            let isImport = source[start..<end].elementsEqual(importWord)
            if isImport || source[start..<end].elementsEqual(exportWord),
               start == 0 || !isIdentifier(source[start - 1]), !isIdentifier(source[end]) {
                return (isImport, end)
            }
            start -= 1
        }
        return nil
    }

    /// Whether the statement whose `from` starts at `from` is type-only: its `import` or `export` is followed by
    /// `type` and a clause (`type { A }`, `type A`, `type * as A`), not by a default import named `type`
    /// (`import type from 'x'`, `import type, { a } from 'x'`).
    private static func isTypeOnlyStatement(_ source: [UInt8], from: Int) -> Bool {
        guard let (_, end) = statementStart(source, from: from) else { return false }
        var clause = source[end..<from].drop { [9, 10, 13, 32].contains($0) }
        guard clause.starts(with: typeWord) else { return false }
        clause = clause.dropFirst(typeWord.count)
        guard let next = clause.first, [9, 10, 13, 32, UInt8(ascii: "{"), UInt8(ascii: "*")].contains(next)
        else { return false }
        let following = clause.drop { [9, 10, 13, 32].contains($0) }.first
        return following != nil && following != UInt8(ascii: ",")
    }

    private static let importWord = Array("import".utf8)
    private static let exportWord = Array("export".utf8)
    private static let typeWord = Array("type".utf8)

    private static func skipBlanksBackwards(_ source: [UInt8], _ end: Int) -> Int {
        var position = end
        while position > 0, [9, 10, 13, 32].contains(source[position - 1]) { position -= 1 }
        return position
    }

    private static func word(before end: Int, in source: [UInt8]) -> String {
        var start = end
        while start > 0, end - start < 8, isIdentifier(source[start - 1]) { start -= 1 }
        if start > 0, isIdentifier(source[start - 1]) { return "" }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95 || byte == 36
    }
}
