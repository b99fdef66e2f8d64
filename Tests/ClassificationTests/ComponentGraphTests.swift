import SovScanModel
import Testing
@testable import Classification

/// The walks `ComponentGraph` offers the level assignment.
@Suite struct ComponentGraphTests {
    /// app -> a -> b -> app (a cycle), app -dev-> d, a -dev-> c, b -> c only through a test edge: the shipping reach
    /// of app holds a, b and app itself (through the cycle), never what only a development or test edge reaches.
    @Test func theShippingReachFollowsOnlyEdgesThatShip() throws {
        let names = ["a", "app", "b", "c", "d"]
        let purls = try names.map { try PackageURL(parsing: "pkg:npm/\($0)@1.0.0") }
        func edge(_ from: String, _ to: String, _ scope: Scope) -> DependencyEdge {
            DependencyEdge(from: purls[names.firstIndex(of: from)!], to: purls[names.firstIndex(of: to)!], scope: scope)
        }
        let system = SystemInventory(
            name: "s", root: "/s",
            components: purls.map { Component(purl: $0, ecosystem: .npm, group: nil, name: $0.name, version: "1.0.0") },
            graph: DependencyGraph(edges: [edge("a", "b", .runtime), edge("a", "c", .dev), edge("app", "a", .runtime),
                                           edge("app", "d", .dev), edge("b", "app", .runtime), edge("b", "c", .test)]))
        let graph = ComponentGraph(system)
        let (a, app, b, c, d) = (0, 1, 2, 3, 4)
        #expect(system.components.map(\.name) == names)
        #expect(graph.shippingReach(from: app, among: [a, b, c, d, app]) == [a, b, app])
        #expect(graph.shippingReach(from: app, among: [c, d]) == [])
        #expect(graph.shippingReach(from: a, among: [b]) == [b])
        #expect(graph.shippingReach(from: a, among: []) == [])
    }
}
