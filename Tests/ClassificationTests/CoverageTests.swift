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

    /// The most downloaded npm packages (`npm-top.txt`, most downloaded first): the share that matches a
    /// technology rule among the first 500, 2,000 and 5,000.
    @Test(arguments: [(500, 0.99), (2_000, 0.99), (5_000, 0.98)])
    func npmMostDownloaded(count: Int, required: Double) throws {
        let names = try names("npm-top.txt").prefix(count)
        #expect(names.count == count)
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
        print("npm top \(count): \(matched) of \(names.count) match a technology rule; unmatched: \(unmatched)")
        #expect(Double(matched) >= required * Double(count))
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

    /// Widely used Swift packages (`swift-popular.txt`: one `pkg:swift/...` purl per line, kept by hand from the
    /// Swift Package Index's most depended-on and most starred packages): the share that matches a technology rule.
    @Test func swiftPopular() throws {
        let lines = try names("swift-popular.txt").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(lines.count >= 150)
        var unmatched: [String] = []
        for line in lines {
            let purl = try PackageURL(parsing: line)
            if classifier.match(purl).technology == nil { unmatched.append(line) }
        }
        let matched = lines.count - unmatched.count
        print("Swift popular: \(matched) of \(lines.count) match a technology rule; unmatched: \(unmatched)")
        #expect(Double(matched) >= 0.95 * Double(lines.count))
    }

    /// The most used Maven artifacts (`maven-popular.txt`: `group:artifact` per line, kept by hand from Maven
    /// Central's most depended-on artifacts): the share that matches a technology rule.
    @Test func mavenPopular() throws {
        let lines = try names("maven-popular.txt").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(lines.count >= 500)
        var unmatched: [String] = []
        for line in lines {
            let parts = line.split(separator: ":")
            #expect(parts.count == 2, "not group:artifact: \(line)")
            guard parts.count == 2 else { continue }
            let purl = try PackageURL(type: "maven", namespace: String(parts[0]), name: String(parts[1]))
            if classifier.match(purl).technology == nil { unmatched.append(line) }
        }
        let matched = lines.count - unmatched.count
        print("Maven popular: \(matched) of \(lines.count) match a technology rule; unmatched: \(unmatched)")
        #expect(Double(matched) >= 0.98 * Double(lines.count))
    }
}

