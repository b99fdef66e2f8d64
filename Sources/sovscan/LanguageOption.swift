import ArgumentParser
import Reporting

/// `--lang da|en`: the language of the human-readable formats (html, markdown, the terminal tables, the scan's
/// messages on standard error, and the human text of check's SARIF, JUnit, GitHub and GitLab output), shared by
/// every command that writes them.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of the reports, tables, messages and findings: da or en.", valueName: "lang"))
    var lang: String = "en"

    /// The chosen language (validated, so never the fallback).
    var language: ReportLanguage { ReportLanguage(rawValue: lang) ?? .en }

    func validate() throws {
        if ReportLanguage(rawValue: lang) == nil { throw ValidationError("--lang expects da or en, got '\(lang)'") }
    }
}
