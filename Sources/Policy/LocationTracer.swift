import SovScanModel

/// Finds the manifest line that brings a component into a system: its own declaration when it is a direct
/// dependency, else the declaration of the nearest direct dependency that leads to it through the graph.
public struct LocationTracer: Sendable {
    private let components: [PackageURL: Component]
    /// Who depends on each component (reverse edges), sorted for deterministic paths.
    private let dependents: [PackageURL: [PackageURL]]

    public init(_ system: SystemInventory) {
        components = Dictionary(system.components.map { ($0.purl, $0) }) { first, _ in first }
        var reverse: [PackageURL: Set<PackageURL>] = [:]
        for edge in system.graph.edges { reverse[edge.to, default: []].insert(edge.from) }
        dependents = reverse.mapValues { $0.sorted() }
    }

    /// The location to show and the chain from the direct dependency down to `purl` (empty when `purl` is direct).
    public func trace(_ purl: PackageURL) -> (location: SovScanModel.SourceLocation?, path: [PackageURL]) {
        if let component = components[purl], isEntry(component) {
            return (Self.declaration(of: component), [])
        }
        // Breadth-first over reverse edges: the shortest chain to a direct dependency, ties broken by purl order.
        var parent: [PackageURL: PackageURL] = [:]
        var visited: Set<PackageURL> = [purl]
        var queue: [PackageURL] = [purl]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for dependent in dependents[current] ?? [] where !visited.contains(dependent) {
                visited.insert(dependent)
                parent[dependent] = current
                if let component = components[dependent], isEntry(component) {
                    var path = [dependent]
                    var step = dependent
                    while let next = parent[step] {
                        path.append(next)
                        step = next
                    }
                    return (Self.declaration(of: component), path)
                }
                queue.append(dependent)
            }
        }
        return (components[purl].flatMap(Self.declaration), [])
    }

    /// A direct third-party dependency: where a chain starts.
    private func isEntry(_ component: Component) -> Bool { component.isDirect && !component.isFirstParty }

    /// The declaring location: a manifest line before a lockfile line.
    static func declaration(of component: Component) -> SovScanModel.SourceLocation? {
        component.locations.min { left, right in
            let leftRank = isLockfile(left.file) ? 1 : 0
            let rightRank = isLockfile(right.file) ? 1 : 0
            return leftRank != rightRank ? leftRank < rightRank : left < right
        }
    }

    private static let lockfiles = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml",
                                    "Package.resolved"]

    private static func isLockfile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return lockfiles.contains(name)
    }
}
