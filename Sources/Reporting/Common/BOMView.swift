import Classification
import SovScanModel

/// An inventory seen as one bill of materials: the components of every system merged by purl, the edges of
/// every graph united, and the system itself as the root. What the SBOM and table writers share.
struct BOMView {
    /// The name of the whole: the systems' names joined by ` + `, `scan` when there is none.
    let name: String
    /// The reference of the root (the system) in the document.
    let rootRef: String
    /// The scanned roots of the systems, in order.
    let roots: [String]
    /// One component per purl, sorted by purl.
    let components: [Component]
    /// Distinct edges between known components, sorted.
    let edges: [DependencyEdge]
    /// Whether some manifest could not be read.
    let incomplete: Bool
    private let edgesFrom: [PackageURL: [DependencyEdge]]
    private let classificationByPurl: ClassificationLookup
    private let scopeByPurl: [PackageURL: Scope]

    init(_ inventory: Inventory, classifications: [ClassifiedSystem] = []) {
        let systems = inventory.systems
        if systems.count == 1, Self.isStrictlySorted(systems[0].components) {
            components = systems[0].components
        } else {
            var merged: [PackageURL: Component] = [:]
            for system in systems {
                for component in system.components {
                    if var known = merged[component.purl] {
                        known.merge(component)
                        merged[component.purl] = known
                    } else {
                        merged[component.purl] = component
                    }
                }
            }
            components = merged.values.sorted { $0.purl < $1.purl }
        }
        let names = systems.map(\.name)
        name = names.isEmpty ? "scan" : names.joined(separator: " + ")
        rootRef = "sovscan:system:" + names.joined(separator: "+")
        roots = systems.map(\.root)
        let scopes = Dictionary(components.map { ($0.purl, $0.scope) }, uniquingKeysWith: { first, _ in first })
        // The systems' graphs united: sorted, each edge once.
        edges = DependencyGraph(edges: systems.flatMap(\.graph.edges)).edges
            .filter { scopes[$0.from] != nil && scopes[$0.to] != nil }
        edgesFrom = Dictionary(grouping: edges, by: \.from)
        scopeByPurl = scopes
        incomplete = inventory.isIncomplete
        classificationByPurl = ClassificationLookup(classifications)
    }

    /// The classification of a component (from the first system that classified it), if classification ran.
    func classification(of purl: PackageURL) -> Classification? { classificationByPurl[purl] }

    /// The components `purl` depends on, sorted.
    func dependencies(of purl: PackageURL) -> [PackageURL] {
        // The edges are sorted by source, then target: equal targets are neighbours.
        var targets: [PackageURL] = []
        for edge in edgesFrom[purl] ?? [] where targets.last != edge.to { targets.append(edge.to) }
        return targets
    }

    /// Whether the components are sorted by purl, each purl once (as one system's inventory holds them).
    private static func isStrictlySorted(_ components: [Component]) -> Bool {
        zip(components, components.dropFirst()).allSatisfy { $0.purl < $1.purl }
    }

    /// The outgoing edges of `purl`, sorted.
    func edges(from purl: PackageURL) -> [DependencyEdge] { edgesFrom[purl] ?? [] }

    /// What the system itself depends on: first-party components, and direct dependencies no first-party
    /// component already points at.
    var rootDependencies: [PackageURL] {
        let reachedFromFirstParty = Set(components.filter(\.isFirstParty).flatMap { dependencies(of: $0.purl) })
        return components
            .filter { $0.isFirstParty || ($0.isDirect && !reachedFromFirstParty.contains($0.purl)) }
            .map(\.purl)
    }

    /// The outgoing edges of `purl` whose scope is not the scope of the component they reach: what a graph
    /// without edge scopes would lose.
    func unusualEdgeScopes(of purl: PackageURL) -> [(scope: Scope, to: PackageURL)] {
        edges(from: purl).filter { scopeByPurl[$0.to] != $0.scope }.map { ($0.scope, $0.to) }
    }
}
