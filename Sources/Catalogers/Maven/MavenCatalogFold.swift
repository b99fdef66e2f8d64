import SovScanModel

/// What a resolved Maven build catalogues, gathered one sighting at a time. Every module, and every dependency
/// of every module, is a sighting of a purl; the sightings of one purl are folded as they come (`ComponentFold`,
/// as the scanner's merge would fold them) and each edge is kept once. A build whose modules share their
/// libraries (Apache NiFi: 716 modules reach 5,000 artifacts tens of thousands of times) then holds one
/// component per purl instead of one per sighting.
struct MavenCatalogFold {
    private var purls: MavenPurlSlots
    /// The fold of each purl's sightings, indexed by purl number (numbers are dense: `MavenPurlSlots` gives them
    /// in order); `nil` for a purl only edges name.
    private var folds: [ComponentFold?] = []
    /// The distinct edges in the order they were first added.
    private var edges: [Edge] = []
    private var knownEdges: Set<Edge> = []

    init(reactor: Set<MavenCoordinates>) {
        purls = MavenPurlSlots(reactor: reactor)
    }

    /// The slot of the purl of `coordinates` with `type` and `classifier`; `nil` when they make no purl.
    mutating func slot(_ coordinates: MavenCoordinates, type: String, classifier: String) -> MavenPurlSlots.Slot? {
        purls.slot(coordinates, type: type, classifier: classifier)
    }

    /// The purl numbered `number`.
    func purl(_ number: Int) -> PackageURL { purls.purls[number] }

    /// Folds a sighting of the purl numbered `purl` into the sightings before it.
    mutating func add(_ component: Component, at purl: Int) {
        if purl >= folds.count { folds.append(contentsOf: repeatElement(nil, count: purl + 1 - folds.count)) }
        if folds[purl] == nil {
            folds[purl] = ComponentFold(component)
        } else {
            folds[purl]!.add(component)
        }
    }

    /// Adds the edge between two purls (by number) unless it is known.
    mutating func addEdge(from: Int, to: Int, scope: Scope) {
        let edge = Edge(from: from, to: to, scope: scope)
        if knownEdges.insert(edge).inserted { edges.append(edge) }
    }

    /// The folded components, sorted by purl, and the distinct edges, sorted by their purls and then by scope.
    func result() -> (components: [Component], edges: [DependencyEdge]) {
        let rank = purls.ranks()
        let components = folds.indices.filter { folds[$0] != nil }.sorted { rank[$0] < rank[$1] }.map { folds[$0]!.result }
        let sortedEdges = edges.sorted {
            (rank[$0.from], rank[$0.to], $0.scope.strength) < (rank[$1.from], rank[$1.to], $1.scope.strength)
        }
        let all = purls.purls
        return (components, sortedEdges.map { DependencyEdge(from: all[$0.from], to: all[$0.to], scope: $0.scope) })
    }

    /// An edge between two purls by number.
    private struct Edge: Hashable {
        let from: Int
        let to: Int
        let scope: Scope
    }
}
