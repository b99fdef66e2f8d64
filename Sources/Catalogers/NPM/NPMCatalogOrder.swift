import SovScanModel

/// Puts a project's components and edges in their deterministic order (by purl text) without moving the large
/// values around while sorting: indices are sorted, then the values are taken once.
enum NPMCatalogOrder {
    static func result(components: [PackageURL: Component], edges: Set<DependencyEdge>,
                       diagnostics: [Diagnostic]) -> CatalogResult {
        let componentList = Array(components.values)
        let componentOrder = componentList.indices.sorted {
            componentList[$0].purl.description < componentList[$1].purl.description
        }
        let edgeList = Array(edges)
        let edgeOrder = edgeList.indices.sorted { left, right in
            let lhs = edgeList[left], rhs = edgeList[right]
            if lhs.from.description != rhs.from.description { return lhs.from.description < rhs.from.description }
            if lhs.to.description != rhs.to.description { return lhs.to.description < rhs.to.description }
            return lhs.scope.strength < rhs.scope.strength
        }
        return CatalogResult(
            components: componentOrder.map { index in
                var component = componentList[index]
                if component.locations.count > 1 { component.locations = Array(Set(component.locations)).sorted() }
                return component
            },
            edges: edgeOrder.map { edgeList[$0] },
            diagnostics: diagnostics)
    }
}

/// Edges between components known by index, in the order they were found, each once. Indices hash far faster
/// than purls, and there are several edges per component.
struct NPMEdgeList {
    private struct Key: Hashable {
        let from: Int
        let to: Int
        let scope: Scope
    }

    private var keys: [Key] = []
    private var seen: Set<Key> = []

    mutating func add(from: Int, to: Int, scope: Scope) {
        let key = Key(from: from, to: to, scope: scope)
        if seen.insert(key).inserted { keys.append(key) }
    }

    /// The edges as purl pairs of `components`.
    func edges(between components: [Component]) -> [DependencyEdge] {
        keys.map { DependencyEdge(from: components[$0.from].purl, to: components[$0.to].purl, scope: $0.scope) }
    }
}
