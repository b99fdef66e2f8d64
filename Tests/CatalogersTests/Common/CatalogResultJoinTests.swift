@testable import Catalogers
import SovScanModel
import Testing

/// `CatalogResult.joined` keeps every result's components, edges and diagnostics in the order of the results,
/// wherever the longest list is.
struct CatalogResultJoinTests {
    private func component(_ name: String) throws -> Component {
        Component(purl: try PackageURL(parsing: "pkg:npm/\(name)@1.0.0"), ecosystem: .npm, name: name, version: "1.0.0")
    }

    private func result(_ names: [String], file: String) throws -> CatalogResult {
        let components = try names.map(component)
        let edges = zip(components, components.dropFirst()).map { DependencyEdge(from: $0.purl, to: $1.purl, scope: .runtime) }
        return CatalogResult(components: components, edges: edges,
                             diagnostics: [Diagnostic(.warning, "from \(file)", at: SourceLocation(file: file))])
    }

    @Test(arguments: [0, 1, 2])
    func theOrderIsKeptWhereverTheLongestListIs(longest: Int) throws {
        let results = try (0..<3).map { index in
            try result((0..<(index == longest ? 5 : 2)).map { "r\(index)-\($0)" }, file: "f\(index)")
        }
        let joined = CatalogResult.joined(results, after: [Diagnostic(.note, "first")])
        #expect(joined.components.map(\.name) == results.flatMap { $0.components.map(\.name) })
        #expect(joined.edges == results.flatMap(\.edges))
        #expect(joined.diagnostics.map(\.message) == ["first", "from f0", "from f1", "from f2"])
        #expect(joined.components.count == 9 && joined.edges.count == 6)
    }

    @Test func noResults() {
        let joined = CatalogResult.joined([], after: [Diagnostic(.error, "no manifest")])
        #expect(joined.components.isEmpty && joined.edges.isEmpty)
        #expect(joined.diagnostics.map(\.message) == ["no manifest"])
    }
}
