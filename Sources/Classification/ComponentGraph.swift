import SovScanModel

/// A system's dependency graph by position in `system.components` (sorted by purl), built once per classification
/// for every step that walks it: the level assignment and what it consults (`BuildToolingReach`,
/// `KnownDependencyEdges`, `SamePackagePins`, `ToolingProject`) and `OptionalBindings`. Each component's dependencies
/// come in the graph's order (by purl, then scope), one entry per edge, so a dependency declared in two scopes comes
/// twice; self-edges and edges to purls that are no component are left out.
struct ComponentGraph {
    /// By position, each component's dependencies: their positions and the scopes of the edges.
    let dependencies: [[(position: Int, scope: Scope)]]

    init(_ system: SystemInventory) {
        let components = system.components
        var position: [PackageURL: Int] = [:]
        position.reserveCapacity(components.count)
        for (index, component) in components.enumerated() { position[component.purl] = index }
        var dependencies = [[(position: Int, scope: Scope)]](repeating: [], count: components.count)
        for edge in system.graph.edges {
            guard let from = position[edge.from], let to = position[edge.to], from != to else { continue }
            dependencies[from].append((to, edge.scope))
        }
        self.dependencies = dependencies
    }

    /// By position, the positions of each component's dependencies, whatever the scope.
    var children: [[Int]] { dependencies.map { $0.map(\.position) } }

    /// The positions of the dependencies a component declares in a scope that ships.
    func shippingDependencies(of index: Int) -> [Int] {
        dependencies[index].filter { $0.scope.ships }.map(\.position)
    }

    /// Which of `targets` are reachable from `start` through edges of scopes that ship (`start` itself only when a
    /// cycle leads back to it). The walk stops once every target is found and marks what it has seen in an array: a
    /// large npm monorepo asks this of hundreds of projects over tens of thousands of components, and a walk that
    /// collected the whole reach in a set took half of such a scan.
    func shippingReach(from start: Int, among targets: Set<Int>) -> Set<Int> {
        guard !targets.isEmpty else { return [] }
        var seen = [Bool](repeating: false, count: dependencies.count)
        var found = Set<Int>()
        var pending = [start]
        while let node = pending.popLast() {
            for (next, scope) in dependencies[node] where scope.ships && !seen[next] {
                seen[next] = true
                if targets.contains(next) {
                    found.insert(next)
                    if found.count == targets.count { return found }
                }
                pending.append(next)
            }
        }
        return found
    }

    /// An edge by position: from a component to one of its dependencies.
    struct Edge: Hashable {
        let from: Int
        let to: Int
    }

    /// The edges from a first-party project to a dependency that it declares only in scopes that do not ship
    /// (`devDependencies`, Maven `test`) and that its bundled user interface does not pack
    /// (`Component.bundledIntoInterfaceProperty`): the dependency may ship through another path, never this one.
    func developmentDeclarations(in system: SystemInventory) -> Set<Edge> {
        let components = system.components
        var development = Set<Edge>()
        var shipping = Set<Edge>()
        for (from, component) in components.enumerated() where component.isFirstParty {
            for (to, scope) in dependencies[from] {
                // A development dependency that the project's bundled user interface packs ships through that edge.
                if scope.ships || components[to].properties[Component.bundledIntoInterfaceProperty] != nil {
                    shipping.insert(Edge(from: from, to: to))
                } else {
                    development.insert(Edge(from: from, to: to))
                }
            }
        }
        return development.subtracting(shipping)
    }
}
