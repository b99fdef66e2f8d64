import CLITestSupport
import Foundation
import Testing

/// `sovscan check` run as CI runs it: exit codes, policy errors, outputs, and a change that adds a denied
/// dependency to a copy of the sample system.
struct CheckCommandTests {
    typealias Run = SovScanRun

    /// Runs `sovscan` in `folder` with a fixed `SOURCE_DATE_EPOCH` and no GitHub Actions context.
    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        var overrides: [String: String?] = ["GITHUB_ACTIONS": nil, "SOURCE_DATE_EPOCH": "1796083200"]  // 2026-12-01
        for (name, value) in environment { overrides[name] = value }
        return try SovScanCLI.run(arguments, in: folder, environment: overrides)
    }

    /// A fresh copy of SampleProjects/kommune-sag.
    func sampleCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("kommune-sag")
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("SampleProjects/kommune-sag"),
                                         to: folder)
        return folder
    }

    func write(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
    }

    /// Inserts `line` after the line that contains `anchor`; returns the new line's number.
    func insert(_ line: String, after anchor: String, in file: URL) throws -> Int {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(anchor) }, "\(anchor) is in \(file.lastPathComponent)")
        lines.insert(line, at: index + 1)
        try write(lines.joined(separator: "\n"), to: file)
        return index + 2
    }

    @Test func addingADeniedDependencyFailsAtItsLine() throws {
        let sample = try sampleCopy()
        try write("""
            extends: [stil]
            packages:
              deny: ["pkg:swift/github.com/example/*"]
            """, to: sample.appendingPathComponent(".sovscan.yml"))
        // Record today's findings, as a team adopting the gate would.
        let before = try run(["check", "--format", "json:baseline.json", "--format", "table"], in: sample)
        #expect([0, 1].contains(before.status), "\(before.stderr)")
        #expect(!before.stdout.contains("package-denied"))
        let passing = try run(["check", "--baseline", "baseline.json"], in: sample)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")

        // The change: a new package in the iOS app's manifest, resolved into Package.resolved (an unresolved one
        // would make the scan incomplete: exit 3).
        let line = try insert("        .package(url: \"https://github.com/example/forbidden-kit.git\", from: \"1.0.0\"),",
                              after: "ZIPFoundation.git", in: sample.appendingPathComponent("ios-app/Package.swift"))
        _ = try insert("""
                {
                  "identity" : "forbidden-kit",
                  "kind" : "remoteSourceControl",
                  "location" : "https://github.com/example/forbidden-kit.git",
                  "state" : { "revision" : "0123456789abcdef0123456789abcdef01234567", "version" : "1.0.3" }
                },
            """, after: "\"pins\" : [", in: sample.appendingPathComponent("ios-app/Package.resolved"))
        let after = try run(["check", "--baseline", "baseline.json", "--format", "json"], in: sample)
        #expect(after.status == 1, "\(after.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let failing = try #require(document["findings"] as? [[String: Any]]).filter { $0["fails"] as? Bool == true }
        #expect(failing.count == 1)
        let finding = try #require(failing.first)
        #expect(finding["rule"] as? String == "package-denied")
        #expect(finding["component"] as? String == "pkg:swift/github.com/example/forbidden-kit@1.0.3")
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == "ios-app/Package.swift")
        #expect(location["line"] as? Int == line)

        let table = try run(["check", "--baseline", "baseline.json"], in: sample)
        #expect(table.status == 1)
        #expect(table.stdout.contains("ios-app/Package.swift\n  ios-app/Package.swift:\(line):"))
        #expect(table.stdout.contains("policy check FAILED: 1 error(s)"))
    }

    @Test func addingAnNpmDependencyWithADeniedLicenceFailsAtItsLine() throws {
        let sample = try sampleCopy()
        try write("extends: [stil]\nlicenses:\n  deny: [network-copyleft]\n", to: sample.appendingPathComponent(".sovscan.yml"))
        let arguments = ["check", "--maven-repo", "backend/m2-repository", "--format", "json"]
        let before = try run(arguments, in: sample)
        let beforeDocument = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        let beforeFailing = try #require(beforeDocument["findings"] as? [[String: Any]]).filter { $0["fails"] as? Bool == true }

        // The change: package.json gains a dependency and npm locks it.
        let frontend = sample.appendingPathComponent("frontend")
        let line = try insert("    \"agpl-widget\": \"^2.0.0\",", after: "\"axios\"", in: frontend.appendingPathComponent("package.json"))
        let lockURL = frontend.appendingPathComponent("package-lock.json")
        var lock = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: lockURL)) as? [String: Any])
        var packages = try #require(lock["packages"] as? [String: Any])
        var root = try #require(packages[""] as? [String: Any])
        var dependencies = try #require(root["dependencies"] as? [String: Any])
        dependencies["agpl-widget"] = "^2.0.0"
        root["dependencies"] = dependencies
        packages[""] = root
        packages["node_modules/agpl-widget"] = ["version": "2.0.1", "license": "AGPL-3.0-only",
                                                "resolved": "https://registry.npmjs.org/agpl-widget/-/agpl-widget-2.0.1.tgz"]
        lock["packages"] = packages
        try JSONSerialization.data(withJSONObject: lock, options: [.prettyPrinted, .sortedKeys]).write(to: lockURL)

        let after = try run(arguments, in: sample)
        #expect(after.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let failing = try #require(document["findings"] as? [[String: Any]]).filter { $0["fails"] as? Bool == true }
        #expect(failing.count == beforeFailing.count + 1)
        let finding = try #require(failing.first { $0["component"] as? String == "pkg:npm/agpl-widget@2.0.1" })
        #expect(finding["rule"] as? String == "license-denied")
        #expect((finding["message"] as? String)?.contains("AGPL-3.0-only") == true)
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == "frontend/package.json")
        #expect(location["line"] as? Int == line)
    }

    @Test func policyErrorsExitTwoWithFileAndLine() throws {
        let folder = try TestSupport.temporaryFolder()
        try write("licenses:\n  allow: [MIT]\n  unknwn: warn\n", to: folder.appendingPathComponent(".sovscan.yml"))
        let result = try run(["check"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(".sovscan.yml:3:3: key 'licenses.unknwn': unknown key"))

        try write("licenses:\n  allow: [MIT\n", to: folder.appendingPathComponent("broken.yml"))
        let yaml = try run(["check", "--policy", "broken.yml"], in: folder)
        #expect(yaml.status == 2)
        #expect(yaml.stderr.contains("broken.yml:3:1: invalid YAML") || yaml.stderr.contains("broken.yml:"))

        try write("licenses:\n  deny:\n    - AGPL-3.0\n    - Apache2\n", to: folder.appendingPathComponent("typo.yml"))
        let typo = try run(["check", "--policy", "typo.yml"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("typo.yml:4:7: key 'licenses.deny': 'Apache2' is not a licence id"))
        #expect(typo.stderr.contains("warning: typo.yml:3:7: key 'licenses.deny': 'AGPL-3.0' is a deprecated SPDX id"))

        let none = try run(["check", "--policy", "nowhere.yml"], in: folder)
        #expect(none.status == 2)
        #expect(try run(["check", "--policy-profile", "nordic"], in: folder).status == 2)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".sovscan.yml"))
        let missing = try run(["check"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no policy file"))
        #expect(try run(["check", "--policy-profile", "stil", "--format", "pdf"], in: folder).status == 2)
        #expect(try run(["check", "--policy-profile", "stil", "--baseline", "none.json"], in: folder).status == 2)
    }

    @Test func outputsAnnotationsAndStrict() throws {
        let folder = try TestSupport.temporaryFolder()
        try write("""
            {"pins": [{"identity": "swift-log", "kind": "remoteSourceControl",
              "location": "https://github.com/apple/swift-log.git",
              "state": {"revision": "0123456789abcdef0123456789abcdef01234567", "version": "1.6.1"}}], "version": 2}
            """, to: folder.appendingPathComponent("Package.resolved"))
        try write("packages:\n  deny: [\"pkg:swift/github.com/apple/swift-log\"]\n", to: folder.appendingPathComponent(".sovscan.yml"))
        let result = try run(["check", "--format", "sarif:out.sarif", "--format", "junit:out.xml",
                              "--format", "gitlab:gl.json", "--format", "github"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("::error file=Package.resolved,line=1,col=11,title=sovscan package-denied::"))
        for name in ["out.sarif", "out.xml", "gl.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let sarif = try String(contentsOf: folder.appendingPathComponent("out.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"ruleId\" : \"package-denied\""))

        let actions = try run(["check"], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(actions.stdout.contains("::error file=Package.resolved"))
        #expect(actions.stdout.contains("policy check FAILED"))

        try write("{\"pins\": [", to: folder.appendingPathComponent("Package.resolved"))
        try write("licenses:\n  unknown: allow\n", to: folder.appendingPathComponent(".sovscan.yml"))
        let broken = try run(["check"], in: folder)
        #expect(broken.status == 3, "an unreadable Package.resolved makes the scan incomplete")
        #expect(broken.stdout.contains("Package.resolved:1:") && broken.stdout.contains("policy check INCOMPLETE"), "\(broken.stdout)")
        #expect(try run(["check", "--allow-incomplete"], in: folder).status == 0)
        #expect(try run(["check", "--strict", "--allow-incomplete"], in: folder).status == 0)
    }
}
