/// A directed dependency: `from` needs `to` in `scope`.
public struct DependencyEdge: Sendable, Hashable, Codable, Comparable {
    public var from: PackageURL
    public var to: PackageURL
    public var scope: Scope

    public init(from: PackageURL, to: PackageURL, scope: Scope) {
        self.from = from
        self.to = to
        self.scope = scope
    }

    public static func < (lhs: DependencyEdge, rhs: DependencyEdge) -> Bool {
        // Field by field rather than by tuple: building tuples copies four purls per comparison.
        if lhs.from != rhs.from { return lhs.from < rhs.from }
        if lhs.to != rhs.to { return lhs.to < rhs.to }
        return lhs.scope.strength < rhs.scope.strength
    }
}

/// The dependency graph of one system: a set of edges between component purls.
public struct DependencyGraph: Sendable, Hashable, Codable {
    /// Distinct edges, sorted.
    public private(set) var edges: [DependencyEdge]

    public init(edges: [DependencyEdge] = []) {
        // Edges that come sorted and distinct (as the scanner merges them) are checked in one pass.
        if zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) {
            self.edges = edges
        } else {
            self.edges = Array(Set(edges)).sorted()
        }
    }

    /// Adds edges, keeping the graph sorted and free of duplicates.
    public mutating func add(_ newEdges: [DependencyEdge]) {
        edges = Array(Set(edges).union(newEdges)).sorted()
    }

    /// The direct dependencies of `purl`, sorted.
    public func dependencies(of purl: PackageURL) -> [PackageURL] {
        Array(Set(edges.lazy.filter { $0.from == purl }.map(\.to))).sorted()
    }

    /// For every node, its outgoing neighbours (sorted): the adjacency list.
    public var adjacency: [PackageURL: [PackageURL]] {
        var result: [PackageURL: Set<PackageURL>] = [:]
        for edge in edges { result[edge.from, default: []].insert(edge.to) }
        return result.mapValues { $0.sorted() }
    }
}
