import SovScanModel

/// Packages a project's shipping code imports without declaring them (issue 15). A package manager that hoists
/// installs every package a dependency needs at the top of `node_modules`, so code may import what only a
/// dependency declares, and it works: the usual case is generated code, such as the SOAP clients that
/// `@reloaddk/wsdl-tsclient` writes (they import `soap`, which only the generator declares; Det Digitale
/// Bibliotek's dpl-go) or the helpers of an OpenAPI generator. Such a package runs where the project runs, however
/// the lockfile reaches it: the project gets a `runtime` edge to it and it becomes a direct dependency, so that it
/// is not taken for a build tool's (the generator is development tooling) and its own dependencies inherit its
/// level, and the component gets `Component.importedUndeclaredProperty` naming the first file that imports it. A package that only development dependencies reach is left as it is: its own
/// dependencies would have to move with it, and the bundled front ends already carry what their code imports
/// (`BundledShipping`).
///
/// Only where the lockfile would mislead: the package must be in the tree of a dependency that only the project's
/// build scripts use (`Component.scriptOnlyDependenciesProperty`: the generator), where it would count as build
/// tooling; hoisted from a runtime dependency, it already runs where that dependency runs, and the workspaces of a
/// monorepo that import one another's dependencies keep their own. Only what is certain counts: the project's files
/// must all have been read; a file counts when it ships (not a test, story, configuration or type declaration, nor
/// in a folder of scripts, tools, documentation or examples); Node's built-in modules are not packages, even when a
/// lockfile holds a browser shim of the same name (`events`, `buffer`); and the package must appear in the
/// lockfile once, so that its version is known.
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

    /// Whether `file` (relative to the scanned root) of the project whose sources are `sources` ships.
    static func ships(_ file: String, in sources: ProjectSources) -> Bool {
        guard !sources.isTestFile(file), !BundledFrontEnd.isToolingFile(file) else { return false }
        let segments = sources.inside(file).split(separator: "/")
        return segments.count < 2 || !nonShippingFolders.contains(String(segments[0]).lowercased())
    }

    /// The packages the shipping files of `manifest`'s project import without its declaring them, each with the
    /// first file (in path order) that imports it; empty when the files were not all read.
    static func find(manifest: PackageJSON, sources: ProjectSources) -> [(name: String, file: String)] {
        guard sources.isComplete else { return [] }
        var excluded = Set(manifest.dependencies.map(\.name)).union(nodeBuiltins)
        if let name = manifest.name { excluded.insert(name) }
        var found: [(name: String, file: String)] = []
        for file in sources.specifiers.keys.sorted() where ships(file, in: sources) {
            for name in sources.packages(importedBy: file).sorted() where !excluded.contains(name) {
                excluded.insert(name)
                found.append((name, file))
            }
        }
        return found
    }

    /// Adds to `result` (one lockfile's projects, `manifests` by folder relative to `directory`) a `runtime` edge from
    /// each project to each package that its shipping files import undeclared, that is in the tree of one of its
    /// script-only dependencies, and that the lockfile holds in one version only, in a shipping scope, and not
    /// first-party.
    static func mark(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                     sources: ProjectSourcesCache) {
        var byName: [String: [Int]] = [:]
        for (index, component) in result.components.enumerated() where component.ecosystem == .npm {
            byName[component.displayName, default: []].append(index)
        }
        var children: [PackageURL: [PackageURL]] = [:]
        for edge in result.edges { children[edge.from, default: []].append(edge.to) }
        for (path, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
            guard let project = manifest.projectIndex(in: result.components),
                  let scriptOnly = result.components[project].properties[Component.scriptOnlyDependenciesProperty]
            else { continue }
            let projectPurl = result.components[project].purl
            let buildTree = tree(below: DependencyEvidenceList.dependencies(in: scriptOnly).keys.compactMap { name in
                children[projectPurl]?.first { to in byName[name]?.contains { result.components[$0].purl == to } == true }
            }, children: children)
            guard !buildTree.isEmpty,
                  let projectSources = sources.sources(of: NPMPath.join(directory, path)) else { continue }
            for (name, file) in find(manifest: manifest, sources: projectSources) {
                guard let indices = byName[name], indices.count == 1, let index = indices.first,
                      !result.components[index].isFirstParty, result.components[index].ships,
                      buildTree.contains(result.components[index].purl) else { continue }
                let purl = result.components[index].purl
                guard !result.edges.contains(where: { $0.from == projectPurl && $0.to == purl }) else { continue }
                result.edges.append(DependencyEdge(from: projectPurl, to: purl, scope: .runtime))
                result.components[index].isDirect = true
                result.components[index].properties[Component.importedUndeclaredProperty] =
                    "imported by \(projectSources.inside(file)) of \(result.components[project].displayName), which does not declare it"
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
