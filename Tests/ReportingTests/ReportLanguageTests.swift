import Analysis
import Foundation
import Reporting
import Testing

/// One language model for every report: a Danish report has no English left in it, and the labels say what
/// was computed (the cut-offs and the counting unit in use).
struct ReportLanguageTests {
    /// English words that sovscan's own text would bring into a Danish report. Words Danish shares (for, at,
    /// minimum, median, binding, Platform, System, Version, Status) and loanwords (Frontend, Backend, Middleware,
    /// cloud) are not on it; nor are words of the sample's data (the component `sag-service`, the licence
    /// `GPL-3.0-only`).
    static let englishWords: Set<String> = [
        "the", "and", "of", "with", "without", "from", "not", "is", "are", "by", "to", "or", "per",
        "unknown", "optional", "waived", "baseline", "baselined", "error", "errors", "warning", "warnings", "note", "notes",
        "scope", "licence", "license", "licences", "share", "level", "levels", "vendor", "vendors", "component", "components",
        "technologies", "technology", "report", "generated", "coverage", "diagnostics", "findings", "finding", "risks", "risk",
        "bindings", "none", "yes", "no", "direct", "passed", "failed", "category", "insufficient", "data", "rule",
        "rules", "severity", "kind", "location", "description", "message", "messages", "country", "bloc", "jurisdiction",
        "origin", "own", "development", "third", "party", "relicensing", "relicensed", "proprietary", "exit", "plan",
        "click", "heading", "sort", "filter", "shown", "page", "portfolio", "systems", "method", "counted", "unit", "units",
        "high", "medium", "low", "distribution", "layer", "criticality", "personal", "overall", "effect",
        "changed", "controlled", "company", "outside", "bound", "denied", "allowed", "expires", "expired", "unused", "contents",
        "horizontal", "bars", "dashed", "lines", "chart", "table", "below", "above", "what", "ships", "infrastructure",
    ]

    /// The words a reader sees: the text outside tags, without the style sheet, the script, the fill patterns, the
    /// contents of `<code>` (identifiers, paths, licence expressions) and command-line options (`--count-by`).
    static func visibleWords(_ html: String) -> [String] {
        var text = html
        for (open, close) in [("<style", "</style>"), ("<script", "</script>"), ("<code", "</code>"), ("<svg class=\"patterns\"", "</svg>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "--[a-z-]+", with: " ", options: .regularExpression)
        return text.components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }
    }

    private func english(in text: String) -> Set<String> {
        Set(Self.visibleWords(text).filter { Self.englishWords.contains($0.lowercased()) })
    }

    @Test func danishReportsHaveNoEnglish() {
        let check = ReportSamples.check()
        let portfolio = ReportSamples.portfolio()
        var documents: [(String, String)] = [
            ("check html", String(decoding: HTMLReportWriter(language: .da).write(check, context: ReportSamples.context), as: UTF8.self)),
            ("check markdown", String(decoding: MarkdownSummaryWriter(language: .da).write(check, context: ReportSamples.context), as: UTF8.self)),
            ("portfolio html", String(decoding: HTMLReportWriter(language: .da).write(portfolio, context: ReportSamples.context), as: UTF8.self)),
            ("portfolio markdown", String(decoding: MarkdownSummaryWriter(language: .da).write(portfolio, context: ReportSamples.context), as: UTF8.self)),
        ]
        for page in HTMLReportWriter(language: .da).writeFolder(portfolio, context: ReportSamples.context) {
            documents.append((page.path, String(decoding: page.data, as: UTF8.self)))
        }
        for (name, text) in documents {
            #expect(english(in: text).isEmpty, "\(name): \(english(in: text).sorted())")
        }
    }

    @Test func danishTerminalSummaryHasNoEnglish() {
        let text = TerminalSummary(style: .plain, language: .da).render(ReportSamples.check())
        #expect(english(in: text).isEmpty, "\(english(in: text).sorted())\n\(text)")
        #expect(text.contains("komponenter: 5 fra tredjepart, 1 egenudviklede"))
        let english = TerminalSummary(style: .plain, language: .en).render(ReportSamples.check())
        #expect(english.contains("components: 5 third-party, 1 own (first-party)"))
    }

    @Test func theDetectorFindsEnglish() {
        // The same check on the English report must fire, or it proves nothing.
        let text = String(decoding: HTMLReportWriter(language: .en).write(ReportSamples.check(), context: ReportSamples.context), as: UTF8.self)
        let found = english(in: text)
        #expect(found.isSuperset(of: ["unknown", "licence", "vendor", "share"]), "\(found.sorted())")
    }

    @Test func danishWordingAsReviewed() {
        // Long heads carry soft hyphens where they may break (SoftHyphens); the words are read without them.
        let text = String(decoding: HTMLReportWriter(language: .da).write(ReportSamples.check(), context: ReportSamples.context), as: UTF8.self)
            .replacingOccurrences(of: "\u{AD}", with: "")
        for phrase in ["Kategori", "Jurisdiktion", "USA", "Tredjepartskomponenter", "Egenudviklede komponenter", "Licensskift og andre risici",
                       "Bindinger til proprietære platforme", "Alvorlighed", "høj", "middel", "Beskrivelse", "Sted (fil:linje)",
                       "Afhængighedstype", "Klik på en kolonneoverskrift", "Om metoden", "5. december 2026 kl. 16.03 UTC", "67 %",
                       "IKKE BESTÅET", "Undtagne og kendte fund", "Tjenestetype", "Exitplan", "overvågning"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        for wrong in ["Bånd", "Blok", ">US<", ">UK<", "fejl</td><td>Licensskift"] { #expect(!text.contains(wrong), "\(wrong)") }
        #expect(text.contains("Elasticsearch skiftede licens fra Apache-2.0 til SSPL-1.0 for versionerne &gt;= 7.11.0 (2021-01-14)"))
        #expect(text.contains("bundet til den proprietære cloud-tjeneste AWS (USA) uden en dokumenteret exitplan"))
        #expect(text.contains("kontrolleres af én virksomhed uden for EU: Google (USA)"))
        let markdown = String(decoding: MarkdownSummaryWriter(language: .da).write(ReportSamples.check(), context: ReportSamples.context), as: UTF8.self)
        #expect(markdown.hasPrefix("**IKKE BESTÅET**: Tjekket er ikke bestået"))
        #expect(markdown.contains("5. december 2026 kl. 16.03 UTC"))
    }

    /// The long Danish heads of the portfolio's systems table may break only at their compound boundary.
    @Test func longHeadsBreakAtTheirCompoundBoundary() {
        let index = HTMLReportWriter(language: .da).writeFolder(ReportSamples.portfolio(), context: ReportSamples.context)[0]
        let text = String(decoding: index.data, as: UTF8.self)
        #expect(text.contains(">Person\u{AD}oplysninger</th>") && text.contains(">Kritika\u{AD}litet</th>"))
        #expect(text.contains(">Tredjeparts\u{AD}komponenter</th>"))
        #expect(!text.contains(">Personoplysninger</th>"))
    }

    @Test func labelsFollowTheCutoffsAndTheCountingUnit() {
        var input = ReportSamples.check()
        input.analysis = AnalysisDocument(options: AnalysisOptions(countBy: .component, cutoffs: BandCutoffs(primaryAbove: 90, predominantFrom: 80)),
                                          systems: [])
        let text = String(decoding: HTMLReportWriter(language: .en).write(input, context: ReportSamples.context), as: UTF8.self)
        #expect(text.contains("Primært OSS &gt;90%") && text.contains("Overvejende OSS 80-90%") && text.contains("Begrænset OSS &lt;80%"))
        #expect(!text.contains("50-75"), "no label keeps the default cut-offs")
        #expect(text.contains("<th scope=\"col\" class=\"num\">Components</th><th scope=\"col\" class=\"num\">OSS components</th>"))
        #expect(text.contains("The unit counted is the component"))
        // The dashed lines stand at the cut-offs: 80 % and 90 % of the 400-unit bar, drawn after (over) the bars.
        #expect(text.contains("<line x1=\"320\" x2=\"320\"") && text.contains("<line x1=\"360\" x2=\"360\""))
        let chart = text.components(separatedBy: "id=\"stil-chart-1\"")[1].components(separatedBy: "</svg>")[0]
        let lastBar = chart.range(of: "class=\"bar ", options: .backwards)?.lowerBound
        let firstLine = chart.range(of: "<line")?.lowerBound
        #expect(lastBar != nil && firstLine != nil && lastBar! < firstLine!, "threshold lines over the bars")
        let markdown = String(decoding: MarkdownSummaryWriter(language: .da).write(input, context: ReportSamples.context), as: UTF8.self)
        #expect(markdown.contains("| Gruppe | Niveau | Komponenter | OSS |"))
        #expect(markdown.contains("Optalt enhed: komponent · Kategorier: Primært OSS >90% (andel over 90)"))
    }

    @Test func percentagesAndDatesPerLanguage() {
        let input = ReportSamples.check()
        let danish = String(decoding: MarkdownSummaryWriter(language: .da).write(input, context: ReportSamples.context), as: UTF8.self)
        let english = String(decoding: MarkdownSummaryWriter(language: .en).write(input, context: ReportSamples.context), as: UTF8.self)
        #expect(danish.contains("**OSS\\-andel: 63 %**") || danish.contains("**OSS-andel: 63 %**"), "\(danish)")
        #expect(english.contains("**OSS share: 63%**"))
        #expect(english.contains("5 December 2026, 16:03 UTC"))
    }
}
