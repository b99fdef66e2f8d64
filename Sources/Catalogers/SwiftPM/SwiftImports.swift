/// The modules a Swift source file imports, read line by line without parsing Swift.
enum SwiftImports {
    /// The first of `modules` that a line of `text` imports, if any. A comment after the import is left aside, and
    /// so are attributes and an access level before `import` (`@preconcurrency import CoreBluetooth`,
    /// `public import UIKit`, Swift 6's access-level imports), the kind of a declaration imported alone
    /// (`import class UIKit.UIView`) and a submodule (`import UIKit.UIGestureRecognizerSubclass`); statements after
    /// `;` are read too.
    static func first(in text: String, among modules: Set<String>) -> String? {
        all(in: text, among: modules).first?.module
    }

    /// Every one of `modules` that a line of `text` imports, in the order of the lines (read as `first(in:among:)`),
    /// each with whether the import stands inside an `#if` block (`#if canImport(UIKit)`, `#if os(iOS)`): code that
    /// builds for several platforms imports a platform's framework only where it exists.
    static func all(in text: String, among modules: Set<String>) -> [(module: String, conditional: Bool)] {
        var found: [(module: String, conditional: Bool)] = []
        var depth = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
            let directive = code.drop(while: { $0 == " " || $0 == "\t" })
            if directive.hasPrefix("#if") {
                depth += 1
            } else if directive.hasPrefix("#endif") {
                depth = max(0, depth - 1)
            }
            for statement in code.split(separator: ";") {
                if let module = importedModule(statement), modules.contains(module) {
                    found.append((module, depth > 0))
                }
            }
        }
        return found
    }

    /// The module one statement imports (`UIKit` for `@_exported public import class UIKit.UIView`); `nil` for any
    /// other statement.
    static func importedModule(_ statement: Substring) -> String? {
        var words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let first = words.first, first.hasPrefix("@") || accessLevels.contains(first) { words.removeFirst() }
        guard words.first == "import" else { return nil }
        words.removeFirst()
        if let kind = words.first, importKinds.contains(kind) { words.removeFirst() }
        guard words.count == 1, let module = words.first?.split(separator: ".").first else { return nil }
        return String(module)
    }

    /// The access levels an import may carry (SE-0409).
    static let accessLevels: Set<Substring> = ["public", "package", "internal", "fileprivate", "private"]

    /// The kinds of a declaration imported alone (`import struct Foundation.Date`).
    static let importKinds: Set<Substring> = ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func"]
}

/// Which of some modules the files of a Swift package's own `Sources/` import, read once for every analysis that asks
/// (`VirtualizationHost`, `DeviceFrameworkImports`).
struct PackageImports {
    /// In the order `SourceFolderFiles` walks them, each file that imports one of the modules asked for, with those
    /// modules in the order of its lines and whether each import is conditional (`SwiftImports.all(in:among:)`).
    let files: [(file: String, modules: [(module: String, conditional: Bool)])]

    /// The imports among `modules` of the package in `folder` (relative to the scanned root): its `Sources/` and the
    /// folders its manifest's non-test targets name with `path:` (Nordic's nRF Connect Device Manager keeps its
    /// libraries in `iOSMcuManagerLibrary/Source`); `nil` when those sources were not walked whole (an unread file
    /// could import anything).
    static func read(inPackage folder: String, manifest: PackageManifest?, among modules: Set<String>,
                     context: CatalogContext) -> PackageImports? {
        var files: [(file: String, modules: [(module: String, conditional: Bool)])] = []
        for sourceFolder in sourceFolders(of: manifest) {
            let sources = SourceFolderFiles(under: folder.isEmpty ? sourceFolder : folder + "/" + sourceFolder,
                                            extensions: ["swift"], context: context)
            guard sources.isComplete else { return nil }
            for file in sources.files {
                guard let text = SourceFolderFiles.text(of: file, context: context) else { continue }
                let imported = SwiftImports.all(in: text, among: modules)
                if !imported.isEmpty { files.append((file, imported)) }
            }
        }
        return PackageImports(files: files)
    }

    /// `Sources` and the folders the manifest's non-test targets name with `path:`, less those outside the package
    /// and those inside another listed folder (whichever target names it first: `Lib/A` and then `Lib` read `Lib`
    /// once), each once in the manifest's order.
    static func sourceFolders(of manifest: PackageManifest?) -> [String] {
        var candidates = ["Sources"]
        for target in manifest?.targets ?? [] where !target.isTest {
            guard let declared = target.path, !declared.hasPrefix("/") else { continue }
            let path = NPMPath.join(declared)
            if !path.isEmpty, !path.hasPrefix(".."), !candidates.contains(path) { candidates.append(path) }
        }
        return candidates.filter { path in !candidates.contains { path.hasPrefix($0 + "/") } }
    }

    /// The first file that imports one of `modules`, with the first such module it imports, counting imports inside
    /// `#if` blocks only when `conditional` is true; `nil` when none does.
    func first(among modules: Set<String>, conditional: Bool = true) -> (module: String, file: String)? {
        for (file, imported) in files {
            if let found = imported.first(where: { modules.contains($0.module) && (conditional || !$0.conditional) }) {
                return (found.module, file)
            }
        }
        return nil
    }
}
