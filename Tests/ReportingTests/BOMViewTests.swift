@testable import Reporting
import SovScanModel
import Testing

/// `BOMView` answers by position what it answers by purl, and both agree with the inventory's graph read
/// directly (issue 17: the view numbers components once instead of hashing purls for every question).
@Suite struct BOMViewTests {
    /// Two systems sharing components, with edges to a component no system lists (left out).
    private func inventory() -> Inventory {
        let rich = TestInventories.rich()
        var second = rich.systems[0]
        second.name = "second"
        let unknown = TestInventories.purl("pkg:npm/unknown@1.0.0")
        let first = second.components[0].purl
        second.graph = DependencyGraph(edges: second.graph.edges + [DependencyEdge(from: first, to: unknown, scope: .runtime)])
        return Inventory(systems: rich.systems + [second])
    }

    @Test func positionsAndPurlsGiveTheSameAnswers() throws {
        for inventory in [TestInventories.rich(), inventory()] {
            let view = BOMView(inventory)
            let known = Set(view.components.map(\.purl))
            let edges = Set(inventory.systems.flatMap(\.graph.edges)).filter { known.contains($0.from) && known.contains($0.to) }
            #expect(view.edges == edges.sorted())
            let scopes = Dictionary(uniqueKeysWithValues: view.components.map { ($0.purl, $0.scope) })
            for (position, component) in view.components.enumerated() {
                #expect(view.position(of: component.purl) == position)
                let outgoing = edges.filter { $0.from == component.purl }.sorted()
                #expect(view.edges(from: component.purl) == outgoing)
                let targets = Array(Set(outgoing.map(\.to))).sorted()
                #expect(view.dependencies(of: component.purl) == targets)
                #expect(view.dependencies(at: position) == targets)
                let unusual = outgoing.filter { scopes[$0.to] != $0.scope }.map { "\($0.scope) \($0.to)" }
                #expect(view.unusualEdgeScopes(of: component.purl).map { "\($0.scope) \($0.to)" } == unusual)
                #expect(view.unusualEdgeScopes(at: position).map { "\($0.scope) \($0.to)" } == unusual)
            }
            let reached = Set(view.components.filter(\.isFirstParty).flatMap { view.dependencies(of: $0.purl) })
            let roots = view.components.filter { $0.isFirstParty || ($0.isDirect && !reached.contains($0.purl)) }.map(\.purl)
            #expect(view.rootDependencies == roots)
            #expect(!roots.isEmpty)
        }
    }
}
