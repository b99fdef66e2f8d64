/// The imports of a TypeScript module that bring in nothing but types another module of the project exports (issue
/// 15): `import { IMarkdown } from '#components/markdown/parse-markdown'` where that module declares
/// `export interface IMarkdown`. The compiler erases such an import, so the importing module's bundle holds nothing of
/// the imported module; a graph of what runs where (`NextServerComponents`) does not follow it. Words are read, not
/// parsed, as `TypeScriptImportElision` reads them.
enum TypeOnlyImports {
    /// The names the import declarations of `source` bind, by specifier (their union when several declarations name
    /// one specifier); a specifier with a declaration that binds no plain names (`import 'x'`, `export * from`) is
    /// left out, since it may run the module.
    static func importedNames(in source: [UInt8]) -> [String: [String]] {
        var names: [String: [String]] = [:]
        var unnamed: Set<String> = []
        for found in ModuleImports.imports(in: source) {
            guard let from = found.from, let clause = TypeScriptImportElision.clause(in: source, from: from),
                  !clause.names.isEmpty else {
                unnamed.insert(found.specifier)
                continue
            }
            names[found.specifier, default: []] += clause.names
        }
        for specifier in unnamed { names[specifier] = nil }
        return names
    }

    /// The names `source` exports as types alone: `export interface Name`, `export type Name = ...` or
    /// `export type Name<T> = ...`, also after `declare`; not `export type { Name }`, which re-exports, nor a name it
    /// also exports as a value (zod's `export const Contact = z.object(...)` beside `export type Contact`), nor a name
    /// in an `export { ... }` list.
    static func typeExports(in source: [UInt8]) -> Set<String> {
        let words = identifierTokens(source)
        var found: Set<String> = []
        var values: Set<String> = []
        let valueKeywords: Set<String> = ["const", "let", "var", "function", "class", "enum", "async", "abstract", "*"]
        for (index, word) in words.enumerated() where word == "export" {
            var after = index + 1
            while after < words.count, valueKeywords.contains(words[after]) || words[after] == "declare" { after += 1 }
            if after > index + 1, after < words.count, words[after - 1] != "declare" { values.insert(words[after]) }
            if after < words.count, words[after] == "{" {
                var member = after + 1
                while member < words.count, words[member] != "}" {
                    values.insert(words[member])
                    member += 1
                }
            }
        }
        for (index, word) in words.enumerated() where word == "export" {
            var next = index + 1
            if next < words.count, words[next] == "declare" { next += 1 }
            guard next + 1 < words.count, words[next] == "interface" || words[next] == "type",
                  let first = words[next + 1].unicodeScalars.first, first == "_" || first == "$" || first.properties.isAlphabetic
            else { continue }
            found.insert(words[next + 1])
        }
        return found.subtracting(values)
    }

    /// The identifiers of `source` and each other character that is no blank, in order (`{` after `type` tells a
    /// re-export from a declaration).
    private static func identifierTokens(_ source: [UInt8]) -> [String] {
        var tokens: [String] = []
        var start: Int?
        func isIdentifierByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "$") || byte >= 0x80
        }
        for (index, byte) in source.enumerated() {
            if isIdentifierByte(byte) {
                if start == nil { start = index }
                continue
            }
            if let begin = start {
                tokens.append(String(decoding: source[begin..<index], as: UTF8.self))
                start = nil
            }
            if byte > 0x20 { tokens.append(String(UnicodeScalar(byte))) }
        }
        if let begin = start { tokens.append(String(decoding: source[begin...], as: UTF8.self)) }
        return tokens
    }
}
