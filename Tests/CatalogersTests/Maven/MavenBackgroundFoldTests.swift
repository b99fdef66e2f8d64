@testable import Catalogers
import Foundation
import SovScanModel
import Testing

/// The Maven cataloger folds each resolved project on a thread of its own while the next is resolved (issue 17):
/// what it returns must be what folding the whole resolution in order gives.
@Suite struct MavenBackgroundFoldTests {
    /// The cataloger's result, and the fold of the same build resolved whole and folded on the calling thread.
    private func both(root: String, repository: String, poms: [String]) -> (streamed: CatalogResult, whole: CatalogResult) {
        let options = CatalogOptions(mavenRepository: repository)
        let streamed = MavenCataloger().catalog(poms.map { ManifestFile(relativePath: $0, kind: .mavenPOM) },
                                                in: CatalogContext(root: root, options: options))
        let whole = MavenCataloger.result(of: MavenBuildResolver.resolve(pomPaths: poms, root: root, options: options))
        return (streamed, whole)
    }

    private func expectSame(_ results: (streamed: CatalogResult, whole: CatalogResult)) {
        #expect(results.streamed.components == results.whole.components)
        #expect(results.streamed.edges == results.whole.edges)
        #expect(results.streamed.diagnostics == results.whole.diagnostics)
    }

    @Test func theStreamedFoldIsTheFoldOfTheWholeResolution() throws {
        for (root, repository) in [("reactor", "reactor/m2"), ("resolution/project", "resolution/m2")] {
            let path = MavenFixtures.path(root)
            let poms = Discovery().manifests(under: path).files.filter { $0.kind == .mavenPOM }.map(\.relativePath)
            let results = both(root: path, repository: MavenFixtures.path(repository), poms: poms)
            #expect(!results.whole.components.isEmpty)
            expectSame(results)
        }
    }

    /// Many projects, each handed over while the fold of the ones before may still run.
    @Test func aChainOfModulesFoldsInOrder() throws {
        let chain = try ModuleChain(count: 60)
        defer { chain.remove() }
        let results = both(root: chain.root, repository: chain.root + "/m2",
                           poms: ["pom.xml"] + (1...60).map { "m\($0)/pom.xml" })
        // The 61 projects (packaging pom) and the 59 modules other modules depend on (as jars).
        #expect(results.whole.components.count == 120)
        expectSame(results)
    }

    /// A project that is left out (incomplete coordinates) is said after the resolution's own diagnostics, as
    /// before.
    @Test func aProjectLeftOutIsSaidAfterTheResolutionsDiagnostics() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-fold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("m2"), withIntermediateDirectories: true)
        try Data("""
        <project><modelVersion>4.0.0</modelVersion><artifactId>no-group</artifactId><version>1</version>
        <dependencies><dependency><groupId>g</groupId><artifactId>missing</artifactId><version>1</version></dependency>
        </dependencies></project>
        """.utf8).write(to: root.appendingPathComponent("pom.xml"))
        let results = both(root: root.path, repository: root.appendingPathComponent("m2").path, poms: ["pom.xml"])
        #expect(results.streamed.diagnostics.last?.message.contains("incomplete coordinates") == true)
        expectSame(results)
    }

    @Test func theFoldTakesItemsInTheOrderGiven() {
        let fold = BackgroundFold([Int]()) { $0.append($1) }
        for number in 0..<10_000 { fold.add(number) }
        #expect(fold.finish() == Array(0..<10_000))
    }

    @Test func aFoldGivenNothingReturnsItsStart() {
        #expect(BackgroundFold("start") { (state: inout String, item: String) in state += item }.finish() == "start")
    }
}
