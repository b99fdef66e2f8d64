import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Classifies synthetic components with the bundled rules and, for scale, parses the same components written as an
/// npm lockfile with Foundation's JSON parser. Prints both times; the assertion only guards against a pathological
/// slowdown. 2,000 components by default; `SOVSCAN_BENCHMARK_COUNT=20000` for the figure in the report.
@Suite struct BenchmarkTests {
    static func syntheticSystem(count: Int) throws -> (SystemInventory, Data) {
        let popularity = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/popularity")
        let npmNames = try String(contentsOf: popularity.appendingPathComponent("npm-top.txt"), encoding: .utf8)
            .split(separator: "\n").prefix(500).map(String.init)
        let mavenNames = try String(contentsOf: popularity.appendingPathComponent("maven-sample.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var components: [Component] = []
        var edges: [DependencyEdge] = []
        var lock: [String: Any] = [:]
        for index in 0..<count {
            let purl: PackageURL
            let ecosystem: Ecosystem
            switch index % 3 {
            case 0:
                let name = npmNames[index % npmNames.count]
                let parts = name.split(separator: "/")
                purl = try PackageURL(type: "npm", namespace: parts.count == 2 ? String(parts[0]) : nil,
                                      name: String(parts.last ?? "x") + (index < 3000 ? "" : "-\(index)"),
                                      version: "1.\(index % 50).0")
                ecosystem = .npm
            case 1:
                let parts = mavenNames[index % mavenNames.count].split(separator: ":")
                purl = try PackageURL(type: "maven", namespace: String(parts[0]), name: String(parts[1]) + "-\(index)",
                                      version: "2.\(index % 40).1")
                ecosystem = .maven
            default:
                purl = try PackageURL(type: "swift", namespace: "github.com/owner\(index % 97)", name: "pkg\(index)",
                                      version: "0.\(index % 9).0")
                ecosystem = .swift
            }
            let isDirect = index % 20 == 0
            components.append(Component(purl: purl, ecosystem: ecosystem, group: purl.namespace, name: purl.name,
                                        version: purl.version, scope: index % 7 == 0 ? .dev : .runtime,
                                        isDirect: isDirect))
            if !isDirect {
                let parent = components[(index / 20) * 20].purl
                edges.append(DependencyEdge(from: parent, to: purl, scope: .runtime))
            }
            lock["node_modules/\(purl.namespace.map { $0 + "/" } ?? "")\(purl.name)"] = [
                "version": purl.version ?? "", "resolved": "https://registry.example/\(purl.name).tgz",
                "integrity": "sha512-\(index)", "license": "MIT", "dependencies": ["a": "^1.0.0"],
            ] as [String: Any]
        }
        let data = try JSONSerialization.data(withJSONObject: ["lockfileVersion": 3, "packages": lock])
        return (SystemInventory(name: "bench", root: "/bench", components: components,
                                graph: DependencyGraph(edges: edges)), data)
    }

    @Test func classifySyntheticComponents() throws {
        let count = ProcessInfo.processInfo.environment["SOVSCAN_BENCHMARK_COUNT"].flatMap { Int($0) } ?? 2_000
        let (system, lockData) = try Self.syntheticSystem(count: count)
        let rules = RuleSet.load(directories: [bundledRules]).rules
        let clock = ContinuousClock()
        let classifier = Classifier(rules: rules)
        let matchTime = clock.measure { for component in system.components { _ = classifier.match(component.purl) } }
        var classified: ClassifiedSystem?
        let classifyTime = clock.measure {
            let classifier = Classifier(rules: rules)
            classified = classifier.classify(system) { _ in LicenseFacts(category: .permissive, isOSS: true) }
        }
        var parsed: Any?
        let parseTime = clock.measure { parsed = try? JSONSerialization.jsonObject(with: lockData) }
        #expect(parsed != nil)
        let result = try #require(classified)
        #expect(result.classifications.count == count)
        #expect(result.classifications.allSatisfy { $0.level != nil })
        print("benchmark: rule matching alone \(matchTime); "
              + "classified \(result.classifications.count) components in \(classifyTime); "
              + "Foundation JSON parse of the same components as a \(lockData.count)-byte lockfile: \(parseTime)")
        #expect(classifyTime < .seconds(60))
    }
}
