import SovScanModel

/// The imports the TypeScript compiler leaves out of its output (issue 15). An import declaration none of whose
/// names the module uses is erased like a type-only one: OS2IoT's front end has
/// `import { buildDriverProvider } from 'protractor/built/driverProviders'` in a service that calls nothing of it,
/// and its Angular bundle holds nothing of Protractor. esbuild and the TypeScript transforms of Babel and SWC erase
/// such imports too, unless the project asks for imports as written (`verbatimModuleSyntax`,
/// `preserveValueImports`, `importsNotUsedAsValues`; `projectKeepsImports`).
///
/// Only TypeScript modules (`.ts`, `.tsx`, `.mts`, `.cts`) are read so: a Vue or Svelte component uses its imports
/// in its template, and JavaScript keeps every import. An import without names (`import 'x'`) runs for its effects
/// and stays; a name counts as used when the same word appears anywhere else in the file, also in a comment or a
/// string (words are read, nothing is parsed), and in a `.tsx` module the names JSX compiles to (`React`, `h`)
/// always count as used.
enum TypeScriptImportElision {
    /// The extensions of the TypeScript modules whose unused imports are erased.
    static let extensions: Set<String> = ["ts", "tsx", "mts", "cts"]

    /// The names a JSX element compiles to with the classic transforms (React's, Preact's and Vue's).
    static let jsxFactoryNames: Set<String> = ["React", "h", "jsx", "Fragment", "createElement"]

    /// The options of a TypeScript configuration that keep imports the module does not use.
    static let keepingOptions = ["verbatimModuleSyntax", "preserveValueImports", "importsNotUsedAsValues"]

    /// Whether the module at `path` is one whose unused imports the compiler erases.
    static func applies(to path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return extensions.contains(String(path[path.index(after: dot)...])) && !path.hasSuffix(".d.ts")
    }

    /// The specifiers of `source`, a TypeScript module, less those of the import declarations the compiler erases;
    /// `jsx` says the module may hold JSX (`.tsx`).
    static func specifiers(in source: [UInt8], jsx: Bool) -> [String] {
        let found = ModuleImports.imports(in: source)
        let clauses = found.map { found in found.from.flatMap { clause(in: source, from: $0) } }
        let names = Set(clauses.compactMap { $0?.names }.joined())
        guard !names.isEmpty || clauses.contains(where: { $0?.names.isEmpty == true }) else { return found.map(\.specifier) }
        let counts = wordCounts(in: source[...], of: names)
        return zip(found, clauses).compactMap { declaration, clause in
            guard let clause else { return declaration.specifier }
            let inClause = wordCounts(in: source[clause.range], of: Set(clause.names))
            let used = clause.names.contains { name in
                (jsx && jsxFactoryNames.contains(name)) || (counts[name] ?? 0) > (inClause[name] ?? 0)
            }
            return used ? declaration.specifier : nil
        }
    }

    /// The names an import declaration's clause binds (`Default`, `* as All`, `{ a, b as c }`), with the clause's
    /// place; the names of type-only specifiers (`{ type A }`) are left out, since the compiler erases them. `nil`
    /// for an `export ... from` statement, a clause that is not plain names, and `{}`, which are kept.
    static func clause(in source: [UInt8], from: Int) -> (names: [String], range: Range<Int>)? {
        guard let (isImport, start) = ModuleImports.statementStart(source, from: from), isImport else { return nil }
        let text = String(decoding: source[start..<from], as: UTF8.self)
        var names: [String] = []
        var specifiers = 0
        let outside: Substring
        if let open = text.firstIndex(of: "{") {
            guard let close = text.lastIndex(of: "}"), open < close else { return nil }
            outside = text[..<open]
            for element in text[text.index(after: open)..<close].split(separator: ",") {
                let words = element.split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
                guard !words.isEmpty else { continue }
                specifiers += 1
                if words.count == 2 && words[0] == "type" || words.count == 4 && words[0] == "type" { continue }
                names.append(String(words.last ?? ""))
            }
            guard specifiers > 0 else { return nil }
        } else {
            outside = text[...]
        }
        for part in outside.split(separator: ",") {
            let words = part.split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            guard let last = words.last else { continue }
            names.append(String(last))
        }
        guard names.allSatisfy({ $0.utf8.allSatisfy(ModuleImports.isIdentifier) }) else { return nil }
        return (names, start..<from)
    }

    /// How often each of `names` appears as a whole word in `text`.
    static func wordCounts(in text: ArraySlice<UInt8>, of names: Set<String>) -> [String: Int] {
        var counts: [String: Int] = [:]
        var index = text.startIndex
        while index < text.endIndex {
            guard ModuleImports.isIdentifier(text[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < text.endIndex, ModuleImports.isIdentifier(text[end]) || text[end] >= 0x80 { end += 1 }
            let word = String(decoding: text[index..<end], as: UTF8.self)
            if names.contains(word) { counts[word, default: 0] += 1 }
            index = end
        }
        return counts
    }

    /// Whether the TypeScript configuration of the project in `folder` (relative to the scanned root) keeps imports
    /// the module does not use, or may: one of its `tsconfig*.json` files (else the nearest one above it, and what
    /// they extend in the repository) sets an option of `keepingOptions`, or extends a configuration the scan
    /// cannot read: a package's (`@vue/tsconfig` sets `verbatimModuleSyntax`) or one the framework generates
    /// (SvelteKit's `.svelte-kit/tsconfig.json`, which sets it too).
    static func projectKeepsImports(folder: String, context: CatalogContext) -> Bool {
        var pending = configurationFiles(near: folder, context: context)
        var seen = Set(pending)
        while let path = pending.popLast() {
            guard case .success(let bytes) = context.files.read(context.absolutePath(path), reportedAs: path) else { return true }
            let text = String(decoding: bytes, as: UTF8.self)
            if keepingOptions.contains(where: { text.contains("\"\($0)\"") }) { return true }
            for base in extendedConfigurations(in: text) {
                guard base.hasPrefix(".") else { return true }
                let resolved = NPMPath.join(NPMPath.parent(path), base)
                let file = resolved.hasSuffix(".json") ? resolved : resolved + ".json"
                if seen.insert(file).inserted { pending.append(file) }
            }
        }
        return false
    }

    /// The `tsconfig*.json` files of `folder`, else the `tsconfig.json` of the nearest folder above it.
    private static func configurationFiles(near folder: String, context: CatalogContext) -> [String] {
        var current = folder
        while true {
            let names = context.files.contents(ofFolder: context.absolutePath(current))
            let own = names.filter { $0.hasPrefix("tsconfig") && $0.hasSuffix(".json") }
            if current == folder, !own.isEmpty { return own.map { NPMPath.join(current, $0) } }
            if names.contains("tsconfig.json") { return [NPMPath.join(current, "tsconfig.json")] }
            if current.isEmpty { return [] }
            current = NPMPath.parent(current)
        }
    }

    /// The configurations an `extends` names: one string, or an array of strings.
    private static func extendedConfigurations(in text: String) -> [String] {
        guard let key = text.range(of: "\"extends\"") else { return [] }
        var rest = text[key.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        var names: [String] = []
        let isArray = rest.first == "["
        if isArray { rest = rest.dropFirst() }
        while let open = rest.firstIndex(of: "\"") {
            if !isArray, !names.isEmpty { break }
            if isArray, let close = rest.firstIndex(of: "]"), close < open { break }
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "\"") else { break }
            names.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
            if !isArray { break }
        }
        return names
    }
}
