import ArgumentParser
import SovScanKit

/// The `sovscan` command and its subcommands.
struct SovScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sovscan",
        abstract: "How much of a software stack is open source, who controls the rest, and whether a change breaks the licence policy.",
        discussion: """
        Reads Maven, npm and SwiftPM manifests (and suppliers' SBOMs), and reports components, licences and origin.

        Exit codes: 0 success, 1 policy violation, 2 usage or configuration error, 3 scan incomplete
        (a path or manifest could not be read; check also on no manifest or an unresolved version, unless
        --allow-incomplete; with --strict also on every warning).
        """,
        version: SovScanVersion.current,
        subcommands: [ScanCommand.self, CheckCommand.self, InitCommand.self, PortfolioCommand.self, HistoryCommand.self,
                      ImportCommand.self, ExitPlansCommand.self, ExplainCommand.self, RulesCommand.self],
        defaultSubcommand: nil
    )
}
