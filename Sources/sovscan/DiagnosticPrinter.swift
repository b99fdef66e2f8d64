import Foundation
import Reporting
import SovScanModel

/// Prints diagnostics on standard error, as `file:line:column: severity: message`.
struct DiagnosticPrinter {
    enum Verbosity { case quiet, normal, verbose }

    let verbosity: Verbosity
    /// The language of the messages (`--lang`).
    var language: ReportLanguage = .en

    /// Prints what the verbosity allows. With `summaryOnly` (the terminal table already lists diagnostics on
    /// standard output) only errors are repeated here.
    func print(_ diagnostics: [Diagnostic], summaryOnly: Bool) {
        let shown = diagnostics.sorted().filter { diagnostic in
            switch verbosity {
            case .quiet: diagnostic.severity == .error
            case .normal: summaryOnly ? false : diagnostic.severity != .note
            case .verbose: !summaryOnly
            }
        }
        guard !shown.isEmpty else { return }
        let text = shown.map { TerminalText.sanitise(language.diagnosticLine($0)) }.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
