import Catalogers
import SovScanModel

/// Folds what the catalogers found into one inventory: one component per purl, edges only between known
/// components, everything sorted.
enum SystemMerger {
    static func merge(name: String, root: String, manifests: [String], result: CatalogResult) -> SystemInventory {
        let components = mergedSightings(result.components)
        var diagnostics = result.diagnostics
        let (edges, dangling) = knownEdges(result.edges, between: components)
        for purl in dangling.sorted() {
            diagnostics.append(Diagnostic(.warning, "a dependency edge names \(purl), which no manifest declares; the edge is left out"))
        }
        return SystemInventory(
            name: name,
            root: root,
            manifests: manifests,
            components: components,
            graph: DependencyGraph(edges: edges),
            diagnostics: diagnostics
        )
    }

    /// One component per purl, sorted by purl: the sightings of each purl merged in the order they were found.
    private static func mergedSightings(_ sightings: [Component]) -> [Component] {
        // A stable sort of positions brings each purl's sightings together without reordering them.
        let order = sightings.indices.sorted { sightings[$0].purl < sightings[$1].purl }
        var merged: [Component] = []
        merged.reserveCapacity(order.count)
        var start = 0
        while start < order.count {
            let purl = sightings[order[start]].purl
            var end = start + 1
            while end < order.count, sightings[order[end]].purl == purl { end += 1 }
            if let component = Component.merged(order[start..<end].lazy.map { sightings[$0] }) {
                merged.append(component)
            }
            start = end
        }
        return merged
    }

    /// The distinct edges between `components` (sorted by purl), sorted, and the purls of edges that name an
    /// unknown component.
    private static func knownEdges(_ edges: [DependencyEdge], between components: [Component])
        -> (edges: [DependencyEdge], dangling: Set<PackageURL>) {
        // A purl's position among the sorted components orders it as its text does: edges sort as integers.
        var position: [PackageURL: Int] = [:]
        position.reserveCapacity(components.count)
        for (index, component) in components.enumerated() { position[component.purl] = index }
        var keys: [(from: Int, to: Int, scope: Int, edge: Int)] = []
        keys.reserveCapacity(edges.count)
        var dangling: Set<PackageURL> = []
        for (index, edge) in edges.enumerated() {
            guard let from = position[edge.from] else {
                dangling.insert(edge.from)
                continue
            }
            guard let to = position[edge.to] else {
                dangling.insert(edge.to)
                continue
            }
            keys.append((from, to, edge.scope.strength, index))
        }
        keys.sort { ($0.from, $0.to, $0.scope) < ($1.from, $1.to, $1.scope) }
        var known: [DependencyEdge] = []
        known.reserveCapacity(keys.count)
        var previous: (from: Int, to: Int, scope: Int)?
        for key in keys {
            let current = (key.from, key.to, key.scope)
            if let previous, previous == current { continue }
            previous = current
            known.append(edges[key.edge])
        }
        return (known, dangling)
    }
}
