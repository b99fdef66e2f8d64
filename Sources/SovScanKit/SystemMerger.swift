import Catalogers
import SovScanModel

/// Folds what the catalogers found into one inventory: one component per purl, edges only between known
/// components, everything sorted.
enum SystemMerger {
    static func merge(name: String, root: String, manifests: [String], result: CatalogResult) -> SystemInventory {
        var sightings: [PackageURL: [Component]] = [:]
        for component in result.components { sightings[component.purl, default: []].append(component) }
        let byPurl = sightings.compactMapValues { Component.merged($0) }
        var diagnostics = result.diagnostics
        var edges: [DependencyEdge] = []
        var dangling: Set<PackageURL> = []
        for edge in result.edges {
            if byPurl[edge.from] != nil, byPurl[edge.to] != nil {
                edges.append(edge)
            } else {
                dangling.insert(byPurl[edge.from] == nil ? edge.from : edge.to)
            }
        }
        for purl in dangling.sorted() {
            diagnostics.append(Diagnostic(.warning, "a dependency edge names \(purl), which no manifest declares; the edge is left out"))
        }
        return SystemInventory(
            name: name,
            root: root,
            manifests: manifests,
            components: Array(byPurl.values),
            graph: DependencyGraph(edges: edges),
            diagnostics: diagnostics
        )
    }
}
