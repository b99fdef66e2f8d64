import ArgumentParser
import Catalogers
import Classification
import Foundation
import PortfolioStore
import Reporting
import SovScanKit
import SovScanModel

/// `sovscan scan`: read the manifests of one or more systems and write reports.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan repositories for their dependencies and write reports.",
        discussion: """
        Each PATH is one system (a repository folder, or a single manifest file). Without PATH (and without
        --sbom), the current folder. Each --sbom FILE (a supplier's CycloneDX JSON 1.4-1.6 or SPDX 2.3 JSON) is
        read as one more system and classified like a scanned repository.

        Formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")). The policy formats \
        (\(OutputFormat.policyFindingFormats.joined(separator: ", "))) are written by 'sovscan check'.
        A format without ':FILE' goes to standard output; give several --format options for several outputs. When
        every format goes to a file, the summary table still goes to standard output (--quiet silences it).

        Examples:
          sovscan scan SampleProjects/kommune-sag
          sovscan scan . --format cyclonedx:bom.json --format table
          sovscan scan backend frontend --exclude 'examples/**' --strict
          SOURCE_DATE_EPOCH=0 sovscan scan . --format cyclonedx > bom.json
          sovscan scan --sbom supplier-bom.json --format csv:components.csv --csv-delimiter ';' --csv-bom
          sovscan scan . --store                # record the run in .sovscan/history.sqlite
        """
    )

    @Argument(help: "Repository folders or manifest files to scan (default: the current folder).")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output format, optionally with a file: FORMAT[:FILE]. Repeatable.", valueName: "format[:file]"))
    var format: [String] = []

    @Option(name: .long, help: ArgumentHelp("A supplier's SBOM (CycloneDX JSON or SPDX JSON) to read as a system. Repeatable.", valueName: "file"))
    var sbom: [String] = []

    @Option(name: .long, help: ArgumentHelp("Field separator of the csv format (one character; Danish Excel expects ';').", valueName: "char"))
    var csvDelimiter: String = ","

    @Flag(name: .long, help: "Start the csv format with a UTF-8 byte-order mark (for Excel).")
    var csvBom = false

    @OptionGroup var language: LanguageOption

    @OptionGroup var scan: CommonScanOptions

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Exit 3 also when a value could not be resolved (warnings), not only when a manifest could not be read.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors (and no summary when every format goes to a file).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every diagnostic, notes too, on standard error.")
    var verbose = false

    @Flag(name: .long, help: "No colours in terminal output (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if csvDelimiter.count != 1 || csvDelimiter == "\"" || csvDelimiter.contains(where: \.isNewline) {
            throw ValidationError("--csv-delimiter expects one character other than a quote or a line break, got '\(csvDelimiter)'")
        }
    }

    func run() throws {
        let requests = try outputRequests()
        let store = try storeOptions.location(repository: paths.first ?? ".")
        let scanner = try scan.scanner()
        var inventory = scanner.scan(paths: paths.isEmpty && sbom.isEmpty ? ["."] : paths)
        inventory.systems += sbom.map { scanner.scan(sbom: $0) }
        var platforms: [PlatformDeclaration] = []
        if let first = paths.first ?? (sbom.isEmpty ? "." : nil) {
            inventory = ProjectClarifications.apply(to: inventory, firstPath: first, enricher: scanner.licenses)
            platforms = ProjectClarifications.platforms(firstPath: first, rules: scanner.classification.classifier.rules)
        }
        let result = scanner.analyse(inventory, platforms: { _ in platforms })
        KeptUntilExit.keep(result)
        let input = ReportInput(inventory: result.inventory, classifications: result.classified, analysis: result.analysis)
        var context = ReportContext.fromEnvironment(toolVersion: SovScanVersion.current)
        if requests.contains(where: { $0.format == .html || $0.format == .markdown }) {
            context.rulesVersion = RulesFingerprint.of(directories: scanner.options.ruleDirectories)
        }
        let terminal = TerminalStyle(colors: !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(1) != 0)
        try ScanReports(language: language.language, csvDelimiter: csvDelimiter.first ?? ",", csvByteOrderMark: csvBom)
            .write(requests, input: input, context: context, terminal: terminal)
        let summaryAdded = !quiet && requests.allSatisfy { $0.file != nil }
        if summaryAdded {
            FileHandle.standardOutput.write(Data(TerminalSummary(style: terminal, language: language.language).render(input).utf8))
        }
        DiagnosticPrinter(verbosity: quiet ? .quiet : (verbose ? .verbose : .normal), language: language.language)
            .print(result.inventory.allDiagnostics,
                   summaryOnly: summaryAdded || requests.contains { $0.format == .table && $0.file == nil })
        if let store {
            let runs = StoreOptions.recorder(source: "scan", ruleDirectories: scanner.options.ruleDirectories)
                .runs(inventory: result.inventory, classified: result.classified, analysis: result.analysis)
            if !StoreOptions.record(runs, in: store, quiet: quiet) { throw ExitCode(2) }
        }
        let hasWarnings = result.inventory.allDiagnostics.contains { $0.severity == Diagnostic.Severity.warning }
        if result.inventory.isIncomplete || (strict && hasWarnings) { throw ExitCode(3) }
    }

    private func outputRequests() throws -> [OutputRequest] {
        if format.isEmpty { return [OutputRequest(format: .table)] }
        let requests = try format.map { text in
            do { return try OutputRequest(parsing: text) } catch { throw ValidationError(String(describing: error)) }
        }
        let toStdout = requests.filter { $0.file == nil }
        if toStdout.count > 1 {
            throw ValidationError("only one format can go to standard output; give the others a file (FORMAT:FILE)")
        }
        return requests
    }
}
