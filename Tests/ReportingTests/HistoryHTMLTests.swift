import Foundation
import Reporting
import Testing

/// `history --format html`: the runs of each system with their changes, escaped, in English and Danish.
struct HistoryHTMLTests {
    private func share(_ level: String, _ share: Double?, coverage: Double? = 1, band: StilBand? = nil) -> HistoryReport.Share {
        HistoryReport.Share(level: level, share: share, coverage: coverage, band: band)
    }

    private var report: HistoryReport {
        let first = HistoryReport.Run(time: "2026-01-01T00:00:00Z", commit: "aa11bb22cc33dd44", branch: "main", complete: true,
                                      shares: [share("overall", 0.8, band: .primarilyOSS)], change: nil)
        let unchanged = HistoryReport.Run(time: "2026-01-08T00:00:00Z", commit: nil, branch: nil, complete: true,
                                          shares: [share("overall", 0.8, band: .primarilyOSS)],
                                          change: HistoryReport.Change(shares: [], newNonOSS: [], removedNonOSS: [], newBindings: [],
                                                                       removedBindings: [], newRelicensing: []))
        let change = HistoryReport.Change(
            shares: [HistoryReport.ShareChange(level: "overall", from: share("overall", 0.8, band: .primarilyOSS),
                                               to: share("overall", 0.6, band: .predominantlyOSS)),
                     HistoryReport.ShareChange(level: "cloud-hosting", from: share("cloud-hosting", nil), to: share("cloud-hosting", 0))],
            newNonOSS: ["<img src=x onerror=alert(1)> (frontend)"], removedNonOSS: ["Oracle JDBC (database)"],
            newBindings: ["AWS"], removedBindings: ["Azure"], newRelicensing: ["terraform-bsl"])
        let third = HistoryReport.Run(time: "2026-02-01T00:00:00Z", commit: "0123456789abcdef", branch: "feature/<b>", complete: true,
                                      shares: [share("overall", 0.6, coverage: 0.9, band: .predominantlyOSS)], change: change)
        return HistoryReport(systems: [HistoryReport.System(name: "Sag<script>alert(1)</script>", runs: [first, unchanged, third])])
    }

    private let context = ReportContext(toolVersion: "test", timestamp: Date(timeIntervalSince1970: 1_780_000_000))

    @Test func runsChangesAndChartInEnglish() throws {
        let html = String(decoding: HistoryHTMLWriter().write(report, context: context), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("<bdi>Sag&lt;script&gt;alert(1)&lt;/script&gt;</bdi> – 3 runs"))
        #expect(html.contains("<td>first run</td>"))
        #expect(html.contains("<td>no change</td>"))
        #expect(html.contains("<li>Overall: 80% → 60% (Primært OSS &gt;75% → Overvejende OSS 50-75%)</li>"))
        #expect(html.contains("<li>Cloud and hosting: – → 0%</li>"))
        #expect(html.contains("New non-OSS: <bdi>&lt;img src=x onerror=alert(1)&gt; (frontend)</bdi>"))
        #expect(html.contains("No longer non-OSS: <bdi>Oracle JDBC (database)</bdi>"))
        #expect(html.contains("New bindings: <bdi>AWS</bdi>"))
        #expect(html.contains("Bindings gone: <bdi>Azure</bdi>"))
        #expect(html.contains("Relicensing now applies: <bdi>terraform-bsl</bdi>"))
        #expect(html.contains("<td>60% (Coverage 90%)</td>"))
        #expect(html.contains("<td><bdi>aa11bb22cc33</bdi></td>"), "commits are cut to 12 characters")
        #expect(html.contains("<td>1 February 2026, 00:00 UTC</td>"), "run times written as the reports write dates")
        // One point per run with a share, oldest on the left.
        #expect(html.components(separatedBy: "<circle").count - 1 == 3)
        #expect(html.contains("<polyline points=\"44,40 452,40 860,70\""))
        #expect(HistoryHTMLWriter().write(report, context: context) == HistoryHTMLWriter().write(report, context: context))
    }

    @Test func danishAndEmpty() throws {
        let html = String(decoding: HistoryHTMLWriter(language: .da).write(report, context: context), as: UTF8.self)
        #expect(html.contains("<html lang=\"da\">"))
        #expect(html.contains("<h1>OSS-andel over tid</h1>"))
        #expect(html.contains("– 3 kørsler"))
        #expect(html.contains("<td>første kørsel</td>"))
        #expect(html.contains("<td>1. februar 2026 kl. 00.00 UTC</td>") && !html.contains("2026-02-01T00:00:00Z"))
        #expect(html.contains("<li>Samlet: 80 % → 60 % (Primært OSS &gt;75% → Overvejende OSS 50-75%)</li>"))
        #expect(html.contains("Nye bindinger: <bdi>AWS</bdi>"))
        #expect(html.contains("<td>60 % (Dækning 90 %)</td>"))
        let empty = String(decoding: HistoryHTMLWriter(language: .da).write(HistoryReport(systems: []), context: context), as: UTF8.self)
        #expect(empty.contains("<p>Ingen kørsler registreret.</p>"))
        #expect(!empty.contains("<svg"))
        let single = HistoryReport(systems: [HistoryReport.System(name: "Ét", runs: [report.systems[0].runs[0]])])
        #expect(!String(decoding: HistoryHTMLWriter().write(single, context: context), as: UTF8.self).contains("<svg"),
                "a trend needs two runs")
    }
}
