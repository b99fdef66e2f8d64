import Foundation
import Testing
import Catalogers
import Classification
import SovScanKit
import SovScanModel

/// Scans real manifests (the repository's sample system; the shared benchmark corpus when present) and measures
/// how many shipped components get a level with an explanation and how many direct dependencies match a
/// technology rule. `SOVSCAN_SHARED` names the shared folder (default `../shared` of the repository).
@Suite struct RealWorldCoverageTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    struct Figures: CustomStringConvertible {
        var shipped = 0
        var shippedWithLevel = 0
        /// Direct dependencies that ship.
        var direct = 0
        var directWithRule = 0
        /// Every direct dependency, development and test ones included.
        var allDirect = 0
        var allDirectWithRule = 0
        var unmatchedDirect: Set<String> = []
        /// `purl: level (reason)` per shipped component, for the log.
        var levels: [String] = []
        /// How the level of shipped components was decided: technology rule, inherited, ecosystem default.
        var byRule = 0
        var inherited = 0
        var byDefault = 0

        mutating func add(_ system: SystemInventory, _ classified: ClassifiedSystem) {
            for (component, classification) in zip(system.components, classified.classifications)
            where !component.isFirstParty && component.isDirect {
                allDirect += 1
                if classification.technologyRule != nil {
                    allDirectWithRule += 1
                } else {
                    unmatchedDirect.insert(component.displayName)
                }
            }
            for (component, classification) in zip(system.components, classified.classifications)
            where !component.isFirstParty && component.ships {
                shipped += 1
                let levelDecision = classification.explanation.first { $0.fact == "level" }
                if classification.level != nil, levelDecision?.reason.isEmpty == false { shippedWithLevel += 1 }
                if levelDecision?.rule != nil {
                    byRule += 1
                } else if levelDecision?.reason.hasPrefix("inherited") == true {
                    inherited += 1
                } else {
                    byDefault += 1
                }
                levels.append("\(component.purl): \(classification.level?.rawValue ?? "none") "
                              + "[\(classification.technology)] (\(levelDecision?.reason ?? "-"))")
                if component.isDirect {
                    direct += 1
                    if classification.technologyRule != nil { directWithRule += 1 }
                }
            }
        }

        var levelShare: Double { shipped == 0 ? 0 : Double(shippedWithLevel) / Double(shipped) }
        var ruleShare: Double { direct == 0 ? 0 : Double(directWithRule) / Double(direct) }
        var allDirectRuleShare: Double { allDirect == 0 ? 0 : Double(allDirectWithRule) / Double(allDirect) }

        mutating func add(_ other: Figures) {
            shipped += other.shipped
            shippedWithLevel += other.shippedWithLevel
            direct += other.direct
            directWithRule += other.directWithRule
            allDirect += other.allDirect
            allDirectWithRule += other.allDirectWithRule
            unmatchedDirect.formUnion(other.unmatchedDirect)
            byRule += other.byRule
            inherited += other.inherited
            byDefault += other.byDefault
        }

        var description: String {
            "\(shippedWithLevel)/\(shipped) shipped components with a level (\(percent(levelShare)); by rule \(byRule), "
                + "inherited \(inherited), ecosystem default \(byDefault)), "
                + "\(directWithRule)/\(direct) shipped direct dependencies matching a technology rule "
                + "(\(percent(ruleShare))), \(allDirectWithRule)/\(allDirect) of all direct dependencies "
                + "(\(percent(allDirectRuleShare)))"
        }

        private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    }

    private func measure(_ path: String, mavenRepository: String? = nil) -> Figures {
        let scanner = Scanner(options: ScanOptions(catalog: CatalogOptions(mavenRepository: mavenRepository)))
        var figures = Figures()
        for system in scanner.scan(paths: [path]).systems {
            let classified = classifier.classify(system) { _ in nil }
            figures.add(system, classified)
        }
        return figures
    }

    @Test func sampleSystem() {
        let sample = Self.repository.appendingPathComponent("SampleProjects/kommune-sag")
        guard FileManager.default.fileExists(atPath: sample.path) else {
            print("skipped: SampleProjects/kommune-sag is missing")
            return
        }
        let figures = measure(sample.path,
                              mavenRepository: sample.appendingPathComponent("backend/m2-repository").path)
        print("kommune-sag: \(figures); unmatched direct: \(figures.unmatchedDirect.sorted())")
        for line in figures.levels { print("  \(line)") }
        #expect(figures.shipped > 0)
        #expect(figures.levelShare >= 0.95)
        #expect(figures.ruleShare >= 0.90)
        #expect(figures.allDirectRuleShare >= 0.90)
    }

    /// The shared benchmark corpus: `bench/corpus/systems` and `bench/corpus/big` (or `SOVSCAN_COVERAGE_CORPORA`, a
    /// comma-separated list of folders inside the shared folder), each direct subfolder a system.
    @Test func sharedCorpus() {
        let shared = ProcessInfo.processInfo.environment["SOVSCAN_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? Self.repository.deletingLastPathComponent().appendingPathComponent("shared")
        let corpora = (ProcessInfo.processInfo.environment["SOVSCAN_COVERAGE_CORPORA"] ?? "bench/corpus/systems,bench/corpus/big")
            .split(separator: ",").map { shared.appendingPathComponent(String($0)) }
        var total = Figures()
        for corpus in corpora {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else {
                print("skipped: the shared benchmark corpus \(corpus.path) is not present")
                continue
            }
            for name in names.sorted() {
                let figures = measure(corpus.appendingPathComponent(name).path)
                print("corpus \(name): \(figures)")
                total.add(figures)
            }
        }
        print("corpus total: \(total); unmatched direct: \(total.unmatchedDirect.sorted())")
        guard total.shipped >= 1000 else {
            print("skipped: the catalogers in this build read fewer than 1,000 shipped components from the corpus")
            return
        }
        // Issue 7 asks for 95% and 90%; the bundled rules reach 100% on these corpora, so a drop shows early.
        #expect(total.levelShare >= 0.95)
        #expect(total.ruleShare >= 0.97)
        #expect(total.allDirectRuleShare >= 0.97)
    }
}
