import SovScanModel

/// Carries what a project's bundled front end ships (`BundledFrontEnd`) down the project's dependency graph (issue
/// 15). The development dependencies its user-interface files import ship, and so does every package they depend on
/// (`dependencies`, `optionalDependencies`, `peerDependencies` of the lockfile's entries), although the lockfile,
/// or the reach over its graph for yarn and pnpm, marks them `dev`: they are inside the bundle. A package that only
/// true development tooling reaches stays `dev`, and the graph never enters bundlers and the compilers they run
/// (`BundledFrontEnd.buildTools`: a framework's peer dependency on Vite builds the bundle and is not in it), nor the
/// system's own packages, whose dependencies already have their scopes.
///
/// A package it moves gets the scope `runtime` (the scope decides what ships in every stage, from the shares to the
/// policy and the SBOM) and `Component.bundledIntoInterfaceProperty`, which keeps that its manifest or lockfile
/// said development and says why it ships; the edge from the project to a direct one keeps its `dev` scope, as
/// `devDependencies` declares it.
enum BundledShipping {
    /// Moves the packages that `frontEnd`, the bundled front end of the project whose `package.json` is `manifest`,
    /// ships in `result` (one lockfile's project) into the shipping scope.
    static func apply(_ frontEnd: BundledFrontEnd, project manifest: PackageJSON, to result: inout CatalogResult) {
        guard let project = manifest.projectIndex(in: result.components).map({ result.components[$0].purl }) else { return }
        var positions: [PackageURL: [Int]] = [:]
        for (index, component) in result.components.enumerated() { positions[component.purl, default: []].append(index) }
        var children: [PackageURL: [DependencyEdge]] = [:]
        for edge in result.edges { children[edge.from, default: []].append(edge) }
        func isEntered(_ purl: PackageURL) -> Bool {
            guard let first = positions[purl]?.first else { return false }
            let component = result.components[first]
            return !component.isFirstParty && !BundledFrontEnd.buildTools.contains(component.displayName)
        }
        // Breadth first from the imported development dependencies in name order, so the closest of them names
        // each package.
        var evidence: [PackageURL: String] = [:]
        var level: [PackageURL] = []
        let roots = (children[project] ?? []).filter { $0.scope == .dev }.compactMap { edge -> (String, PackageURL)? in
            guard isEntered(edge.to), let first = positions[edge.to]?.first else { return nil }
            let name = result.components[first].displayName
            return frontEnd.imports[name] != nil ? (name, edge.to) : nil
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
                where edge.scope.ships && evidence[edge.to] == nil && isEntered(edge.to) {
                    let root = origin[purl] ?? purl
                    let rootName = positions[root].flatMap(\.first).map { result.components[$0].displayName } ?? ""
                    evidence[edge.to] = "through \(rootName), " + (evidence[root] ?? "")
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
