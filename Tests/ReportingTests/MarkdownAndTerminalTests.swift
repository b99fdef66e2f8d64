import Foundation
import Reporting
import SovScanModel
import Testing

struct MarkdownAndTerminalTests {
    private func markdown(_ input: ReportInput = TestReports.input(), limit: Int = 15, language: ReportLanguage = .en) -> String {
        String(decoding: MarkdownSummaryWriter(language: language, limit: limit).write(input, context: TestInventories.context), as: UTF8.self)
    }

    @Test func summaryHasHeadlineTableRisksAndNewFindings() {
        let text = markdown()
        // Issue 14: every share with its coverage and the share counting unknowns as not OSS; no band below 80 %.
        #expect(text.contains("**OSS share: 63%** (insufficient data (3 unknown); coverage 73% (8/11); unknown as not OSS: 45%) · "
                              + "Applikation: 71% (insufficient data (3 unknown); coverage 70% (7/10)) · "
                              + "Infrastruktur: 0% (Begrænset OSS <50%; coverage 100% (1/1)) · SEAL level (median): SEAL-2"))
        #expect(text.contains("| Group | Level | Technologies | OSS | Licence unknown | Coverage | Share | Share, unknown = not OSS | Category |"))
        #expect(text.contains("|---|---|--:|--:|--:|--:|--:|--:|---|"))
        #expect(text.contains("| Applikation | Frontend | 3 | 2 | 0 | 100% (3/3) | 67% | 67% | Overvejende OSS 50-75% |"))
        #expect(text.contains("| Applikation | Data technology | 4 | 1 | 3 | 25% (1/4) | 100% | 25% | insufficient data (3 unknown) |"))
        #expect(text.contains("| Infrastruktur | Platform | 0 | 0 | 0 | – | – | – | – |"))
        #expect(text.contains("### Relicensing and other risks"))
        #expect(text.contains("### Policy findings: 1 new / 2 (1 waived or in the baseline)"))
        #expect(text.contains("- **error** licence.deny: GPL\\-3.0\\-only is denied"))
        #expect(text.contains("Unit counted: technology · Categories: Primært OSS >75% (share above 75)"))
        #expect(!text.contains("stale"), "findings that are not new stay out of the comment")
        #expect(text.utf8.count < 65_536, "fits a pull-request comment")
    }

    @Test func hostileTextCannotBreakTheMarkdown() {
        let text = markdown()
        #expect(!text.contains("<script>"))
        #expect(!text.contains("\u{202E}") && !text.contains("\u{1}"))
        #expect(text.contains("&lt;script&gt;alert\\(\\\"x\\\"\\)&lt;/script&gt;"))
        #expect(text.contains("U+202E") && text.contains("U+0001"))
        let riskLine = text.split(separator: "\n").first { $0.contains("unknown\\-licence") }
        #expect(riskLine?.contains("U+202E") == true, "the hostile line break stayed on one line")
    }

    @Test func listsAreCapped() {
        let many = (0..<30).map { ReportFinding(rule: "r\($0)", severity: .error, message: "m\($0)") }
        let text = markdown(TestReports.input(findings: many), limit: 5)
        #expect(text.contains("- … +25"))
        #expect(text.components(separatedBy: "- **error** r").count - 1 == 5)
    }

    @Test func bareInventoryAndDanish() {
        let text = markdown(ReportInput(inventory: TestInventories.rich()), language: .da)
        #expect(text.contains("Kræver analyse"))
        #expect(text.contains("Der blev ikke angivet en politik"))
        #expect(markdown(TestReports.input(findings: [])).contains("The policy passed"))
    }

    @Test func terminalShowsTheSTILTable() {
        let plain = TerminalSummary(style: .plain).render(TestReports.input())
        #expect(plain.contains("STIL table"))
        #expect(plain.contains("Category"))
        #expect(plain.contains("Applikation    Frontend"))
        #expect(plain.contains("OSS share: 63%   coverage 73% (8/11)   unknown as not OSS: 45%   insufficient data (3 unknown)"))
        #expect(plain.contains("Infrastruktur: 0%   coverage 100% (1/1)   unknown as not OSS: 0%   Begrænset OSS <50%"))
        let dataRow = plain.split(separator: "\n").first { $0.contains("Data technology") }.map(String.init) ?? ""
        #expect(dataRow.contains("25% (1/4)") && dataRow.hasSuffix("insufficient data (3 unknown)"), "\(dataRow)")
        #expect(!plain.contains("\u{1B}["))
        let coloured = TerminalSummary(style: TerminalStyle(colors: true), language: .da).render(TestReports.input())
        #expect(coloured.contains("\u{1B}[32m"), "a band in green")
        #expect(coloured.contains("STIL-tabel"))
        #expect(coloured.contains("utilstrækkeligt datagrundlag (3 ukendt)") && coloured.contains("Dækning"))
    }

    /// A module's `tests` jar is a first-party component of its own; the list of own modules names its classifier
    /// instead of printing the module's name twice.
    @Test func ownModulesNameTheirClassifier() throws {
        var input = TestReports.input()
        let testJar = try PackageURL(parsing: "pkg:maven/dk.kommune/sag-service@1.0.0?classifier=tests")
        input.inventory.systems[0].components.append(
            Component(purl: testJar, ecosystem: .maven, group: "dk.kommune", name: "sag-service", version: "1.0.0",
                      scope: .test, isFirstParty: true))
        let plain = TerminalSummary(style: .plain).render(input)
        #expect(plain.contains("own modules: dk.kommune:sag-service, dk.kommune:sag-service (tests)"), "\(plain)")
    }
}
