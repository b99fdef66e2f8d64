import SovScanModel

/// Carries what a project's bundled front end ships (`BundledFrontEnd`) down the project's dependency graph (issue
/// 15). The development dependencies its user-interface files import ship, and so does every package they depend on
/// (`dependencies`, `optionalDependencies`, `peerDependencies` of the lockfile's entries), although the lockfile,
/// or the reach over its graph for yarn and pnpm, marks them `dev`: they are inside the bundle. A package that only
/// true development tooling reaches stays `dev`, and the graph never enters bundlers and the compilers they run
/// (`BundledFrontEnd.buildTools`: a framework's peer dependency on Vite builds the bundle and is not in it), nor the
/// system's own packages, whose dependencies already have their scopes.
///
/// What a bundle holds is what its code imports, not every package its packages declare, so below the imported
/// packages the graph does not enter:
/// - a package whose own role is build, lint or test tooling (`BuildToolingPackages`, from the rules: mermaid 8
///   declares `babel-eslint` and the `minify` command, `@emotion/react` its Babel plugin): its tree ships only where
///   a packed package reaches it another way;
/// - Vue's template compilers (`BundledFrontEnd.templateCompilers`), unless the bundle compiles templates in the
///   browser (`BundledFrontEnd.browserTemplateCompiler`).
/// An imported package ships even when its own role is tooling (Wiki.js' editor imports `js-beautify` to format
/// HTML in the browser), unless the bundler configuration imports it too: then it is a build plugin whose macros
/// the build replaces (`vite-env-only`), and nothing of it is in the bundle.
///
/// A package it moves gets the scope `runtime` (the scope decides what ships in every stage, from the shares to the
/// policy and the SBOM) and `Component.bundledIntoInterfaceProperty`, which keeps that its manifest or lockfile
/// said development and says why it ships; the edge from the project to a direct one keeps its `dev` scope, as
/// `devDependencies` declares it.
enum BundledShipping {
    /// Moves the packages that `frontEnd`, the bundled front end of the project whose `package.json` is `manifest`,
    /// ships in `result` (one lockfile's project) into the shipping scope. `buildTooling` names the packages whose
    /// own role is tooling; `nil` knows only the bundlers and their compilers.
    static func apply(_ frontEnd: BundledFrontEnd, project manifest: PackageJSON, to result: inout CatalogResult,
                      buildTooling: (any BuildToolingPackages)?) {
        guard let project = manifest.projectIndex(in: result.components).map({ result.components[$0].purl }) else { return }
        var positions: [PackageURL: [Int]] = [:]
        for (index, component) in result.components.enumerated() { positions[component.purl, default: []].append(index) }
        var children: [PackageURL: [DependencyEdge]] = [:]
        for edge in result.edges { children[edge.from, default: []].append(edge) }
        func displayName(of purl: PackageURL) -> String? {
            positions[purl]?.first.map { result.components[$0].displayName }
        }
        func isEntered(_ purl: PackageURL) -> Bool {
            guard let first = positions[purl]?.first else { return false }
            let component = result.components[first]
            return !component.isFirstParty && !BundledFrontEnd.buildTools.contains(component.displayName)
        }
        func isTooling(_ purl: PackageURL) -> Bool { buildTooling?.isBuildTooling(purl) ?? false }
        /// Whether a package that a packed package depends on is packed too.
        func isPackedBelow(_ purl: PackageURL) -> Bool {
            guard isEntered(purl), let name = displayName(of: purl) else { return false }
            if BundledFrontEnd.templateCompilers.contains(name) {
                return frontEnd.browserTemplateCompiler != nil && BundledFrontEnd.browserTemplateCompilers.contains(name)
            }
            return !isTooling(purl)
        }
        // Breadth first from the imported development dependencies in name order, so the closest of them names
        // each package.
        var evidence: [PackageURL: String] = [:]
        var level: [PackageURL] = []
        let roots = (children[project] ?? []).filter { $0.scope == .dev }.compactMap { edge -> (String, PackageURL)? in
            guard isEntered(edge.to), let name = displayName(of: edge.to), frontEnd.imports[name] != nil,
                  !(frontEnd.configurationImports.contains(name) && isTooling(edge.to)) else { return nil }
            return (name, edge.to)
        }
        for (name, purl) in roots.sorted(by: { $0.0 < $1.0 }) where evidence[purl] == nil {
            evidence[purl] = "imported by \(frontEnd.imports[name] ?? ""); \(frontEnd.bundler)"
            level.append(purl)
        }
        var origin = Dictionary(uniqueKeysWithValues: level.map { ($0, $0) })
        while !level.isEmpty {
            var next: [PackageURL] = []
            for purl in level {
                for edge in (children[purl] ?? []).sorted(by: { $0.to < $1.to })
                where edge.scope.ships && evidence[edge.to] == nil && isPackedBelow(edge.to) {
                    let root = origin[purl] ?? purl
                    evidence[edge.to] = "through \(displayName(of: root) ?? ""), " + (evidence[root] ?? "")
                    origin[edge.to] = root
                    next.append(edge.to)
                }
            }
            level = next
        }
        for (purl, why) in evidence {
            for index in positions[purl] ?? [] where !result.components[index].ships {
                result.components[index].scope = .runtime
                result.components[index].properties[Component.bundledIntoInterfaceProperty] = why
            }
        }
    }
}
