import Foundation
import Testing

/// Issue 14, numbers: a system whose dependencies have no licence metadata, and one proprietary Azure binding, as
/// every output shows it. Run as a new user would: `sovscan scan` on the fixture, each format to a file.
struct HonestNumbersCommandTests {
    let cli = CheckCommandTests()

    /// A fresh copy of `Fixtures/unknown-licences`: seven npm dependencies from a private registry without licence
    /// fields, one of them Azure's storage SDK.
    func fixtureCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sagsportal")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("unknown-licences"), to: folder)
        return folder
    }

    @Test func noOutputGivesABandBelowTheCoverageThreshold() throws {
        let folder = try fixtureCopy()
        let run = try cli.run(["scan", ".", "--format", "table", "--format", "json:scan.json", "--format", "csv-shares:shares.csv",
                               "--format", "markdown:summary.md", "--format", "html:report.html"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // Terminal: the binding alone and the unknown licences give no band; coverage is shown.
        #expect(run.stdout.contains("OSS share: 0%   coverage 33% (1/3)   unknown as not OSS: 0%   insufficient data (2 unknown)"), "\(run.stdout)")
        #expect(run.stdout.contains("Infrastruktur: 0%   coverage 100% (1/1)   unknown as not OSS: 0%   insufficient data (platform bindings only)"))
        for band in ["Begrænset OSS", "Overvejende OSS", "Primært OSS"] { #expect(!run.stdout.contains(band)) }

        // JSON: every share has its coverage, both shares, and no band.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("scan.json"))) as? [String: Any]
        let analysis = try #require(json?["analysis"] as? [String: Any])
        #expect(analysis["version"] as? String == "1.5.0")
        let system = try #require((analysis["systems"] as? [[String: Any]])?.first)
        let overall = try #require(system["overall"] as? [String: Any])
        #expect(overall["coverage"] as? Double == 1.0 / 3.0)
        #expect(overall["shareCountingUnknownAsNotOSS"] as? Double == 0)
        #expect(overall["insufficientData"] as? Bool == true)
        #expect(overall["band"] == nil && overall["bandCountingUnknownAsNotOSS"] == nil)
        for level in system["levels"] as? [[String: Any]] ?? [] {
            let count = try #require(level["count"] as? [String: Any])
            let coverage = count["coverage"] as? Double
            if count["band"] != nil { #expect((coverage ?? 0) >= 0.8, "\(level["level"] ?? "")") }
        }

        // CSV: one row per share with coverage and both shares.
        let csv = try String(contentsOf: folder.appendingPathComponent("shares.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["system", "kind", "name", "units", "oss", "not_oss", "unknown", "coverage", "share",
                               "share_unknown_as_not_oss", "band", "min_coverage"])
        #expect(rows.contains(["sagsportal", "system", "sagsportal", "3", "0", "1", "2", "0.3333", "0.0000", "0.0000", "insufficient data", "80"]))
        #expect(rows.contains(["sagsportal", "group", "Infrastruktur", "1", "0", "1", "0", "1.0000", "0.0000", "0.0000", "insufficient data", "80"]))
        #expect(rows.contains(["sagsportal", "level", "frontend", "0", "0", "0", "0", "", "", "", "", "80"]))
        #expect(rows.count == 1 + 1 + 2 + 9)

        // Markdown and HTML say the same.
        let markdown = try String(contentsOf: folder.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.contains("**OSS share: 0%** (insufficient data (2 unknown); coverage 33% (1/3); unknown as not OSS: 0%)"))
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("insufficient data (2 unknown)") && html.contains("coverage 33% (1/3)"))
        #expect(!html.contains("Begrænset OSS &lt;50%</span>"))
    }

    @Test func minCoverageLowersTheThresholdAndDanishSaysSo() throws {
        let folder = try fixtureCopy()
        // Whatever the threshold, the Azure binding alone makes no band.
        let bindingOnly = try cli.run(["scan", ".", "--min-coverage", "0"], in: folder)
        #expect(bindingOnly.stdout.contains("OSS share: 0%   coverage 33% (1/3)   unknown as not OSS: 0%   insufficient data (2 unknown)"),
                "\(bindingOnly.stdout)")
        // One package with a known licence, counted by component: 2 of 8 units known (the MIT package and the binding).
        let lock = folder.appendingPathComponent("package-lock.json")
        let text = try String(contentsOf: lock, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"version\": \"3.1.0\",", with: "\"version\": \"3.1.0\",\n      \"license\": \"MIT\",").utf8)
            .write(to: lock)
        let strict = try cli.run(["scan", ".", "--count-by", "component"], in: folder)
        #expect(strict.stdout.contains("OSS share: 50%   coverage 25% (2/8)   unknown as not OSS: 13%   insufficient data (6 unknown)"),
                "\(strict.stdout)")
        let lenient = try cli.run(["scan", ".", "--count-by", "component", "--min-coverage", "25"], in: folder)
        #expect(lenient.stdout.contains("OSS share: 50%   coverage 25% (2/8)   unknown as not OSS: 13%   Overvejende OSS 50-75%"),
                "\(lenient.stdout)")
        let danish = try cli.run(["scan", ".", "--lang", "da"], in: folder)
        #expect(danish.stdout.contains("utilstrækkeligt datagrundlag (2 ukendt)"), "\(danish.stdout)")
    }
}

/// Issue 14: `"license": "SEE LICENSE IN LICENSE"` in a lockfile entry, as `explain` shows it.
struct SeeLicenseInCommandTests {
    let cli = CheckCommandTests()

    @Test func aLockfileEntryNeverGetsTheApplicationsOwnLicence() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("sagsportal")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("unknown-licences"), to: folder)
        let texts = TestSupport.repositoryRoot.appendingPathComponent("Tests/LicensesTests/Fixtures/texts")
        // The application's own licence at the repository's root.
        try FileManager.default.copyItem(at: texts.appendingPathComponent("MIT-markdown.md"), to: folder.appendingPathComponent("LICENSE"))
        let lock = folder.appendingPathComponent("package-lock.json")
        let text = try String(contentsOf: lock, encoding: .utf8)
        try cli.write(text.replacingOccurrences(of: "\"version\": \"5.0.3\",", with: "\"version\": \"5.0.3\",\n      \"license\": \"SEE LICENSE IN LICENSE\","),
                      to: lock)
        let unknown = try cli.run(["explain", "pkg:npm/@kommune/journal-client", "."], in: folder)
        #expect(unknown.stdout.contains("licence       unknown (confidence 0.00)"), "\(unknown.stdout)\(unknown.stderr)")
        #expect(unknown.stdout.contains("file 'LICENSE' not found in the installed package"))
        // Installed, the package's own LICENSE decides.
        let installed = folder.appendingPathComponent("node_modules/@kommune/journal-client")
        try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: texts.appendingPathComponent("BSD-3-Clause-bullets.md"), to: installed.appendingPathComponent("LICENSE"))
        let known = try cli.run(["explain", "pkg:npm/@kommune/journal-client", "."], in: folder)
        #expect(known.stdout.contains("licence       BSD-3-Clause"), "\(known.stdout)")
        #expect(known.stdout.contains("node_modules/@kommune/journal-client/LICENSE"))
    }
}

/// Issue 14: the portfolio's shares carry their coverage too, and a system with too little known counts apart.
struct PortfolioCoverageCommandTests {
    let cli = CheckCommandTests()

    @Test func thePortfolioShowsCoverageAndInsufficientData() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("unknown-licences"),
                                         to: folder.appendingPathComponent("sagsportal"))
        let sample = TestSupport.repositoryRoot.appendingPathComponent("SampleProjects/kommune-sag/frontend").path
        try cli.write("systems:\n  - name: Sagsportal\n    path: sagsportal\n  - name: Borgerportal\n    path: \(sample)\n",
                      to: folder.appendingPathComponent("systems.yml"))
        let run = try cli.run(["portfolio", ".", "--no-color", "--format", "table", "--format", "csv-shares:shares.csv",
                               "--format", "markdown:portfolio.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let sagsportal = run.stdout.split(separator: "\n").first { $0.hasPrefix("Sagsportal") }.map(String.init) ?? ""
        #expect(sagsportal.contains("33.3%") && sagsportal.contains("insufficient data (2 unknown)"), "\(run.stdout)")
        #expect(run.stdout.contains("insufficient data  nothing counted"), "the chart's table has a column for it")
        let overall = run.stdout.split(separator: "\n").first { $0.hasPrefix("Overall OSS share:") }.map(String.init) ?? ""
        #expect(overall.contains("; coverage ") && overall.contains("; counting unknown as not OSS "), "\(overall)")
        let csv = try String(contentsOf: folder.appendingPathComponent("shares.csv"), encoding: .utf8)
        #expect(csv.contains("\r\n,portfolio,portfolio,"), "a portfolio row")
        #expect(csv.contains("Sagsportal,system,Sagsportal,3,0,1,2,0.3333,0.0000,0.0000,insufficient data,80\r\n"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("## Portfolio open-source report (2 systems)\n\n**Overall OSS share: "), "\(markdown.prefix(300))")
        #expect(markdown.contains("· Systems: 2 · "))
    }
}
