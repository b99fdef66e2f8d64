import Analysis
import ArgumentParser
import Classification
import Foundation
import PortfolioStore
import Reporting
import SovScanKit
import SovScanModel

/// `sovscan portfolio DIR...`: many systems at once, with STIL's chart of systems per band and level.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Scan every system of a portfolio and show how the systems fall into STIL's bands per level.",
        discussion: """
        Each DIR holds systems: the ones its systems.yml lists (name, path, layer, criticality, personal-data), or
        else every direct subfolder that is a repository (has .git or a manifest).

        Formats: table (default), json (the analysis document with the portfolio section and the systems'
        metadata, schema sovscan-portfolio/1), html (the portfolio report with STIL's chart of systems per category;
        html:DIR/ writes an index and one page per system), markdown, csv-shares (one row per share: system, group,
        level and portfolio, with coverage) and csv-hosting (one row per system and cloud it runs on: vendor,
        country, bloc, evidence).

        With --store, each scanned system's run is recorded with its systems.yml metadata; without DIR, the
        portfolio is the latest run of every system in the store (runs that scan, check and import recorded).
        --since DATE adds each system's trend since that day (table, json, html and markdown).

        Examples:
          sovscan portfolio ~/src/kommune
          sovscan portfolio systems/ --format json:portfolio.json --format table
          sovscan portfolio systems/ --format html:portfolio.html
          sovscan portfolio systems/ --format csv-hosting:clouds.csv
          sovscan portfolio systems/ --format html:rapport/ --lang da
          sovscan portfolio systems/ --store sqlite:/srv/sovscan/history.sqlite
          sovscan portfolio --store sqlite:/srv/sovscan/history.sqlite --since 2026-01-01
        """
    )

    @Argument(help: "Folders of systems (none with --store: the systems recorded in the store).")
    var folders: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output format (table or json), optionally with a file. Repeatable.", valueName: "format[:file]"))
    var format: [String] = []

    @OptionGroup var scan: CommonScanOptions

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp("With --store: each system's trend since this day (2026-01-31) or time.", valueName: "date"))
    var since: String?

    @Flag(name: .long, help: "No colours in terminal output (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        if folders.isEmpty && storeOptions.store == nil {
            throw ValidationError("name folders of systems, or --store to read the portfolio from a store")
        }
        if since != nil && storeOptions.store == nil { throw ValidationError("--since needs --store") }
        if let since, RunClock.parse(since) == nil {
            throw ValidationError("--since expects a day (2026-01-31) or an ISO 8601 time, got '\(since)'")
        }
    }

    func run() throws {
        let requests = try format.isEmpty ? [(name: "table", file: String?.none)] : format.map(Self.request)
        let store = try storeOptions.location(repository: folders.first ?? ".")
        var context = ReportContext.fromEnvironment(toolVersion: SovScanVersion.current)
        context.rulesVersion = RulesFingerprint.of(directories: try scan.scanOptions().ruleDirectories)
        let systems: [PortfolioDefinition.System]
        let scanned: PortfolioScan
        /// The `html:DIR/` requests whose system pages were written during the scan, by folder.
        var streamedPages: [String: HTMLFolderPages] = [:]
        /// The single-file HTML report whose component rows were written during the scan.
        var streamedReport: HTMLStreamedReport?
        var storeFailed = false
        var storedRuns: [RunRecord]?
        if folders.isEmpty, let store {
            let portfolio = try Self.storeCall { try StoredPortfolio(store: RunStore.open(store, create: false)) }
            let result: ScanResult
            (systems, result) = try Self.report(portfolio, location: store, options: try scan.scanOptions())
            scanned = PortfolioScan(result: result)
            storedRuns = portfolio.runs
        } else {
            systems = try definedSystems()
            (scanned, streamedPages, streamedReport) = try scanFolders(systems, requests: requests, recording: store != nil,
                                                                       context: context)
            if let store {
                let result = scanned.result
                let metadata = Dictionary(systems.map { ($0.name, SystemRecord($0)) }, uniquingKeysWith: { first, _ in first })
                let runs = StoreOptions.recorder(source: "portfolio", ruleDirectories: try scan.scanOptions().ruleDirectories)
                    .runs(inventory: result.inventory, classified: result.classified, analysis: result.analysis, metadata: metadata)
                storeFailed = !StoreOptions.record(runs, in: store, quiet: false)
            }
        }
        let result = scanned.result
        var trend: PortfolioTrend?
        if let store, let since = since.flatMap(RunClock.parse), !storeFailed {
            trend = try Self.storeCall {
                try PortfolioTrend(store: RunStore.open(store, create: false), since: since, latest: storedRuns)
            }
        }
        let style = TerminalStyle(colors: !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(1) != 0)
        for request in requests {
            let data: Data
            switch request.name {
            case "html", "markdown":
                var input = scanned.reportInput()
                input.metadata = Self.metadata(systems)
                input.trend = trend.map(PortfolioTrendFigures.init)
                if request.name == "html" {
                    if let folder = request.file, let pages = streamedPages[folder] {
                        try pages.writeIndex(input)
                    } else if !HTMLOutput.isFolder(request.file), let streamedReport {
                        try streamedReport.write(input, context: context, to: request.file)
                    } else {
                        try HTMLOutput.write(HTMLReportWriter(language: language.language), input, context: context, to: request.file)
                    }
                    continue
                }
                data = MarkdownSummaryWriter(language: language.language).write(input, context: context)
            case "csv-shares":
                data = SharesCSVWriter().write(result.analysis)
            case "csv-hosting":
                data = HostingCSVWriter().write(result.analysis)
            case "json":
                let document = PortfolioDocument(systems: systems, analysis: result.analysis, trend: trend)
                try OutputSink.write(to: request.file) { try document.write(to: ReportOutput($0)) }
                continue
            default:
                let summary = PortfolioTerminalSummary(style: request.file == nil ? style : .plain, language: language.language)
                    .render(result.analysis, personalData: Set(systems.filter { $0.personalData == true }.map(\.name)))
                data = Data((summary + (trend.map { "\n" + $0.lines().joined(separator: "\n") + "\n" } ?? "")).utf8)
            }
            try OutputSink.write(data, to: request.file)
        }
        let words = language.language
        var errors = result.inventory.diagnostics.filter { $0.severity == .error }.map { TerminalText.sanitise(words.diagnosticLine($0)) }
        for system in result.inventory.systems {
            errors += system.diagnostics.filter { $0.severity == .error }
                .map { TerminalText.sanitise("\(system.name): " + words.diagnosticLine($0)) }
        }
        if !errors.isEmpty {
            FileHandle.standardError.write(Data((errors.joined(separator: "\n") + "\n").utf8))
        }
        if storeFailed { throw ExitCode(2) }
        if result.inventory.isIncomplete { throw ExitCode(3) }
    }

    /// The systems of the folders, as their systems.yml names them.
    private func definedSystems() throws -> [PortfolioDefinition.System] {
        var systems: [PortfolioDefinition.System] = []
        for folder in folders {
            switch PortfolioDefinition.load(folder: folder) {
            case .success(let definition): systems += definition.systems
            case .failure(let diagnostic):
                FileHandle.standardError.write(Data("error: \(TerminalText.sanitise(diagnostic.description))\n".utf8))
                throw ExitCode(2)
            }
        }
        guard !systems.isEmpty else { throw ValidationError("no system found in \(folders.joined(separator: ", "))") }
        return systems
    }

    /// Scans the systems and takes them over one at a time (`PortfolioScan`), writing the per-system pages of every `html:DIR/` request
    /// and the component rows of a single-file HTML report (`HTMLStreamedReport`) as each system is done.
    /// Components are kept only for the outputs that list them: Markdown's per-system sections (a portfolio within
    /// its lists' limit), the store's runs (`recording`), any report of a single system.
    private func scanFolders(_ systems: [PortfolioDefinition.System], requests: [(name: String, file: String?)],
                             recording: Bool, context: ReportContext)
        throws -> (PortfolioScan, [String: HTMLFolderPages], HTMLStreamedReport?) {
        let scanner = try scan.scanner()
        let declared = systems.flatMap { $0.platforms ?? [] }
        let problems = PlatformDeclaration.validate(declared, against: scanner.classification.classifier.rules)
        if !problems.isEmpty {
            FileHandle.standardError.write(Data(problems.map { TerminalText.sanitise($0.description) + "\n" }.joined().utf8))
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        // Each folder's name from systems.yml (the first system of a folder named twice), looked up by folder.
        let nameByFolder = Dictionary(systems.map { (Self.standardized($0.path), $0.name) }, uniquingKeysWith: { first, _ in first })
        let plan = scanner.plan(paths: systems.map(\.path)).renamed { name, root in nameByFolder[Self.standardized(root)] ?? name }
        let names = plan.systems.map(\.name)
        let listsComponents = recording || names.count <= 1 || requests.contains { request in
            request.name == "markdown" && names.count <= MarkdownSummaryWriter().limit
        }
        let streamsReport = names.count > 1 && requests.contains { $0.name == "html" && !HTMLOutput.isFolder($0.file) }
        let report = try streamsReport ? HTMLStreamedReport(writer: HTMLReportWriter(language: language.language)) : nil
        var folders: [String: HTMLFolderPages] = [:]
        for case let (name, file?) in requests where name == "html" && HTMLOutput.isFolder(file) && names.count > 1 {
            folders[file] = HTMLFolderPages(writer: HTMLReportWriter(language: language.language), folder: file,
                                            context: context, files: HTMLReportWriter.fileNames(names))
        }
        let metadata = Self.metadata(systems)
        let platforms = Dictionary(systems.map { ($0.name, $0.platforms ?? []) }, uniquingKeysWith: { first, _ in first })
        let scanned = try PortfolioScan(plan, scanner: scanner, platforms: { platforms[$0] ?? [] },
                                        keepsComponents: listsComponents) { system, figures in
            try report?.add(system)
            guard !folders.isEmpty else { return }
            let input = PortfolioScan.systemInput(system, figures: figures, scanner: scanner, metadata: metadata)
            for pages in folders.values.sorted(by: { $0.folder < $1.folder }) { try pages.writeSystem(input) }
        }
        return (scanned, folders, report)
    }

    /// A path made absolute and without `.`, `..` or a trailing slash, to compare folders given in different ways.
    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// How systems.yml describes each system, by name.
    private static func metadata(_ systems: [PortfolioDefinition.System]) -> [String: SystemMetadata] {
        Dictionary(systems.map {
            ($0.name, SystemMetadata(layer: $0.layer, criticality: $0.criticality, personalData: $0.personalData))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The portfolio of the latest run of every system in a store. A system whose run this sovscan cannot read
    /// is reported and makes the result incomplete.
    private static func report(_ portfolio: StoredPortfolio, location: StoreLocation,
                               options: ScanOptions) throws -> ([PortfolioDefinition.System], ScanResult) {
        guard !portfolio.runs.isEmpty else { throw ValidationError("no run recorded in \(location)") }
        let diagnostics = portfolio.unreadable.map {
            Diagnostic(.error, "the latest run of \($0) holds no analysis this sovscan can read", at: SourceLocation(file: location.description))
        }
        let systems = portfolio.runs.map { run in
            PortfolioDefinition.System(name: run.system.name, path: run.provenance.origin ?? run.system.name, layer: run.system.layer,
                                       criticality: run.system.criticality, personalData: run.system.personalData)
        }
        let inventory = Inventory(systems: systems.map { SystemInventory(name: $0.name, root: $0.path) }, diagnostics: diagnostics)
        let analysis = AnalysisDocument(generator: "sovscan \(SovScanVersion.current)", options: options.analysis,
                                        systems: portfolio.analyses)
        return (systems, ScanResult(inventory: inventory, classified: [], analysis: analysis))
    }

    /// Runs a store operation; a store error is printed and ends the command with exit 2.
    private static func storeCall<T>(_ operation: () throws -> T) throws -> T {
        do { return try operation() } catch let error as StoreError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    private static func request(_ text: String) throws -> (name: String, file: String?) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first, ["table", "json", "html", "markdown", "csv-shares", "csv-hosting"].contains(name) else {
            throw ValidationError("portfolio formats are table, json, html, markdown, csv-shares and csv-hosting, not '\(text)'")
        }
        return (name, parts.count > 1 ? parts[1] : nil)
    }
}

/// The portfolio JSON: the systems as the organisation describes them, the analysis, and with `--since` the
/// trend of every system.
struct PortfolioDocument: Encodable {
    let schema = "sovscan-portfolio/1"
    let systems: [PortfolioDefinition.System]
    let analysis: AnalysisDocument
    let trend: PortfolioTrend?

    /// Writes the document as `JSONEncoder` (pretty-printed, keys sorted, slashes unescaped) writes it, and a
    /// final newline, as it is laid out: the systems' analyses one at a time (`AnalysisJSONDocument`), so no tree
    /// of the whole portfolio is built (issue 17).
    func write(to output: ReportOutput) throws {
        try AnalysisJSONDocument.write(["analysis": .analysis(analysis), "schema": .value(schema), "systems": .value(systems),
                                        "trend": .value(trend)], to: output)
    }
}

extension SystemRecord {
    /// The store's form of a system of systems.yml.
    init(_ system: PortfolioDefinition.System) {
        self.init(name: system.name, layer: system.layer, criticality: system.criticality, personalData: system.personalData)
    }
}
