import SovScanModel

/// Finds the manifest line that brings a component into a system: its own declaration when it is a direct
/// dependency, else the declaration of the nearest direct dependency that leads to it through the graph.
///
/// One breadth-first walk from every direct dependency at once (in purl order, neighbours in purl order) gives every
/// reachable component its nearest direct dependency and the step it was reached from, so each trace afterwards
/// only follows those steps back: linear in the graph, whatever the number of findings.
public struct LocationTracer: Sendable {
    private let components: [PackageURL: Component]
    /// For each component reached from a direct dependency (and not one itself): the component it was reached from.
    private let reachedFrom: [PackageURL: PackageURL]

    public init(_ system: SystemInventory) {
        components = Dictionary(system.components.map { ($0.purl, $0) }) { first, _ in first }
        let adjacency = system.graph.adjacency
        var queue = system.components.filter(Self.isEntry).map(\.purl).sorted()
        var visited = Set(queue)
        var parent: [PackageURL: PackageURL] = [:]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for next in adjacency[current] ?? [] where !visited.contains(next) {
                visited.insert(next)
                parent[next] = current
                queue.append(next)
            }
        }
        reachedFrom = parent
    }

    /// The location to show and the chain from the direct dependency down to `purl` (empty when `purl` is direct
    /// or reached from no direct dependency, in which case its own first location is shown).
    public func trace(_ purl: PackageURL) -> (location: SovScanModel.SourceLocation?, path: [PackageURL]) {
        guard reachedFrom[purl] != nil else { return (components[purl].flatMap(Self.declaration), []) }
        var path = [purl]
        var step = purl
        while let previous = reachedFrom[step] {
            path.append(previous)
            step = previous
        }
        path.reverse()
        return (components[step].flatMap(Self.declaration), path)
    }

    /// The component's own lockfile entries (`package-lock.json:120:5`), sorted.
    public func lockfileEntries(_ purl: PackageURL) -> [SovScanModel.SourceLocation] {
        (components[purl]?.locations ?? []).filter { Self.isLockfile($0.file) }.sorted()
    }

    /// A direct third-party dependency: where a chain starts.
    private static func isEntry(_ component: Component) -> Bool { component.isDirect && !component.isFirstParty }

    /// The declaring location: a manifest line before a lockfile line.
    static func declaration(of component: Component) -> SovScanModel.SourceLocation? {
        component.locations.min { left, right in
            let leftRank = isLockfile(left.file) ? 1 : 0
            let rightRank = isLockfile(right.file) ? 1 : 0
            return leftRank != rightRank ? leftRank < rightRank : left < right
        }
    }

    private static let lockfiles: Set<String> = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml",
                                                 "Package.resolved"]

    private static func isLockfile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return lockfiles.contains(name)
    }
}
