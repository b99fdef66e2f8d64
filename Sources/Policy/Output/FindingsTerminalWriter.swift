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

    public init(colors: Bool, hidden: Set<Hidden> = []) {
        self.colors = colors
        self.hidden = hidden
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
            text += paint(file.isEmpty ? "(no file)" : TerminalText.sanitise(file), "1") + "\n"
            for finding in groups[file] ?? [] {
                // The whole `file:line:column`, so terminals and editors can follow it.
                let position = finding.location.map { TerminalText.sanitise($0.description) } ?? "(no location)"
                let status: String
                if finding.waiver != nil {
                    status = paint("waived  ", "2")
                } else if finding.inBaseline {
                    status = paint("baseline", "2")
                } else {
                    switch finding.severity {
                    case .error: status = paint("error   ", "31")
                    case .warning: status = paint("warning ", "33")
                    case .note: status = paint("note    ", "2")
                    }
                }
                text += "  " + position + "  " + status + "  " + finding.rule.rawValue + "  " + TerminalText.sanitise(finding.message) + "\n"
                if finding.path.count > 1 {
                    text += "      through " + TerminalText.sanitise(finding.path.map(\.description).joined(separator: " → ")) + "\n"
                }
                for related in finding.relatedLocations {
                    text += "      locked at " + TerminalText.sanitise(related.description) + "\n"
                }
                if let waiver = finding.waiver { text += "      waived by " + TerminalText.sanitise(waiver) + "\n" }
            }
        }
        if result.incomplete {
            text += (text.isEmpty ? "" : "\n") + paint("The scan is incomplete", "1") + "\n"
            for gap in result.gaps { text += "  " + TerminalText.sanitise(gap.description) + "\n" }
        }
        let counts = result.activeCounts
        let waived = result.findings.filter { $0.waiver != nil }.count
        let baselined = result.findings.filter { $0.inBaseline }.count
        var summary = "\(counts[.error] ?? 0) error(s), \(counts[.warning] ?? 0) warning(s), \(counts[.note] ?? 0) note(s)"
        if waived > 0 { summary += ", \(waived) waived" }
        if baselined > 0 { summary += ", \(baselined) in the baseline" }
        let verdict: String
        if result.incomplete && !result.allowIncomplete {
            verdict = paint("policy check INCOMPLETE", "31")
            summary += "; the scan is incomplete (\(result.gaps.count) problem(s) above): fix them, or pass --allow-incomplete to judge what was read"
        } else {
            verdict = result.failing.isEmpty ? paint("policy check passed", "32") : paint("policy check FAILED", "31")
            if result.incomplete { summary += "; the scan is incomplete (allowed by --allow-incomplete)" }
        }
        return text + (text.isEmpty ? "" : "\n") + verdict + ": " + summary + "\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

import Foundation
