import Classification
import Foundation

/// The words of the history report, in the report's language. Kept apart from `ReportLabels`' own list so they
/// move as one block.
extension ReportLabels {
    private func historyWord(_ english: String, _ danish: String) -> String { language == .da ? danish : english }

    /// A run's time (ISO 8601 as stored) as the reports write dates (`5 December 2026, 16:03 UTC`, Danish
    /// `5. december 2026 kl. 16.03 UTC`); a time that does not parse as written.
    func runTime(_ stored: String) -> String {
        ISO8601DateFormatter().date(from: stored).map(date) ?? stored
    }

    var historyTitle: String { historyWord("OSS share over time", "OSS-andel over tid") }
    var historyChartDescription: String {
        historyWord("The overall OSS share of each run, oldest first; dashed lines mark 50% and 75%. The table below has the same figures.",
                    "Den samlede OSS-andel i hver kørsel, ældste først; stiplede linjer markerer 50 % og 75 %. Tabellen nedenfor har de samme tal.")
    }
    var historyTime: String { historyWord("Time", "Tidspunkt") }
    var historyCommit: String { historyWord("Commit", "Commit") }
    var historyBranch: String { historyWord("Branch", "Gren") }
    var historyOverall: String { historyWord("Overall", "Samlet") }
    var historyChanges: String { historyWord("Changes since the previous run", "Ændringer siden forrige kørsel") }
    var historyNoChange: String { historyWord("no change", "ingen ændring") }
    var historyFirstRun: String { historyWord("first run", "første kørsel") }
    var historyNewNonOSS: String { historyWord("New non-OSS", "Ny ikke-OSS") }
    var historyRemovedNonOSS: String { historyWord("No longer non-OSS", "Ikke længere ikke-OSS") }
    var historyNewBindings: String { historyWord("New bindings", "Nye bindinger") }
    var historyRemovedBindings: String { historyWord("Bindings gone", "Bindinger fjernet") }
    var historyNewRelicensing: String { historyWord("Relicensing now applies", "Relicensering gælder nu") }
    var historyNoRuns: String { historyWord("No runs recorded.", "Ingen kørsler registreret.") }
    /// `3 runs`, `1 run`.
    func historyRunCount(_ count: Int) -> String {
        count == 1 ? historyWord("1 run", "1 kørsel") : historyWord("\(count) runs", "\(count) kørsler")
    }

    /// The name of a level, `Applikation`, `Infrastruktur` or `overall` as the store writes it.
    func historyLevelName(_ name: String) -> String {
        if name == "overall" { return historyOverall }
        return StackLevel(rawValue: name).map(levelName) ?? name
    }
}

extension ReportLabels {
    /// The heading of a portfolio's trend: "Trend since 2026-01-15".
    func trendSince(_ since: String) -> String {
        language == .da ? "Udvikling siden \(since.prefix(10))" : "Trend since \(since.prefix(10))"
    }
    var trendComparedWith: String { language == .da ? "Sammenlignet med kørslen" : "Compared with the run of" }
}

extension ReportLabels {
    /// A level's share change as text: `Samlet: 100 % → 60 % (Primært OSS >75% → Overvejende OSS 50-75%)`.
    func shareChangeText(_ share: HistoryReport.ShareChange) -> String {
        var text = "\(historyLevelName(share.level)): \(percent(share.from.share)) → \(percent(share.to.share))"
        if share.from.band != share.to.band {
            text += " (\(share.from.band.map(bandName) ?? "–") → \(share.to.band.map(bandName) ?? "–"))"
        }
        return text
    }

    /// The lists of a change that are not empty, each with its label: new and removed non-OSS technologies,
    /// new and removed bindings, relicensing that applies now.
    func changeLists(_ change: HistoryReport.Change) -> [(label: String, items: [String])] {
        [(historyNewNonOSS, change.newNonOSS), (historyRemovedNonOSS, change.removedNonOSS),
         (historyNewBindings, change.newBindings), (historyRemovedBindings, change.removedBindings),
         (historyNewRelicensing, change.newRelicensing)].filter { !$0.1.isEmpty }.map { (label: $0.0, items: $0.1) }
    }
}
