import SovScanModel

/// The module path aliases of a project's `tsconfig.json` or `jsconfig.json` (issue 15): `compilerOptions.paths`
/// (`"@/*": ["./src/*"]`, `"#components/*": ["./components/*"]`) and `baseUrl`, which let a file import another by a
/// name that is no relative path (`import parse from '#components/markdown/parse-markdown'`). Next.js and Vite
/// projects use them for most of their own imports, so the graph of a project's files needs them.
///
/// Read from the project's own configuration file only (the first of `tsconfig.json` and `jsconfig.json`, as the
/// compiler takes it, `ProjectConfigurationFile`; an `extends` is not followed), tolerating the comments and
/// trailing commas TypeScript accepts. Targets are relative to `baseUrl` when it is set, else to the file's folder.
struct TypeScriptPathAliases {
    /// Each alias pattern with its target patterns, relative to the scanned root (`*` at most once in each).
    let paths: [(pattern: String, targets: [String])]
    /// The folder bare specifiers resolve against (`baseUrl`), relative to the scanned root; `nil` when not set.
    let baseFolder: String?

    /// The aliases of the project in `folder` (relative to the scanned root); `nil` when it has none.
    static func read(folder: String, context: CatalogContext) -> TypeScriptPathAliases? {
        guard let (_, bytes) = ProjectConfigurationFile.first(of: ["tsconfig.json", "jsconfig.json"], in: folder,
                                                              context: context, maximumSize: ProjectSources.maximumFileSize),
              let document = try? JSONDocument(bytes: withoutCommentsAndTrailingCommas(bytes)),
              let options = document.root["compilerOptions"]?.object else { return nil }
        let baseUrl = options["baseUrl"]?.string.map { NPMPath.join(folder, $0) }
        let relativeTo = baseUrl ?? folder
        let paths = (options["paths"]?.object?.members ?? []).map { member in
            (member.key, (member.value.array ?? []).compactMap(\.string).map { NPMPath.join(relativeTo, $0) })
        }
        guard !paths.isEmpty || baseUrl != nil else { return nil }
        return TypeScriptPathAliases(paths: paths, baseFolder: baseUrl)
    }

    /// The paths (relative to the scanned root, without extension) that a specifier may name, in the order
    /// TypeScript tries them: the targets of the matching alias patterns, then the path under `baseUrl`.
    func candidates(for specifier: String) -> [String] {
        var found: [String] = []
        for (pattern, targets) in paths {
            if let star = pattern.firstIndex(of: "*") {
                let prefix = pattern[..<star]
                let suffix = pattern[pattern.index(after: star)...]
                guard specifier.hasPrefix(prefix), specifier.hasSuffix(suffix),
                      specifier.count >= prefix.count + suffix.count else { continue }
                let middle = specifier.dropFirst(prefix.count).dropLast(suffix.count)
                found += targets.map { $0.replacing("*", with: middle) }
            } else if specifier == pattern {
                found += targets
            }
        }
        if let baseFolder { found.append(NPMPath.join(baseFolder, specifier)) }
        return found
    }

    /// JSON with comments (`//`, `/* */`) and commas before a closing bracket removed, strings kept as they are: the
    /// comments go as `JavaScriptLiterals.withoutComments` removes them, then the trailing commas.
    static func withoutCommentsAndTrailingCommas(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        let source = JavaScriptLiterals.withoutComments(bytes)
        output.reserveCapacity(source.count)
        var index = 0
        var pendingComma: Int?
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "\"") {
                var end = index + 1
                while end < source.count, source[end] != UInt8(ascii: "\"") {
                    end += source[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                output += source[index..<min(end + 1, source.count)]
                pendingComma = nil
                index = end + 1
            } else {
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]"), let comma = pendingComma {
                    output[comma] = UInt8(ascii: " ")
                }
                if byte == UInt8(ascii: ",") {
                    pendingComma = output.count
                } else if ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(byte) {
                    pendingComma = nil
                }
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}
