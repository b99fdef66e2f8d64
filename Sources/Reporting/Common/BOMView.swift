import Classification
import SovScanModel

/// An inventory seen as one bill of materials: the components of every system merged by purl, the edges of
/// every graph united, and the system itself as the root. What the SBOM and table writers share.
/// Components are addressed by their position in `components` as well as by purl: each purl is hashed once when
/// the view is made, and the writers' walk over the components asks by position.
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
    /// The position of each purl in `components`.
    private let positions: [PackageURL: Int]
    /// Per component, the positions in `edges` of its outgoing edges (edges are sorted by source, so they are
    /// neighbours).
    private let outgoing: [Range<Int>]
    /// Per edge, the position of its target in `components`.
    private let targets: [Int]
    /// The classified systems, kept whole: their arrays share storage, so no classification is copied (a copy
    /// costs about half a kilobyte, which a supplier's SBOM of a million components cannot afford).
    private let classifiedSystems: [ClassifiedSystem]
    /// Per component, the position of its classification (from the first system that classified it): the system's
    /// position times 2^32 plus the classification's position in that system; -1 where none.
    private let classificationPositions: [Int]

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
        incomplete = inventory.isIncomplete
        var positions: [PackageURL: Int] = [:]
        positions.reserveCapacity(components.count)
        for (position, component) in components.enumerated() { positions[component.purl] = position }
        self.positions = positions
        // The systems' graphs united: sorted, each edge once. Sorted as positions (the components are sorted by
        // purl, so their positions are in purl order): copying, hashing and comparing whole edges, two purls each,
        // was most of the view's cost (issue 17).
        let found = Self.edgePositions(of: systems, positions: positions)
        var edges: [DependencyEdge] = []
        var targets: [Int] = []
        var outgoing = [Range<Int>](repeating: 0..<0, count: components.count)
        edges.reserveCapacity(found.count)
        targets.reserveCapacity(found.count)
        for (index, edge) in found.enumerated() {
            if index > 0, found[index - 1].from == edge.from, found[index - 1].to == edge.to,
               found[index - 1].strength == edge.strength {
                continue
            }
            if outgoing[edge.from].isEmpty { outgoing[edge.from] = edges.count..<edges.count }
            edges.append(systems[edge.system].graph.edges[edge.index])
            targets.append(edge.to)
            outgoing[edge.from] = outgoing[edge.from].lowerBound..<edges.count
        }
        self.edges = edges
        self.targets = targets
        self.outgoing = outgoing
        var classified = [Int](repeating: -1, count: components.count)
        for (systemPosition, system) in classifications.enumerated() {
            for (index, classification) in system.classifications.enumerated() {
                if let position = positions[classification.purl], classified[position] < 0 {
                    classified[position] = systemPosition << 32 | index
                }
            }
        }
        classifiedSystems = classifications
        classificationPositions = classified
    }

    /// The position of `purl` in `components`.
    func position(of purl: PackageURL) -> Int? { positions[purl] }

    /// The classification of a component (from the first system that classified it), if classification ran.
    func classification(of purl: PackageURL) -> Classification? { positions[purl].flatMap(classification(at:)) }

    /// The classification of the component at `position`, if classification ran.
    func classification(at position: Int) -> Classification? {
        let packed = classificationPositions[position]
        guard packed >= 0 else { return nil }
        return classifiedSystems[packed >> 32].classifications[packed & 0xFFFF_FFFF]
    }

    /// The components `purl` depends on, sorted.
    func dependencies(of purl: PackageURL) -> [PackageURL] {
        positions[purl].map { dependencies(at: $0) } ?? []
    }

    /// The components the component at `position` depends on, sorted.
    func dependencies(at position: Int) -> [PackageURL] {
        // The edges are sorted by source, then target: equal targets are neighbours.
        var result: [PackageURL] = []
        var previous = -1
        for edge in outgoing[position] where targets[edge] != previous {
            previous = targets[edge]
            result.append(components[previous].purl)
        }
        return result
    }

    /// The edges of every system between known components, as the positions of their ends and the strength of
    /// their scope (`DependencyEdge`'s order) plus where the edge is (system, index), sorted in that order.
    private static func edgePositions(
        of systems: [SystemInventory], positions: [PackageURL: Int]
    ) -> [(from: Int, to: Int, strength: Int, system: Int, index: Int)] {
        var found: [(from: Int, to: Int, strength: Int, system: Int, index: Int)] = []
        for (systemPosition, system) in systems.enumerated() {
            let graphEdges = system.graph.edges
            for index in graphEdges.indices {
                guard let from = positions[graphEdges[index].from], let to = positions[graphEdges[index].to] else { continue }
                found.append((from, to, graphEdges[index].scope.strength, systemPosition, index))
            }
        }
        found.sort { ($0.from, $0.to, $0.strength) < ($1.from, $1.to, $1.strength) }
        return found
    }

    /// Whether the components are sorted by purl, each purl once (as one system's inventory holds them).
    private static func isStrictlySorted(_ components: [Component]) -> Bool {
        // By index: zipping the array with itself would copy two components per step.
        components.indices.dropFirst().allSatisfy { components[$0 - 1].purl < components[$0].purl }
    }

    /// The outgoing edges of `purl`, sorted.
    func edges(from purl: PackageURL) -> [DependencyEdge] {
        positions[purl].map { Array(edges[outgoing[$0]]) } ?? []
    }

    /// What the system itself depends on: first-party components, and direct dependencies no first-party
    /// component already points at.
    var rootDependencies: [PackageURL] {
        var reachedFromFirstParty = [Bool](repeating: false, count: components.count)
        for (position, component) in components.enumerated() where component.isFirstParty {
            for edge in outgoing[position] { reachedFromFirstParty[targets[edge]] = true }
        }
        return components.indices
            .filter { components[$0].isFirstParty || (components[$0].isDirect && !reachedFromFirstParty[$0]) }
            .map { components[$0].purl }
    }

    /// The outgoing edges of `purl` whose scope is not the scope of the component they reach: what a graph
    /// without edge scopes would lose.
    func unusualEdgeScopes(of purl: PackageURL) -> [(scope: Scope, to: PackageURL)] {
        positions[purl].map { unusualEdgeScopes(at: $0) } ?? []
    }

    /// `unusualEdgeScopes(of:)` of the component at `position`.
    func unusualEdgeScopes(at position: Int) -> [(scope: Scope, to: PackageURL)] {
        outgoing[position].compactMap { edge in
            components[targets[edge]].scope == edges[edge].scope ? nil : (edges[edge].scope, edges[edge].to)
        }
    }
}
