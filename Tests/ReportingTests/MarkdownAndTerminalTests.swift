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
        #expect(text.contains("**OSS share: 57%** (Overvejende OSS 50-75%) · Applikation: 67% · Infrastruktur: 0% · SEAL level (median): SEAL-2"))
        #expect(text.contains("|---|---|--:|--:|--:|--:|---|"))
        #expect(text.contains("| Applikation | Frontend | 3 | 2 | 0 | 67% | Overvejende OSS 50-75% |"))
        #expect(text.contains("| Infrastruktur | Platform | 0 | 0 | 0 | – | – |"))
        #expect(text.contains("### Relicensing and other risks"))
        #expect(text.contains("### Policy findings: 1 new / 2"))
        #expect(text.contains("- **error** licence.deny GPL\\-3.0\\-only is denied"))
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
        #expect(plain.contains("Applikation    Frontend"))
        #expect(plain.contains("OSS share: 57%  Overvejende OSS 50-75%"))
        #expect(!plain.contains("\u{1B}["))
        let coloured = TerminalSummary(style: TerminalStyle(colors: true), language: .da).render(TestReports.input())
        #expect(coloured.contains("\u{1B}[32m"), "a band in green")
        #expect(coloured.contains("STIL-tabel"))
    }
}
