import Foundation
import Testing
@testable import Classification
import SovScanModel

/// How much of the most used packages the bundled technology rules know.
@Suite struct CoverageTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)
    let popularity = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/popularity")

    private func names(_ file: String) throws -> [String] {
        let text = try String(contentsOf: popularity.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    @Test func npmTop500() throws {
        let names = try names("npm-top500.txt")
        #expect(names.count == 500)
        var unmatched: [String] = []
        for name in names {
            let purl: PackageURL
            if name.hasPrefix("@"), let slash = name.firstIndex(of: "/") {
                purl = try PackageURL(type: "npm", namespace: String(name[..<slash]),
                                      name: String(name[name.index(after: slash)...]))
            } else {
                purl = try PackageURL(type: "npm", name: name)
            }
            if classifier.match(purl).technology == nil { unmatched.append(name) }
        }
        let matched = names.count - unmatched.count
        print("npm top 500: \(matched) of \(names.count) match a technology rule; unmatched: \(unmatched)")
        #expect(matched >= 495)
    }

    @Test func mavenSample() throws {
        let names = try names("maven-sample.txt")
        var unmatched: [String] = []
        for name in names {
            let parts = name.split(separator: ":")
            guard parts.count == 2 else { continue }
            let purl = try PackageURL(type: "maven", namespace: String(parts[0]), name: String(parts[1]))
            if classifier.match(purl).technology == nil { unmatched.append(name) }
        }
        let matched = names.count - unmatched.count
        print("Maven sample: \(matched) of \(names.count) match a technology rule; unmatched groups: "
              + "\(Set(unmatched.map { $0.split(separator: ":")[0] }).sorted())")
        #expect(Double(matched) >= 0.95 * Double(names.count))
    }
}
