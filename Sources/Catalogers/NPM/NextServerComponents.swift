import SovScanModel

/// The dependencies of a Next.js App Router project that only its server runs (issue 15). In the App Router a module
/// is a Server Component unless it opens with `'use client'` (`ClientDirective`): the pages, layouts and route
/// handlers under `app/`, and every module they import that is not a client module, run on the server alone, and
/// nothing of them reaches the browser. A client module and everything it imports is bundled for the browser, and
/// so is every page of the older Pages Router (`pages/`, less its API routes). The Recherche d'entreprises site
/// (etalab) renders its FAQ's Markdown with unified, remark and rehype in server pages: those run on the server.
///
/// The project's module graph follows relative imports and the aliases of its `tsconfig.json`
/// (`TypeScriptPathAliases`: `#components/markdown/parse-markdown`), but not an import that brings in only types the
/// imported module exports (`TypeOnlyImports`: `import { IMarkdown }` of an `export interface`), which the compiler
/// erases. A dependency gets the server side when every
/// shipping file that imports it is reached from the server's entries (`app/`, `middleware`, `instrumentation`)
/// without passing a client module, and no client module's graph reaches any of them; a file that neither graph
/// reaches decides nothing (an import the graph cannot follow may reach it). Test, story, configuration and type
/// files do not count (`ProjectSources.isTestFile`, `BundledFrontEnd.isToolingFile`).
enum NextServerComponents {
    /// The dependencies (by package name) of the project whose `package.json` is `manifest` in `folder` (relative to
    /// the scanned root) that only its server imports, each with the words that say so; empty when it is no App
    /// Router project or its files were not all read.
    static func serverDependencies(manifest: PackageJSON, folder: String, sources: ProjectSources,
                                   context: CatalogContext) -> [String: String] {
        guard manifest.dependencies.contains(where: { $0.name == "next" }), sources.isComplete else { return [:] }
        let appFolders = ["app", "src/app"].map { NPMPath.join(folder, $0) }
            .filter { context.files.isFolder(context.absolutePath($0)) }
        guard !appFolders.isEmpty else { return [:] }
        let aliases = TypeScriptPathAliases.read(folder: folder, context: context)
        let files = sources.specifiers.keys.filter { !sources.isTestFile($0) && !BundledFrontEnd.isToolingFile($0) }.sorted()
        var modules = ModuleTexts(context: context)
        /// The project's modules that `file` imports for more than types.
        func imported(by file: String) -> [String] {
            var found: [String] = []
            for specifier in sources.specifiers[file] ?? [] {
                let target = ModuleImports.isRelative(specifier)
                    ? sources.resolve(NPMPath.join(NPMPath.parent(file), specifier))
                    : aliases?.candidates(for: specifier).lazy.compactMap({ sources.resolve($0) }).first
                guard let target, !modules.importsOnlyTypes(file, from: target, specifier: specifier) else { continue }
                found.append(target)
            }
            return found
        }
        func reach(from roots: [String], stoppingAt stop: Set<String>) -> Set<String> {
            var reached = Set(roots)
            var pending = roots
            while let file = pending.popLast() {
                for next in imported(by: file) where !stop.contains(next) && reached.insert(next).inserted {
                    pending.append(next)
                }
            }
            return reached
        }
        let inside = sources.inside
        let pagesRoutes = files.filter { file in
            let path = inside(file)
            let pages = path.hasPrefix("src/") ? path.dropFirst(4) : path
            return pages.hasPrefix("pages/") && !pages.hasPrefix("pages/api/")
        }
        let clientRoots = files.filter(sources.clientModules.contains) + pagesRoutes
        let serverRoots = files.filter { file in
            guard !sources.clientModules.contains(file) else { return false }
            if appFolders.contains(where: { file.hasPrefix($0 + "/") }) { return true }
            let path = inside(file)
            let top = path.hasPrefix("src/") ? path.dropFirst(4) : path
            let stem = top.split(separator: ".").first ?? ""
            return !top.contains("/") && (stem == "middleware" || stem == "instrumentation")
        }
        let client = reach(from: clientRoots, stoppingAt: [])
        let server = reach(from: serverRoots, stoppingAt: sources.clientModules)
        let shipping = Set(manifest.dependencies.filter { $0.kind != .dev }.map(\.name))
        var importers: [String: [String]] = [:]
        for file in files {
            for name in sources.packages(importedBy: file) where shipping.contains(name) {
                importers[name, default: []].append(file)
            }
        }
        var found: [String: String] = [:]
        for (name, files) in importers where !JavaScriptFrameworks.fullStack.contains(name) {
            guard files.allSatisfy({ server.contains($0) && !client.contains($0) }), let first = files.first else { continue }
            found[name] = "imported only by Server Components of the Next.js App Router (\(inside(first))); no "
                + "client module ('use client') or page of the Pages Router reaches it"
        }
        return found
    }
}

/// The TypeScript modules' import names and type exports (`TypeOnlyImports`), each module read once when first
/// asked for.
private struct ModuleTexts {
    let context: CatalogContext
    /// Reads within the source files' cap.
    private let reader: FileReader
    private var importedNames: [String: [String: [String]]] = [:]
    private var typeExports: [String: Set<String>] = [:]

    init(context: CatalogContext) {
        self.context = context
        var reader = context.files
        reader.maximumSize = ProjectSources.maximumFileSize
        self.reader = reader
    }

    /// Whether `file` imports from `target` (by `specifier`) nothing but types that `target` exports.
    mutating func importsOnlyTypes(_ file: String, from target: String, specifier: String) -> Bool {
        guard TypeScriptImportElision.applies(to: file), TypeScriptImportElision.applies(to: target) else { return false }
        if importedNames[file] == nil { importedNames[file] = read(file).map(TypeOnlyImports.importedNames) ?? [:] }
        guard let names = importedNames[file]?[specifier], !names.isEmpty else { return false }
        if typeExports[target] == nil { typeExports[target] = read(target).map(TypeOnlyImports.typeExports) ?? [] }
        return names.allSatisfy { typeExports[target]?.contains($0) == true }
    }

    private func read(_ path: String) -> [UInt8]? {
        guard case .success(let bytes) = reader.read(context.absolutePath(path), reportedAs: path) else { return nil }
        return bytes
    }
}
