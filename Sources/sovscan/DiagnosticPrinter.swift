import Foundation
import SovScanModel

/// Prints diagnostics on standard error, as `file:line:column: severity: message`.
struct DiagnosticPrinter {
    enum Verbosity { case quiet, normal, verbose }

    let verbosity: Verbosity

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
        let text = shown.map { TerminalText.sanitise($0.description) }.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
