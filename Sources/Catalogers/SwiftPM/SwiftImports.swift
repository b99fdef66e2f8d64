/// The modules a Swift source file imports, read line by line without parsing Swift.
enum SwiftImports {
    /// The first of `modules` that a file of the package in `folder` (relative to the scanned root) imports from its
    /// own `Sources/`, with that file, in the order `SourceFolderFiles` walks them; `nil` when none does or when the
    /// sources were not walked whole (an unread file could import anything).
    static func first(inPackage folder: String, among modules: Set<String>,
                      context: CatalogContext) -> (module: String, file: String)? {
        let sources = SourceFolderFiles(under: folder.isEmpty ? "Sources" : folder + "/Sources", extensions: ["swift"],
                                        context: context)
        guard sources.isComplete else { return nil }
        for file in sources.files {
            guard let text = SourceFolderFiles.text(of: file, context: context),
                  let module = first(in: text, among: modules) else { continue }
            return (module, file)
        }
        return nil
    }

    /// The first of `modules` that a line of `text` imports, if any (a comment after the import is left aside; an
    /// attribute before `import` is allowed).
    static func first(in text: String, among modules: Set<String>) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
            var words = code.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.first?.hasPrefix("@") == true { words.removeFirst() }
            guard words.count == 2, words[0] == "import", modules.contains(String(words[1])) else { continue }
            return String(words[1])
        }
        return nil
    }
}
