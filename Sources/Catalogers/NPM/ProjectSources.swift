import SovScanModel

/// The JavaScript and TypeScript source files of one npm project with the module specifiers each imports, and the
/// links between them that relative specifiers make (`import { newId } from './lib/ids'`). A TypeScript module's
/// imports that the compiler erases, since the module uses none of their names, are left out
/// (`TypeScriptImportElision`).
///
/// Bounded and deterministic: the project's folder is walked in name order, outside `node_modules` and hidden
/// folders (every other folder, whatever its name), reading at most `Bounds.files` source files of at most
/// `maximumFileSize` bytes each (larger files are bundles or generated code, and are skipped), and listing at most
/// `Bounds.entries` folder entries. Folders a caller needs whole are read first (a bundled application's
/// user-interface folders), so that a bound reached in the rest of a large project leaves them complete.
struct ProjectSources {
    /// The most source files read and folder entries listed per project.
    struct Bounds: Sendable {
        var files: Int
        var entries: Int

        /// The bounds of a scan: twice the source files of the largest project of the labelled samples (5,481 in
        /// HPI's Schul-Cloud server; the largest user interface, pass Culture's, has 4,438), and ten entries per
        /// file, so that a real project is read whole while a vendored tree cannot stall the scan.
        static let standard = Bounds(files: 10_000, entries: 100_000)
    }

    /// The largest source file read, in bytes.
    static let maximumFileSize = 512 << 10
    /// The extensions of the files read for imports, in the order a specifier without one is resolved.
    static let sourceExtensions = ["ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts", "vue", "svelte"]

    /// The project's folder, relative to the scanned root.
    let folder: String
    /// The module specifiers of each source file read, by path relative to the scanned root.
    let specifiers: [String: [String]]
    /// Whether every source file of the project was read; when not, a bound stopped the walk after the folders read
    /// first, which are whole.
    var isComplete = true
    /// The source files that open with the `'use client'` directive (`ClientDirective`).
    var clientModules: Set<String> = []

    /// Reads the source files under `folder` (relative to the scanned root), first those of `first` (folders
    /// relative to `folder`; those it lacks are passed over), then the rest. `nil` when a bound was reached before
    /// `first` was read, since an unread file could import anything; a bound reached later gives sources that are
    /// not complete.
    static func read(folder: String, first: [String] = [], bounds: Bounds = .standard,
                     context: CatalogContext) -> ProjectSources? {
        var reader = context.files
        reader.maximumSize = maximumFileSize
        let extensions = Set(sourceExtensions)
        var specifiers: [String: [String]] = [:]
        var clientModules: Set<String> = []
        let erasesUnusedImports = !TypeScriptImportElision.projectKeepsImports(folder: folder, context: context)
        var files = 0
        var entries = 0
        /// Walks `start` but not `passedOver`; `false` when a bound stopped it.
        func walk(_ start: String, passingOver passedOver: Set<String>) -> Bool {
            var pending = [start]
            while let current = pending.popLast() {
                let listed = context.files.contents(ofFolder: context.absolutePath(current))
                entries += listed.count
                guard entries <= bounds.entries else { return false }
                // Hidden folders are tools' (`.git`, `.next`), except React Router's `.server` and `.client`
                // module folders, which ship.
                for name in listed.reversed()
                where (!name.hasPrefix(".") || name == ".server" || name == ".client") && name != "node_modules" {
                    let path = NPMPath.join(current, name)
                    // A folder is known by its type, not its name: Next.js's catch-all routes
                    // (`app/docs/[...slug]`) hold pages that ship.
                    if context.files.isFolder(context.absolutePath(path)) {
                        if !passedOver.contains(path) { pending.append(path) }
                        continue
                    }
                    guard let dot = name.lastIndex(of: "."),
                          extensions.contains(String(name[name.index(after: dot)...])) else { continue }
                    files += 1
                    guard files <= bounds.files else { return false }
                    guard case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) else { continue }
                    specifiers[path] = TypeScriptImportElision.applies(to: path) && erasesUnusedImports
                        ? TypeScriptImportElision.specifiers(in: bytes, jsx: path.hasSuffix(".tsx"))
                        : ModuleImports.specifiers(in: bytes)
                    if ClientDirective.isDeclared(in: bytes) { clientModules.insert(path) }
                }
            }
            return true
        }
        let firstFolders = first.map { NPMPath.join(folder, $0) }.filter { context.files.isFolder(context.absolutePath($0)) }
        for path in firstFolders {
            guard walk(path, passingOver: []) else { return nil }
        }
        let isComplete = walk(folder, passingOver: Set(firstFolders))
        var sources = ProjectSources(folder: folder, specifiers: specifiers, isComplete: isComplete)
        sources.clientModules = clientModules
        return sources
    }

    /// The packages `file` imports (`yaml` for `'yaml'` and `'yaml/util'`).
    func packages(importedBy file: String) -> Set<String> {
        Set((specifiers[file] ?? []).compactMap(ModuleImports.packageName))
    }

    /// The files of the project that `file` imports by relative specifiers.
    func files(importedBy file: String) -> [String] {
        let folder = NPMPath.parent(file)
        return (specifiers[file] ?? []).filter(ModuleImports.isRelative).compactMap { resolve(NPMPath.join(folder, $0)) }
    }

    /// The source file a path names as Node.js and TypeScript resolve it: the file itself, the path with a source
    /// extension, the folder's `index` file, or the TypeScript file an ECMAScript-module import names with a `.js`
    /// extension (`./ids.js` for `ids.ts`); `nil` when the project has none of them.
    func resolve(_ path: String) -> String? {
        if specifiers[path] != nil { return path }
        for candidate in Self.sourceExtensions.map({ path + "." + $0 }) + Self.sourceExtensions.map({ path + "/index." + $0 })
        where specifiers[candidate] != nil {
            return candidate
        }
        for (javaScript, typeScript) in [(".js", ".ts"), (".js", ".tsx"), (".mjs", ".mts"), (".cjs", ".cts")]
        where path.hasSuffix(javaScript) {
            let candidate = String(path.dropLast(javaScript.count)) + typeScript
            if specifiers[candidate] != nil { return candidate }
        }
        return nil
    }

    /// The source file a script runs by `path` (relative to the project's folder): the file itself, or, for a
    /// compiled file that the repository does not hold (`node bin/internal/build.js` after `tsc`), its source under
    /// `src` when the path starts with a usual output folder (`dist`, `bin`, `build`, `lib`, `out`).
    func resolve(ranFile path: String) -> String? {
        let inside = NPMPath.join(path)
        if let file = resolve(NPMPath.join(folder, inside)) { return file }
        let segments = inside.split(separator: "/", maxSplits: 1)
        guard segments.count == 2, ["dist", "bin", "build", "lib", "out"].contains(segments[0]) else { return nil }
        return resolve(NPMPath.join(folder, "src", String(segments[1])))
    }

    /// Whether a file only serves the project's tests, stories or mocks (`*.test.ts`, `*.spec.js`, `*.stories.tsx`,
    /// Cucumber's `*.steps.ts`, or a file under `test`, `tests`, `__test__`, `__tests__`, `__mocks__`, `e2e`,
    /// `cypress` or Cucumber's `step_definitions`): what it imports is not used
    /// by what the project ships. Only the part of the path inside the project's folder counts.
    func isTestFile(_ path: String) -> Bool {
        Self.isTestPath(inside(path))
    }

    /// Whether a path inside a project (relative to its folder) names a test, story or mock file, as `isTestFile`
    /// tells.
    static func isTestPath(_ inside: Substring) -> Bool {
        let segments = inside.split(separator: "/")
        let folders = segments.dropLast()
        if folders.contains(where: {
            ["test", "tests", "__test__", "__tests__", "__mocks__", "e2e", "cypress", "step_definitions",
             "step-definitions"].contains($0)
        }) {
            return true
        }
        let name = segments.last ?? ""
        return [".test.", ".spec.", ".stories.", ".steps."].contains { name.contains($0) }
    }

    /// The part of a file's path (relative to the scanned root) inside the project's folder.
    func inside(_ path: String) -> Substring {
        folder.isEmpty ? Substring(path) : path.dropFirst(folder.count + 1)
    }
}
