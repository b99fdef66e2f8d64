import Analysis
import Catalogers
import Foundation
import PortfolioStore
import Reporting
import SovScanKit
import SovScanModel
import Testing

/// `sovscan portfolio` scans a system at a time and keeps only each system's summary (issue 17); its outputs must
/// be the bytes the writers make from the whole portfolio held in memory, which this test makes in process as the
/// command did before it streamed.
@Suite(.serialized) struct PortfolioStreamingTests {
    static let sample = CommandLineTests.repositoryRoot.appendingPathComponent("SampleProjects/kommune-sag")
    static let mavenRepository = sample.appendingPathComponent("backend/m2-repository").path

    /// 17 systems (more than Markdown lists one by one): copies of the sample's Maven, npm and Swift parts, one
    /// system whose lockfile is broken, and two names that make the same page file name.
    static func portfolio(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("systems")
        let parts = ["backend", "frontend", "ios-app"]
        var entries: [String] = []
        for index in 1...16 {
            let part = parts[(index - 1) % parts.count]
            let path = root.appendingPathComponent(String(format: "sys-%02d-%@", index, part))
            try FileManager.default.copyItem(at: sample.appendingPathComponent(part), to: path)
            let name = index == 1 ? "Sag backend" : index == 4 ? "sag-backend" : "System \(index) \(part)"
            let layer = index % 2 == 0 ? "\n    layer: Sagsbehandling\n    criticality: high" : ""
            entries.append("  - name: \(name)\n    path: \(path.path)\(layer)\(index == 3 ? "\n    personal-data: true" : "")")
        }
        let broken = root.appendingPathComponent("sys-17-broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data(#"{"name":"broken","version":"1.0.0","dependencies":{"ms":"^2.1.3"}}"#.utf8)
            .write(to: broken.appendingPathComponent("package.json"))
        try Data("{\"name\":\"broken\",\"lockfileVersion\":3,\"packages\":{\"\":{\"name\":\"broken\"},\n\"node_modules/ms\":{\"version\":".utf8)
            .write(to: broken.appendingPathComponent("package-lock.json"))
        entries.append("  - name: Broken\n    path: \(broken.path)")
        try Data(("systems:\n" + entries.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("systems.yml"))
        return root
    }

    /// The whole portfolio in memory, named, analysed and described as `sovscan portfolio` did before it streamed.
    static func wholePortfolio(_ root: URL, cache: String) throws -> (input: ReportInput, analysis: AnalysisDocument, context: ReportContext) {
        let systems = try PortfolioDefinition.load(folder: root.path).get().systems
        let scanner = Scanner(options: ScanOptions(catalog: CatalogOptions(mavenRepository: mavenRepository),
                                                   fetch: FetchOptions(cacheDirectory: cache)))
        var inventory = scanner.scan(paths: systems.map(\.path))
        for index in inventory.systems.indices {
            inventory.systems[index].name = systems.first { URL(fileURLWithPath: $0.path).standardizedFileURL.path
                == URL(fileURLWithPath: inventory.systems[index].root).standardizedFileURL.path }?.name ?? inventory.systems[index].name
        }
        let result = scanner.analyse(inventory)
        var input = ReportInput(inventory: result.inventory, classifications: result.classified, analysis: result.analysis)
        input.metadata = Dictionary(systems.map {
            ($0.name, SystemMetadata(layer: $0.layer, criticality: $0.criticality, personalData: $0.personalData))
        }, uniquingKeysWith: { first, _ in first })
        let context = ReportContext(toolVersion: SovScanVersion.current, timestamp: Date(timeIntervalSince1970: 0),
                                    rulesVersion: RulesFingerprint.of(directories: scanner.options.ruleDirectories))
        return (input, result.analysis, context)
    }

    @Test func streamedOutputsAreTheBytesOfTheWholePortfolio() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.portfolio(in: folder)
        let cache = folder.appendingPathComponent("cache").path
        let out = folder.appendingPathComponent("out")
        let common = ["portfolio", root.path, "--cache", cache, "--maven-repo", Self.mavenRepository]
        // Streamed: nothing asked for lists every component.
        let streamed = try CommandLineTests().run(common + [
            "--format", "html:\(out.path)/site/", "--format", "markdown:\(out.path)/summary.md",
            "--format", "csv-shares:\(out.path)/shares.csv", "--format", "csv-hosting:\(out.path)/hosting.csv",
            "--format", "json:\(out.path)/portfolio.json"], environment: ["SOURCE_DATE_EPOCH": "0"], in: folder)
        #expect(streamed.status == 3, "the broken lockfile makes the scan incomplete: \(streamed.stderr)")
        #expect(streamed.stderr.contains("Broken: "))
        // A single-file report lists every component: its rows go to a temporary file system by system, to a file
        // or to standard output.
        let whole = try CommandLineTests().run(common + ["--format", "html:\(out.path)/report.html"],
                                               environment: ["SOURCE_DATE_EPOCH": "0"], in: folder)
        #expect(whole.status == 3)
        let printed = try CommandLineTests().run(common + ["--format", "html"], environment: ["SOURCE_DATE_EPOCH": "0"], in: folder)
        #expect(printed.status == 3)

        let expected = try Self.wholePortfolio(root, cache: cache)
        #expect(expected.input.inventory.systems.count == 17)
        let writer = HTMLReportWriter()
        let pages = writer.writeFolder(expected.input, context: expected.context)
        #expect(pages.count == 18)
        #expect(pages.contains { $0.path == "systems/sag-backend-2.html" })
        for page in pages {
            let written = try Data(contentsOf: out.appendingPathComponent("site/" + page.path))
            #expect(written == page.data, "html:DIR/ \(page.path) differs")
        }
        let systemPages = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("site/systems").path)
        #expect(systemPages.count == 17)
        let report = writer.write(expected.input, context: expected.context)
        #expect(try Data(contentsOf: out.appendingPathComponent("report.html")) == report)
        #expect(printed.stdout == String(decoding: report, as: UTF8.self))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.contains(".sovscan-") }
        #expect(leftovers.isEmpty, "the partial file was renamed into place")
        #expect(try Data(contentsOf: out.appendingPathComponent("summary.md"))
            == MarkdownSummaryWriter().write(expected.input, context: expected.context))
        #expect(try Data(contentsOf: out.appendingPathComponent("shares.csv")) == SharesCSVWriter().write(expected.analysis))
        #expect(try Data(contentsOf: out.appendingPathComponent("hosting.csv")) == HostingCSVWriter().write(expected.analysis))
        // The JSON lays the systems' analyses out one at a time: the bytes of `JSONEncoder` over the whole document.
        let json = try Data(contentsOf: out.appendingPathComponent("portfolio.json"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = WholePortfolioDocument(systems: try PortfolioDefinition.load(folder: root.path).get().systems,
                                              analysis: expected.analysis)
        #expect(json == (try encoder.encode(document)) + Data("\n".utf8))
    }

    /// The portfolio JSON as `sovscan portfolio` encoded it whole before it streamed.
    private struct WholePortfolioDocument: Encodable {
        let schema = "sovscan-portfolio/1"
        let systems: [PortfolioDefinition.System]
        let analysis: AnalysisDocument
    }

    @Test func runEachHandsOverTheSystemsOfAWholeRunOneAtATime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-each-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.portfolio(in: folder)
        let systems = try PortfolioDefinition.load(folder: root.path).get().systems
        let scanner = Scanner(options: ScanOptions(catalog: CatalogOptions(mavenRepository: Self.mavenRepository)))
        let paths = systems.map(\.path) + [folder.appendingPathComponent("missing").path]
        let whole = scanner.run(paths: paths)
        var handed: [SystemResult] = []
        let plan = scanner.plan(paths: paths)
        #expect(plan.systems.map(\.root) == systems.map(\.path))
        let diagnostics = scanner.runEach(plan) { handed.append($0) }
        #expect(handed.map(\.inventory) == whole.inventory.systems)
        #expect(handed.map(\.classified) == whole.classified)
        #expect(scanner.document(handed.map(\.analysis)) == whole.analysis)
        #expect(Inventory(diagnostics: diagnostics).diagnostics == whole.inventory.diagnostics)
        #expect(diagnostics.contains { $0.message == "the path does not exist" })
        let renamed = plan.renamed { name, _ in name.uppercased() }
        #expect(renamed.systems.map(\.name) == plan.systems.map { $0.name.uppercased() })
    }
}
