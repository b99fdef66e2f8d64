import CLITestSupport
import Foundation
import Testing

/// Runs the built `sovscan` binary as a user would.
struct CommandLineTests {
    typealias Run = SovScanRun

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `sovscan` in `folder`, by default the repository's root.
    func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Run {
        try SovScanCLI.run(arguments, in: folder ?? Self.repositoryRoot, environment: environment)
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func versionAndHelp() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let help = try run(["scan", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format"))
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format 'bogus'"))
    }

    @Test func findingsFormatsPointAtCheck() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "sarif"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("use 'sovscan check --format sarif'"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        #expect(try run(["scan", "--no-such-option"]).status == 2)
    }

    @Test func twoFormatsOnStandardOutputAreRefused() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "json", "--format", "cyclonedx"])
        #expect(result.status == 2)
    }

    @Test func sampleScanPrintsASummary() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--no-color"])
        #expect(result.stdout.contains("System kommune-sag"))
        #expect(result.stdout.contains("manifests:"))
        #expect(!result.stdout.contains("\u{1B}["), "--no-color writes no escape codes")
    }

    @Test func missingPathIsAnIncompleteScan() throws {
        let result = try run(["scan", "/nonexistent/sovscan/path"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("/nonexistent/sovscan/path: error: the path does not exist"))
    }

    @Test func malformedManifestIsReportedAndTheScanGoesOn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bad"), withIntermediateDirectories: true)
        try Data("{\n  \"name\": \"broken\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n".utf8)
            .write(to: folder.appendingPathComponent("bad/package-lock.json"))
        try Data("{\"name\": \"bad\", \"version\": \"1.0.0\"}".utf8).write(to: folder.appendingPathComponent("bad/package.json"))
        let result = try run(["scan", folder.path, "--format", "json"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("\"incomplete\" : true"))
        #expect(result.stdout.contains("bad/package-lock.json"))
    }

    @Test func cycloneDXFileIsByteIdenticalAcrossRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.json").path
        let second = folder.appendingPathComponent("second.json").path
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        _ = try run(["scan", "SampleProjects/kommune-sag", "--format", "cyclonedx:\(first)", "--quiet"], environment: environment)
        _ = try run(["scan", "SampleProjects/kommune-sag", "--format", "cyclonedx:\(second)", "--quiet"], environment: environment)
        let firstData = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(!firstData.isEmpty)
        #expect(firstData == (try Data(contentsOf: URL(fileURLWithPath: second))))
        #expect(String(decoding: firstData, as: UTF8.self).contains("\"timestamp\" : \"2023-11-14T22:13:20Z\""))
    }

    @Test func aReplacedReportKeepsItsPermissions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("scan.json").path
        let html = folder.appendingPathComponent("report.html").path
        for file in [json, html] {
            #expect(FileManager.default.createFile(atPath: file, contents: Data("old".utf8),
                                                   attributes: [.posixPermissions: 0o600]))
        }
        let fresh = folder.appendingPathComponent("bom.json").path
        let result = try run(["scan", "SampleProjects/kommune-sag", "--quiet", "--format", "json:\(json)",
                              "--format", "html:\(html)", "--format", "cyclonedx:\(fresh)"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in [json, html] {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(file)")
            #expect(((attributes[.size] as? NSNumber)?.intValue ?? 0) > 1_000, "\(file) was replaced")
        }
        #expect(FileManager.default.fileExists(atPath: fresh))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".sovscan-") })
        // A symbolic link is replaced by the report; its own bits (0777) do not pass to it.
        let link = folder.appendingPathComponent("linked.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fresh)
        #expect(try run(["scan", "SampleProjects/kommune-sag", "--quiet", "--format", "json:\(link)"]).status == 0)
        let linked = try FileManager.default.attributesOfItem(atPath: link)
        #expect(linked[.type] as? FileAttributeType == .typeRegular)
        #expect(((linked[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o022 == 0, "not writable by others")
    }

    @Test func unwritableOutputIsAnError() throws {
        let result = try run(["scan", "SampleProjects/kommune-sag", "--format", "json:/nonexistent/dir/out.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write"))
    }
}

/// The commands beyond `scan`: rules, explain, portfolio.
struct MoreCommandsTests {
    let cli = CommandLineTests()

    @Test func rulesCheckPassesOnTheBundledRules() throws {
        let result = try cli.run(["rules", "check"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("vendors"))
    }

    @Test func rulesCheckFailsOnABrokenLayer() throws {
        let layer = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: layer, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: layer) }
        try Data("vendors:\n  - id: acme\n    name: Acme\n    colour: blue\n".utf8).write(to: layer.appendingPathComponent("vendors.yml"))
        let result = try cli.run(["rules", "check", layer.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("vendors.yml:"))
    }

    @Test func rulesCheckRejectsARuleLicenceSPDXDoesNotList() throws {
        let layer = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-rules-\(UUID().uuidString)")
        let technologies = layer.appendingPathComponent("technologies")
        try FileManager.default.createDirectory(at: technologies, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: layer) }
        try Data("""
            technologies:
              - id: widget
                name: Widget
                patterns: [pkg:npm/widget]
                license: Apache2
                license-source: https://widget.example.org/LICENSE
            """.utf8).write(to: technologies.appendingPathComponent("mine.yml"))
        let result = try cli.run(["rules", "check", layer.path])
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stdout.contains("mine.yml:2"), "\(result.stdout)")
        #expect(result.stdout.contains("license 'Apache2' names an id that is neither an SPDX id nor a LicenseRef"))
    }

    @Test func explainNamesTheRuleAndThePath() throws {
        let result = try cli.run(["explain", "pkg:maven/org.apache.httpcomponents/httpcore", "SampleProjects/kommune-sag",
                                  "--maven-repo", "SampleProjects/kommune-sag/backend/m2-repository"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pkg:maven/org.apache.httpcomponents/httpcore@4.4.13"))
        #expect(result.stdout.contains("brought by    pkg:maven/software.amazon.awssdk/s3@2.28.16"))
        #expect(result.stdout.contains("licence       Apache-2.0"))
        #expect(result.stdout.contains("decisions:"))
    }

    @Test func explainShowsALicenceKnownByRuleWithItsSource() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-explain-\(UUID().uuidString)")
        let workflows = folder.appendingPathComponent(".github/workflows")
        try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            .utf8).write(to: workflows.appendingPathComponent("ci.yml"))
        let result = try cli.run(["explain", "pkg:github/actions/checkout", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("licence rule  known by rule: no licence is declared; technology rule "
                                       + "github-actions-checkout states MIT (OSS), source "
                                       + "https://github.com/actions/checkout/blob/main/LICENSE"), "\(result.stdout)")
    }

    @Test func explainNamesAnImagesRegistryOperatorAndBaseOS() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-explain-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\n".utf8).write(to: folder.appendingPathComponent("Dockerfile"))
        let result = try cli.run(["explain", "pkg:docker/mcr.microsoft.com/dotnet/aspnet", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("registry      mcr.microsoft.com, operated by Microsoft Corporation (US, US)"), "\(result.stdout)")
        #expect(result.stdout.contains("base OS       ubuntu 22.04, from Canonical Group Limited (GB, UK)"), "\(result.stdout)")
        let registry = try cli.run(["explain", "pkg:generic/container-registries/mcr.microsoft.com", folder.path])
        #expect(registry.stdout.contains("declared at   Dockerfile:1"), "\(registry.stdout)")
        #expect(registry.stdout.contains("technology    Microsoft container registries"), "\(registry.stdout)")
    }

    @Test func explainOfAnUnknownPurlIsAUsageError() throws {
        let result = try cli.run(["explain", "pkg:npm/not-there", "SampleProjects/kommune-sag"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a component"))
    }

    @Test func analysisOptionsReachTheDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-ao-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("a.json").path
        let result = try cli.run(["scan", "SampleProjects/kommune-sag", "--maven-repo", "SampleProjects/kommune-sag/backend/m2-repository",
                              "--count-by", "component", "--bands", "80,40", "--min-coverage", "60", "--exit-plan", "aws", "--quiet",
                              "--format", "json:\(output)"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let analysis = try #require(json["analysis"] as? [String: Any])
        let options = try #require(analysis["options"] as? [String: Any])
        #expect(options["countBy"] as? String == "component")
        #expect((options["cutoffs"] as? [String: Double]) == ["primaryAbove": 80, "predominantFrom": 40, "minCoverage": 60])
        #expect(options["exitPlans"] as? [String] == ["aws"])
        let system = try #require((analysis["systems"] as? [[String: Any]])?.first)
        let bindings = try #require(system["bindings"] as? [[String: Any]])
        // The exit plan names the AWS binding by its rule id; Oracle's binding has none.
        #expect(bindings.map { "\($0["platform"] ?? "") \($0["hasExitPlan"] ?? "")" }.sorted() == ["AWS 1", "Oracle Database 0"])
        let risks = (system["risks"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "binding-without-exit-plan" }
        #expect(risks.count == 1)
        for bad in ["40,80", "75", "x,50", "120,50"] {
            let refused = try cli.run(["scan", "SampleProjects/kommune-sag/frontend", "--bands", bad, "--quiet"])
            #expect(refused.status == 2, "--bands \(bad)")
            #expect(refused.stderr.contains("--bands expects UPPER,LOWER"))
        }
        for bad in ["120", "-1"] {
            let refused = try cli.run(["scan", "SampleProjects/kommune-sag/frontend", "--min-coverage=\(bad)", "--quiet"])
            #expect(refused.status == 2, "--min-coverage \(bad)")
            #expect(refused.stderr.contains("--min-coverage expects a percentage"))
        }
    }

    @Test func portfolioShowsBandsPerLevel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-pf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = CommandLineTests.repositoryRoot.appendingPathComponent("SampleProjects/kommune-sag").path
        try Data("systems:\n  - name: Sag\n    path: \(sample)\n    personal-data: true\n  - name: Web\n    path: \(sample)/frontend\n".utf8)
            .write(to: folder.appendingPathComponent("systems.yml"))
        let result = try cli.run(["portfolio", folder.path, "--no-color", "--format", "table", "--format", "json:\(folder.path)/p.json"])
        #expect(result.stdout.contains("Portfolio: 2 systems"))
        #expect(result.stdout.contains("Systems per band and level (STIL)"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("p.json"))) as? [String: Any]
        #expect(json?["schema"] as? String == "sovscan-portfolio/1")
        #expect(((json?["analysis"] as? [String: Any])?["portfolio"]) != nil)
    }
}

/// `check` writes the reports with its findings.
struct CheckReportTests {
    @Test func checkWritesMarkdownWithFindings() throws {
        let result = try CommandLineTests().run([
            "check", "SampleProjects/kommune-sag", "--maven-repo", "SampleProjects/kommune-sag/backend/m2-repository",
            "--policy-profile", "stil", "--format", "markdown",
        ])
        #expect(result.status == 1, "the stil profile fails the Oracle driver")
        #expect(result.stdout.contains("### Policy findings"))
        #expect(result.stdout.contains("ojdbc11"))
    }
}
