import Policy
import SovScanModel
import Testing

/// A transitive component points at the line of the direct dependency that brings it in.
struct LocationTracerTests {
    static func system() -> SystemInventory {
        let app = Component(purl: TestSupport.purl("pkg:npm/app@1.0.0"), ecosystem: .npm, name: "app", version: "1.0.0",
                            isFirstParty: true, locations: [SovScanModel.SourceLocation(file: "package.json", line: 2)])
        // `express` is declared in package.json (line 12) and locked (line 40); `qs` comes through express and
        // body-parser; `deep` is three steps down; `orphan` has no path to a direct dependency.
        let express = Component(purl: TestSupport.purl("pkg:npm/express@4.19.2"), ecosystem: .npm, name: "express",
                                version: "4.19.2", isDirect: true, locations: [
                                    SovScanModel.SourceLocation(file: "package-lock.json", line: 40, column: 5),
                                    SovScanModel.SourceLocation(file: "package.json", line: 12, column: 5),
                                ])
        let parser = Component(purl: TestSupport.purl("pkg:npm/body-parser@1.20.2"), ecosystem: .npm, name: "body-parser",
                               version: "1.20.2", locations: [SovScanModel.SourceLocation(file: "package-lock.json", line: 50)])
        let qs = Component(purl: TestSupport.purl("pkg:npm/qs@6.11.0"), ecosystem: .npm, name: "qs", version: "6.11.0",
                           locations: [SovScanModel.SourceLocation(file: "package-lock.json", line: 60)])
        let deep = Component(purl: TestSupport.purl("pkg:npm/side-channel@1.0.4"), ecosystem: .npm, name: "side-channel",
                             version: "1.0.4", locations: [SovScanModel.SourceLocation(file: "package-lock.json", line: 70)])
        let orphan = Component(purl: TestSupport.purl("pkg:npm/orphan@1.0.0"), ecosystem: .npm, name: "orphan",
                               version: "1.0.0", locations: [SovScanModel.SourceLocation(file: "package-lock.json", line: 80)])
        let edges = [("app", "express"), ("express", "body-parser"), ("express", "qs"), ("body-parser", "qs"),
                     ("qs", "side-channel")]
        let purls = Dictionary(uniqueKeysWithValues: [app, express, parser, qs, deep, orphan].map { ($0.name, $0.purl) })
        return SystemInventory(name: "web", root: ".", components: [app, express, parser, qs, deep, orphan],
                               graph: DependencyGraph(edges: edges.compactMap { edge in
                                   guard let from = purls[edge.0], let to = purls[edge.1] else { return nil }
                                   return DependencyEdge(from: from, to: to, scope: .runtime)
                               }))
    }

    @Test func directDependencyPointsAtItsManifestLine() {
        let tracer = LocationTracer(Self.system())
        let result = tracer.trace(TestSupport.purl("pkg:npm/express@4.19.2"))
        #expect(result.location == SovScanModel.SourceLocation(file: "package.json", line: 12, column: 5))
        #expect(result.path.isEmpty)
    }

    @Test func transitiveDependencyPointsAtTheDirectOneWithTheShortestPath() {
        let tracer = LocationTracer(Self.system())
        let qs = tracer.trace(TestSupport.purl("pkg:npm/qs@6.11.0"))
        #expect(qs.location?.line == 12)
        #expect(qs.path.map(\.name) == ["express", "qs"])
        let deep = tracer.trace(TestSupport.purl("pkg:npm/side-channel@1.0.4"))
        #expect(deep.location == SovScanModel.SourceLocation(file: "package.json", line: 12, column: 5))
        #expect(deep.path.map(\.name) == ["express", "qs", "side-channel"])
    }

    @Test func unreachableComponentKeepsItsOwnLocation() {
        let tracer = LocationTracer(Self.system())
        let orphan = tracer.trace(TestSupport.purl("pkg:npm/orphan@1.0.0"))
        #expect(orphan.location?.line == 80)
        #expect(orphan.path.isEmpty)
    }

    @Test func cyclesEnd() {
        var system = Self.system()
        system.graph.add([DependencyEdge(from: TestSupport.purl("pkg:npm/side-channel@1.0.4"),
                                         to: TestSupport.purl("pkg:npm/orphan@1.0.0"), scope: .runtime),
                          DependencyEdge(from: TestSupport.purl("pkg:npm/orphan@1.0.0"),
                                         to: TestSupport.purl("pkg:npm/side-channel@1.0.4"), scope: .runtime)])
        let orphan = LocationTracer(system).trace(TestSupport.purl("pkg:npm/orphan@1.0.0"))
        #expect(orphan.path.map(\.name) == ["express", "qs", "side-channel", "orphan"])
    }

    @Test func judgedFindingsCarryTheDirectLineAndPathUnderTheRoot() throws {
        var system = Self.system()
        system.root = "./frontend/"
        let policy = try TestSupport.load("packages:\n  deny: [\"pkg:npm/side-channel\"]\nlicenses:\n  unknown: allow\n")
        let findings = PolicyJudge(policy: policy, knowledge: TestSupport.knowledge, today: TestSupport.day)
            .judge([PolicySubject(inventory: system)])
        #expect(findings.count == 1)
        #expect(findings.first?.location == SovScanModel.SourceLocation(file: "frontend/package.json", line: 12, column: 5))
        #expect(findings.first?.path.count == 3)
    }
}
