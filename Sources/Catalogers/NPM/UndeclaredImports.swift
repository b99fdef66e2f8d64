import SovScanModel

/// Packages a project's shipping code imports without declaring them (issue 15). A package manager that hoists
/// installs every package a dependency needs at the top of `node_modules`, so code may import what only a
/// dependency declares, and it works: the usual case is generated code, such as the SOAP clients that
/// `@reloaddk/wsdl-tsclient` writes (they import `soap`, which only the generator declares; Det Digitale
/// Bibliotek's dpl-go) or the helpers of an OpenAPI generator. Such a package runs where the project runs, however
/// the lockfile reaches it: the project gets a `runtime` edge to it and it becomes a direct dependency, so that it
/// is not taken for a build tool's (the generator is development tooling) and its own dependencies inherit its
/// level; the component gets `Component.importedUndeclaredProperty`, naming the first importing file found.
///
/// Only where the lockfile would mislead: the package must be in the tree of a dependency that only the project's
/// build scripts use (`Component.scriptOnlyDependenciesProperty`: the generator), where it would count as build
/// tooling (it may be in another dependency's tree as well; the edge is then one more path to it). Only what is
/// certain counts:
/// - the project's files must all have been read;
/// - a file counts when it ships: not a test, story, configuration or type declaration, nor in a top-level folder of
///   scripts, tools, documentation or examples, nor a file that imports one of the script-only dependencies (only
///   build files do), nor a file of a nested project (a folder below with a `package.json` of its own: a workspace
///   imports for itself);
/// - Node's built-in modules are not packages, even when a lockfile holds a browser shim of the same name (`events`,
///   `buffer`), and a name that is a folder or module of the project itself is a path alias (`utils/date` with
///   TypeScript's `baseUrl`);
/// - the package must appear in the lockfile once, so that its version is known, and in a shipping scope.
///
/// Not covered: a package that only development dependencies reach stays as it is (its own dependencies would have
/// to move with it); a bundled front end's undeclared imports are not carried into the bundle (`BundledShipping`
/// starts from declared packages).
enum UndeclaredImports {
    /// Node's built-in modules (`require('module').builtinModules` of Node 22, less the `_`-prefixed internals).
    static let nodeBuiltins: Set<String> = [
        "assert", "async_hooks", "buffer", "child_process", "cluster", "console", "constants", "crypto", "dgram",
        "diagnostics_channel", "dns", "domain", "events", "fs", "http", "http2", "https", "inspector", "module", "net",
        "os", "path", "perf_hooks", "process", "punycode", "querystring", "readline", "repl", "stream",
        "string_decoder", "sys", "timers", "tls", "trace_events", "tty", "url", "util", "v8", "vm", "wasi",
        "worker_threads", "zlib",
    ]

    /// Top-level folders of a project whose files do not ship: scripts and tools run beside it, documentation and
    /// examples show it.
    static let nonShippingFolders: Set<String> = [
        "scripts", "script", "tools", "tooling", "build", "config", "configs", "docs", "doc", "examples", "example",
        "stories", "storybook", ".storybook", "fixtures", "mocks",
    ]

    /// Whether `file` (relative to the scanned root) of the project whose sources are `sources` ships, by its path.
    static func ships(_ file: String, in sources: ProjectSources) -> Bool {
        guard !sources.isTestFile(file), !BundledFrontEnd.isToolingFile(file) else { return false }
        let segments = sources.inside(file).split(separator: "/")
        return segments.count < 2 || !nonShippingFolders.contains(String(segments[0]).lowercased())
    }

    /// The packages (lower-cased, as npm purls name them) that the shipping files of `manifest`'s project import
    /// without its declaring them, each with the first file (in path order) that imports it; empty when the files
    /// were not all read. `buildOnly` names the script-only dependencies, whose importers are build files;
    /// `isNested` tells whether a file belongs to a project nested in this one.
    static func find(manifest: PackageJSON, sources: ProjectSources, buildOnly: Set<String>,
                     isNested: (String) -> Bool) -> [(name: String, file: String)] {
        guard sources.isComplete else { return [] }
        var excluded = Set(manifest.dependencies.map { $0.name.lowercased() }).union(nodeBuiltins)
        if let name = manifest.name { excluded.insert(name.lowercased()) }
        var found: [(name: String, file: String)] = []
        for file in sources.specifiers.keys.sorted() where ships(file, in: sources) {
            let imported = sources.packages(importedBy: file)
            guard imported.isDisjoint(with: buildOnly), !isNested(file) else { continue }
            for name in imported.sorted() where !excluded.contains(name.lowercased()) && !isOwnModule(name, sources) {
                excluded.insert(name.lowercased())
                found.append((name.lowercased(), file))
            }
        }
        return found
    }

    /// Whether an import's first segment names a module or folder of the project itself (a path alias).
    private static func isOwnModule(_ name: String, _ sources: ProjectSources) -> Bool {
        guard !name.hasPrefix("@") else { return false }
        return [sources.folder, NPMPath.join(sources.folder, "src")].contains { base in
            let path = NPMPath.join(base, name)
            return sources.resolve(path) != nil || sources.specifiers.keys.contains { $0.hasPrefix(path + "/") }
        }
    }

    /// Adds to `result` (one lockfile's projects, `manifests` by folder relative to `directory`) a `runtime` edge from
    /// each project to each package that its shipping files import undeclared, that is in the tree of one of its
    /// script-only dependencies, and that the lockfile holds in one version only, in a shipping scope, and not
    /// first-party. `context` tells which folders hold a `package.json` (nested projects).
    static func mark(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                     sources: ProjectSourcesCache, context: CatalogContext) {
        let projects = manifests.sorted(by: { $0.key < $1.key }).compactMap { path, manifest in
            manifest.projectIndex(in: result.components).flatMap { index in
                result.components[index].properties[Component.scriptOnlyDependenciesProperty].map {
                    (path: path, manifest: manifest, index: index, scriptOnly: $0)
                }
            }
        }
        // Most lockfiles have no project with script-only dependencies: nothing to index then.
        guard !projects.isEmpty else { return }
        var byName: [String: [Int]] = [:]
        for (index, component) in result.components.enumerated() where component.ecosystem == .npm {
            byName[component.displayName.lowercased(), default: []].append(index)
        }
        var children: [PackageURL: [PackageURL]] = [:]
        for edge in result.edges { children[edge.from, default: []].append(edge.to) }
        var holdsManifest: [String: Bool] = [:]
        for project in projects {
            let projectPurl = result.components[project.index].purl
            let folder = NPMPath.join(directory, project.path)
            let buildOnly = Set(DependencyEvidenceList.dependencies(in: project.scriptOnly).keys)
            let buildTree = tree(below: buildOnly.compactMap { name in
                children[projectPurl]?.first { to in
                    byName[name.lowercased()]?.contains { result.components[$0].purl == to } == true
                }
            }, children: children)
            guard !buildTree.isEmpty, let projectSources = sources.sources(of: folder) else { continue }
            /// Whether a folder between the file and the project's folder holds a `package.json`.
            func isNested(_ file: String) -> Bool {
                var current = NPMPath.parent(file)
                while current != folder, !current.isEmpty, current.count > folder.count {
                    if let known = holdsManifest[current] {
                        if known { return true }
                    } else {
                        let holds = context.files.contents(ofFolder: context.absolutePath(current)).contains("package.json")
                        holdsManifest[current] = holds
                        if holds { return true }
                    }
                    current = NPMPath.parent(current)
                }
                return false
            }
            for (name, file) in find(manifest: project.manifest, sources: projectSources, buildOnly: buildOnly,
                                     isNested: isNested) {
                guard let indices = byName[name], indices.count == 1, let index = indices.first,
                      !result.components[index].isFirstParty, result.components[index].ships,
                      buildTree.contains(result.components[index].purl) else { continue }
                let purl = result.components[index].purl
                guard children[projectPurl]?.contains(purl) != true else { continue }
                result.edges.append(DependencyEdge(from: projectPurl, to: purl, scope: .runtime))
                children[projectPurl, default: []].append(purl)
                result.components[index].isDirect = true
                if result.components[index].properties[Component.importedUndeclaredProperty] == nil {
                    result.components[index].properties[Component.importedUndeclaredProperty] =
                        "imported by \(projectSources.inside(file)) of \(result.components[project.index].displayName), "
                        + "which does not declare it"
                }
            }
        }
    }

    /// The packages below `roots` (not the roots themselves) over `children`.
    private static func tree(below roots: [PackageURL], children: [PackageURL: [PackageURL]]) -> Set<PackageURL> {
        var seen: Set<PackageURL> = []
        var pending = roots.flatMap { children[$0] ?? [] }
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            pending += children[next] ?? []
        }
        return seen
    }
}
