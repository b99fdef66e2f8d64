import SovScanModel
/// Writes findings for a person at a terminal: grouped by file, each line `file:line:column  severity  rule  message`,
/// the dependency chain under a transitive component, then a one-line verdict.
public struct FindingsTerminalWriter: Sendable {
    /// Findings a reader may leave out of the list (they are still counted in the verdict line).
    public enum Hidden: String, Sendable, CaseIterable {
        /// Findings an exception waives.
        case waived
        /// Findings already in the baseline.
        case baselined
    }

    /// Whether to write ANSI colours.
    public var colors: Bool
    /// What is left out of the list.
    public var hidden: Set<Hidden>
    /// The words of the table (`--lang`).
    public var words: FindingWords
    /// Whether to list each component not judged for its stack level (`--verbose`); otherwise only their number.
    public var listsUnjudged: Bool

    public init(colors: Bool, hidden: Set<Hidden> = [], words: FindingWords = .english, listsUnjudged: Bool = false) {
        self.colors = colors
        self.hidden = hidden
        self.words = words
        self.listsUnjudged = listsUnjudged
    }

    public func write(_ result: CheckResult) -> String {
        var text = ""
        var groups: [String: [Finding]] = [:]
        for finding in result.findings {
            if hidden.contains(.waived) && finding.waiver != nil { continue }
            if hidden.contains(.baselined) && finding.inBaseline { continue }
            groups[finding.location?.file ?? "", default: []].append(finding)
        }
        for file in groups.keys.sorted() {
            // Files, names and messages come from the scanned repository: sanitised before colours are added.
            text += paint(file.isEmpty ? words.noFile : TerminalText.sanitise(file), "1") + "\n"
            for finding in groups[file] ?? [] {
                // The whole `file:line:column`, so terminals and editors can follow it.
                let position = finding.location.map { TerminalText.sanitise($0.description) } ?? words.noLocation
                let status: String
                if finding.waiver != nil {
                    status = paint(padded(words.waived), "2")
                } else if finding.inBaseline {
                    status = paint(padded(words.baselined), "2")
                } else {
                    let name = padded(words.severity(finding.severity))
                    switch finding.severity {
                    case .error: status = paint(name, "31")
                    case .warning: status = paint(name, "33")
                    case .note: status = paint(name, "2")
                    }
                }
                text += "  " + position + "  " + status + "  " + finding.rule.rawValue + "  " + TerminalText.sanitise(words.message(finding)) + "\n"
                if finding.path.count > 1 {
                    text += "      \(words.through) " + TerminalText.sanitise(finding.path.map(\.description).joined(separator: " → ")) + "\n"
                }
                for related in finding.relatedLocations {
                    text += "      \(words.lockedAt) " + TerminalText.sanitise(related.description) + "\n"
                }
                if let waiver = finding.waiver { text += "      \(words.waivedBy) " + TerminalText.sanitise(waiver) + "\n" }
            }
        }
        if listsUnjudged, !result.unjudged.levelIgnored.isEmpty {
            text += (text.isEmpty ? "" : "\n") + levelIgnoredList(result.unjudged.levelIgnored)
        }
        if result.incomplete {
            text += (text.isEmpty ? "" : "\n") + paint(words.scanIncomplete, "1") + "\n"
            for gap in result.gaps { text += "  " + TerminalText.sanitise(words.diagnosticLine(gap)) + "\n" }
        }
        let counts = result.activeCounts
        let waived = result.findings.filter { $0.waiver != nil }.count
        let baselined = result.findings.filter { $0.inBaseline }.count
        var summary = words.counts(counts[.error] ?? 0, counts[.warning] ?? 0, counts[.note] ?? 0, waived, baselined)
        if !result.unjudged.isEmpty { summary += words.unjudged(result.unjudged.byScope, result.unjudged.byLevel) }
        if !listsUnjudged, result.unjudged.byLevel > 0 { summary += words.listUnjudged }
        let verdict: String
        if result.incomplete && !result.allowIncomplete {
            verdict = paint(words.verdictIncomplete, "31")
            summary += words.incompleteNotJudged(result.gaps.count)
        } else {
            verdict = result.failing.isEmpty ? paint(words.verdictPassed, "32") : paint(words.verdictFailed, "31")
            if result.incomplete { summary += words.incompleteJudged }
        }
        return text + (text.isEmpty ? "" : "\n") + verdict + ": " + summary + "\n"
    }

    /// The components not judged for their level: where each is declared, what it is, its scope and level and why
    /// the classification gave that level, and the chain that brings a transitive one in.
    private func levelIgnoredList(_ components: [UnjudgedComponent]) -> String {
        var text = paint(words.levelIgnoredHeading(components.count), "1") + "\n"
        for component in components {
            let position = component.location.map { TerminalText.sanitise($0.description) } ?? words.noLocation
            text += "  " + position + "  " + TerminalText.sanitise(component.component) + "  "
                + TerminalText.sanitise(component.scope) + ", " + TerminalText.sanitise(component.level) + "\n"
            if let reason = component.reason { text += "      " + TerminalText.sanitise(reason) + "\n" }
            if component.path.count > 1 {
                text += "      \(words.through) " + TerminalText.sanitise(component.path.joined(separator: " → ")) + "\n"
            }
        }
        return text
    }

    /// A status word padded to the width of the longest one, so the rules line up.
    private func padded(_ word: String) -> String {
        let width = ([words.waived, words.baselined] + Severity.allCases.map(words.severity)).map(\.count).max() ?? 0
        return word + String(repeating: " ", count: max(0, width - word.count))
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

import Foundation
