import SovScanModel

/// The side each shipping dependency of a full-stack npm project runs on, read from the files that import it
/// (issue 15): one `package.json` may hold both a server and the user interface it serves (Uptime Kuma: an Express
/// server in `server/`, a Vue interface in `src/`; NAV's familie-ba-sak-frontend: `src/backend` and
/// `src/frontend`). A dependency that only server files import runs on the server, one that only user-interface
/// files import runs in the browser, whatever the project as a whole is weighed as.
///
/// A project's source files fall into areas: each top-level folder (`server`, `src`, `app`, `shared`), `src/<side>`
/// when `src` holds a folder named for a side (`src/backend`), and each top-level file on its own. An area is on
/// the server when its name says so (`server`, `backend`) or when its files import a server framework
/// (`JavaScriptFrameworks.server`, less the full-stack ones) and no client framework; on the client when its name
/// says so (`frontend`, `client`) or when its files import a client framework (or are Vue or Svelte components) and
/// no server framework. Areas named for code both sides share (`shared`, `common`, `lib`, `utils`, `packages`,
/// `plugins`) and areas with evidence of both sides run on both; areas with no evidence (`extra`, `scripts`, a
/// top-level `build.js`) run on neither: they are the project's scripts. Within any area, the modules a full-stack
/// framework keeps out of the browser bundle by name (`ServerOnlyModules`: Remix and React Router's
/// `email.server.ts`, SvelteKit's `+page.server.ts`, Next.js API routes) form a server area of their own. Test
/// files, stories, configuration files and type declarations are left out (`ProjectSources.isTestFile`,
/// `BundledFrontEnd.isToolingFile`).
///
/// Only a project with at least one server area and one client area is read as full-stack; a dependency gets a side
/// when the areas that import it include one of that side and none of the other side or of both (Uptime Kuma's
/// `extra/reset-password.js` script does not stop the Vue interface's socket.io-client from being the client's). Cheap evidence is asked first (a framework declared, or a folder
/// named for each side), so a project that cannot be full-stack is never read. The files are read within
/// `ProjectSources`' bounds, once per project for every analysis (`ProjectSourcesCache`); when a bound stopped the
/// reading nothing is decided, since an unread file could import anything.
struct ImportSides {
    enum Side: String {
        case client, server
    }

    /// Where the files of an area run.
    enum AreaSide: Equatable {
        case only(Side)
        /// Shared code, or evidence of both sides.
        case both
        /// No evidence: scripts beside the system.
        case neither
    }

    /// The side of each shipping dependency (by package name) that the files importing it give, with the words
    /// that say so: `imported only by the user interface (src/frontend/hooks/useDeepEffect.ts); no file of the
    /// server (src/backend) imports it`.
    let sides: [String: (side: Side, evidence: String)]

    /// Folder names that say which side an area runs on.
    static let serverNames: Set<String> = ["server", "backend"]
    static let clientNames: Set<String> = ["frontend", "client"]
    /// Folder names of code that both sides share.
    static let sharedNames: Set<String> = ["shared", "common", "lib", "libs", "utils", "util", "packages", "plugins"]

    /// The sides of the shipping dependencies of the project whose `package.json` is `manifest` in `folder`
    /// (relative to the scanned root), whose source files `readSources` gives; `nil` when the project is not
    /// full-stack or its files were not all read.
    static func find(manifest: PackageJSON, folder: String, context: CatalogContext,
                     sources readSources: () -> ProjectSources?) -> ImportSides? {
        let declared = Set(manifest.dependencies.map(\.name))
        let shipping = Set(manifest.dependencies.filter { $0.kind != .dev }.map(\.name))
        func hasFolder(_ names: Set<String>) -> Bool {
            [folder, NPMPath.join(folder, "src")].contains { place in
                context.files.contents(ofFolder: context.absolutePath(place)).contains { name in
                    names.contains(name) && context.files.isFolder(context.absolutePath(NPMPath.join(place, name)))
                }
            }
        }
        let serverHint = !shipping.isDisjoint(with: JavaScriptFrameworks.server) || hasFolder(serverNames)
        let clientHint = !declared.isDisjoint(with: JavaScriptFrameworks.client) || hasFolder(clientNames)
        guard serverHint, clientHint, let sources = readSources(), sources.isComplete else { return nil }
        // The files that ship, by area; a full-stack framework's server-only modules form an area of their own.
        var areas: [String: [String]] = [:]
        var serverModuleAreas: Set<String> = []
        for file in sources.specifiers.keys.sorted()
        where !sources.isTestFile(file) && !BundledFrontEnd.isToolingFile(file) {
            var key = area(of: file, in: folder)
            if ServerOnlyModules.isServerOnly(file, in: folder, imports: sources.packages(importedBy: file)) {
                key += " (server-only modules)"
                serverModuleAreas.insert(key)
            }
            areas[key, default: []].append(file)
        }
        var sideOf: [String: AreaSide] = [:]
        for (area, files) in areas {
            sideOf[area] = serverModuleAreas.contains(area) ? .only(.server) : side(of: area, files: files, sources: sources)
        }
        let serverAreas = sideOf.filter { $0.value == .only(.server) }.keys.sorted()
        let clientAreas = sideOf.filter { $0.value == .only(.client) }.keys.sorted()
        guard let server = serverAreas.first, let client = clientAreas.first else { return nil }
        // For each dependency, the first importing file of each area (files are in path order).
        var importers: [String: [(area: String, file: String)]] = [:]
        for area in areas.keys.sorted() {
            for file in areas[area] ?? [] {
                for name in sources.packages(importedBy: file) where shipping.contains(name)
                    && importers[name]?.contains(where: { $0.area == area }) != true {
                    importers[name, default: []].append((area, file))
                }
            }
        }
        var sides: [String: (side: Side, evidence: String)] = [:]
        // A full-stack framework (Next.js, SvelteKit) runs on both sides whatever imports it: its server serves the
        // pages, so the files that import it do not decide its side.
        for (name, found) in importers where !JavaScriptFrameworks.fullStack.contains(name) {
            let sided = found.filter { sideOf[$0.area] != .neither }.sorted { $0.file < $1.file }
            guard let first = sided.first, case .only(let side) = sideOf[first.area],
                  sided.allSatisfy({ sideOf[$0.area] == .only(side) }) else { continue }
            let inside = first.file.dropFirst(folder.isEmpty ? 0 : folder.count + 1)
            sides[name] = (side, side == .server
                ? "imported only by the server (\(inside)); no file of the user interface (\(relative(client, folder))) imports it"
                : "imported only by the user interface (\(inside)); no file of the server (\(relative(server, folder))) imports it")
        }
        return ImportSides(sides: sides)
    }

    /// The area of a source file (relative to the scanned root) of the project in `folder`: its top-level folder,
    /// `src/<side>` for a folder named for a side inside `src`, or the file itself at the project's top.
    static func area(of file: String, in folder: String) -> String {
        let inside = folder.isEmpty ? Substring(file) : file.dropFirst(folder.count + 1)
        let segments = inside.split(separator: "/")
        guard segments.count > 1 else { return file }
        if segments[0] == "src", segments.count > 2,
           serverNames.union(clientNames).contains(String(segments[1])) {
            return NPMPath.join(folder, "src", String(segments[1]))
        }
        return NPMPath.join(folder, String(segments[0]))
    }

    /// The side of an area from its name, else from what its files import.
    private static func side(of area: String, files: [String], sources: ProjectSources) -> AreaSide {
        let name = NPMPath.lastSegment(area)
        if serverNames.contains(name) { return .only(.server) }
        if clientNames.contains(name) { return .only(.client) }
        if sharedNames.contains(name) { return .both }
        let serverFrameworks = JavaScriptFrameworks.server.subtracting(JavaScriptFrameworks.fullStack)
        let clientFrameworks = JavaScriptFrameworks.client.subtracting(JavaScriptFrameworks.fullStack)
        var server = false
        var client = false
        for file in files {
            let packages = sources.packages(importedBy: file)
            server = server || !packages.isDisjoint(with: serverFrameworks)
            client = client || !packages.isDisjoint(with: clientFrameworks) || file.hasSuffix(".vue") || file.hasSuffix(".svelte")
        }
        switch (server, client) {
        case (true, true): return .both
        case (false, false): return .neither
        case (true, false): return .only(.server)
        case (false, true): return .only(.client)
        }
    }

    private static func relative(_ area: String, _ folder: String) -> String {
        folder.isEmpty ? area : String(area.dropFirst(folder.count + 1))
    }
}

extension ImportSides {
    /// The server side of the dependencies that only Server Components of a Next.js App Router project import
    /// (`NextServerComponents`); `nil` when there are none.
    static func nextServerComponents(manifest: PackageJSON, folder: String, sources: ProjectSourcesCache,
                                     context: CatalogContext) -> ImportSides? {
        guard manifest.dependencies.contains(where: { $0.name == "next" }), let read = sources.sources(of: folder)
        else { return nil }
        let server = NextServerComponents.serverDependencies(manifest: manifest, folder: folder, sources: read,
                                                             context: context)
        return server.isEmpty ? nil : ImportSides(sides: server.mapValues { (Side.server, $0) })
    }

    /// The sides of a project's areas with those of its Next.js Server Components over them: in an App Router
    /// project a module's folder says less than its `'use client'` directive (a `components/markdown` module that only
    /// server pages import runs on the server).
    private static func merged(_ areas: ImportSides?, _ next: ImportSides?) -> ImportSides? {
        guard let next else { return areas }
        return ImportSides(sides: (areas?.sides ?? [:]).merging(next.sides) { _, server in server })
    }

    /// Sets `Component.importSideProperty` and `Component.importEvidenceProperty` on the shipping dependencies of
    /// each full-stack project of `result` (`manifests` by folder, relative to `directory`, the lockfile's folder),
    /// or of a Next.js App Router project (`NextServerComponents`), that the files of one side alone import (their
    /// sources from `sources`, shared with the lockfile's other analyses). Where two projects of the lockfile
    /// disagree, neither side is kept.
    static func mark(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                     sources: ProjectSourcesCache, context: CatalogContext) {
        var disagreeing: Set<PackageURL> = []
        for (path, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
            guard let project = manifest.projectIndex(in: result.components).map({ result.components[$0].purl }),
                  case let folder = NPMPath.join(directory, path),
                  let found = merged(find(manifest: manifest, folder: folder, context: context,
                                          sources: { sources.sources(of: folder) }),
                                     nextServerComponents(manifest: manifest, folder: folder, sources: sources,
                                                          context: context))
            else { continue }
            let declared = Set(result.edges.filter { $0.from == project && $0.scope.ships }.map(\.to))
            for index in result.components.indices where declared.contains(result.components[index].purl) {
                let component = result.components[index]
                guard let (side, evidence) = found.sides[component.displayName] else { continue }
                if let earlier = component.properties[Component.importSideProperty], earlier != side.rawValue {
                    disagreeing.insert(component.purl)
                }
                result.components[index].properties[Component.importSideProperty] = side.rawValue
                result.components[index].properties[Component.importEvidenceProperty] = evidence
            }
        }
        for index in result.components.indices where disagreeing.contains(result.components[index].purl) {
            result.components[index].properties[Component.importSideProperty] = nil
            result.components[index].properties[Component.importEvidenceProperty] = nil
        }
    }
}
