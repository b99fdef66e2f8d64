import Analysis
import ArgumentParser
import Foundation
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
        metadata, schema sovscan-portfolio/1), html (the portfolio report with STIL's chart of systems per band),
        markdown, and csv-shares (one row per share: system, group, level and portfolio, with coverage).

        Examples:
          sovscan portfolio ~/src/kommune
          sovscan portfolio systems/ --format json:portfolio.json --format table
          sovscan portfolio systems/ --format html:portfolio.html
        """
    )

    @Argument(help: "Folders of systems.")
    var folders: [String]

    @Option(name: .long, help: ArgumentHelp("Output format (table or json), optionally with a file. Repeatable.", valueName: "format[:file]"))
    var format: [String] = []

    @OptionGroup var scan: CommonScanOptions

    @Flag(name: .long, help: "No colours in terminal output (also when NO_COLOR is set).")
    var noColor = false

    func run() throws {
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
        let requests = try format.isEmpty ? [(name: "table", file: String?.none)] : format.map(Self.request)
        let scanner = try scan.scanner()
        var inventory = scanner.scan(paths: systems.map(\.path))
        for index in inventory.systems.indices {
            inventory.systems[index].name = systems.first { URL(fileURLWithPath: $0.path).standardizedFileURL.path
                == URL(fileURLWithPath: inventory.systems[index].root).standardizedFileURL.path }?.name ?? inventory.systems[index].name
        }
        let result = scanner.analyse(inventory)
        let style = TerminalStyle(colors: !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(1) != 0)
        for request in requests {
            let data: Data
            switch request.name {
            case "html", "markdown":
                let input = ReportInput(inventory: result.inventory, classifications: result.classified, analysis: result.analysis)
                let context = ReportContext.fromEnvironment(toolVersion: SovScanVersion.current)
                data = request.name == "html" ? HTMLReportWriter().write(input, context: context)
                    : MarkdownSummaryWriter().write(input, context: context)
            case "csv-shares":
                data = SharesCSVWriter().write(result.analysis)
            case "json":
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                data = try encoder.encode(PortfolioDocument(systems: systems, analysis: result.analysis)) + Data("\n".utf8)
            default:
                data = Data(PortfolioTerminalSummary(style: request.file == nil ? style : .plain)
                    .render(result.analysis, personalData: Set(systems.filter { $0.personalData == true }.map(\.name))).utf8)
            }
            if let file = request.file {
                do { try data.write(to: URL(fileURLWithPath: file), options: .atomic) } catch {
                    throw ValidationError("cannot write '\(file)': \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
        var errors = result.inventory.diagnostics.filter { $0.severity == .error }.map { TerminalText.sanitise($0.description) }
        for system in result.inventory.systems {
            errors += system.diagnostics.filter { $0.severity == .error }.map { TerminalText.sanitise("\(system.name): \($0)") }
        }
        if !errors.isEmpty {
            FileHandle.standardError.write(Data((errors.joined(separator: "\n") + "\n").utf8))
        }
        if result.inventory.isIncomplete { throw ExitCode(3) }
    }

    private static func request(_ text: String) throws -> (name: String, file: String?) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let name = parts.first, ["table", "json", "html", "markdown", "csv-shares"].contains(name) else {
            throw ValidationError("portfolio formats are table, json, html, markdown and csv-shares, not '\(text)'")
        }
        return (name, parts.count > 1 ? parts[1] : nil)
    }
}

/// The portfolio JSON: the systems as the organisation describes them, and the analysis.
struct PortfolioDocument: Encodable {
    let schema = "sovscan-portfolio/1"
    let systems: [PortfolioDefinition.System]
    let analysis: AnalysisDocument
}
