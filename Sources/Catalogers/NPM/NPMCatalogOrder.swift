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
