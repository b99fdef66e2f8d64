import Foundation
import SovScanModel

/// Writes findings as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), so they show
/// as annotations on the pull request. Waived and baselined findings become notices. A finding is also annotated at
/// each of its lockfile entries, since GitHub shows annotations only on lines the pull request changed and a
/// transitive upgrade changes only the lockfile.
public struct GitHubAnnotationsWriter: Sendable {
    /// The words of the messages (`--lang`); commands and titles stay as they are.
    public var words: FindingWords

    public init(words: FindingWords = .english) {
        self.words = words
    }

    public func write(_ result: CheckResult) -> String {
        result.findings.map { finding in
            ([finding.location] + finding.relatedLocations.map(Optional.some)).map { line(finding, at: $0) }.joined()
        }.joined()
    }

    private func line(_ finding: Finding, at place: SovScanModel.SourceLocation?) -> String {
        let command: String
        var message = words.message(finding) + words.pathSuffix(finding)
        if let waiver = finding.waiver {
            command = "notice"
            message += " (\(words.waivedBy) \(waiver))"
        } else if finding.inBaseline {
            command = "notice"
            message += " (\(words.inTheBaseline))"
        } else {
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
        }
        var properties: [String] = []
        if let location = place {
            properties.append("file=" + Self.escapeProperty(location.file))
            if let line = location.line { properties.append("line=\(line)") }
            if let column = location.column { properties.append("col=\(column)") }
        }
        properties.append("title=" + Self.escapeProperty("sovscan " + finding.rule.rawValue))
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
    }

    /// Escaping of a command's message: the characters the runner decodes are percent-encoded (line breaks
    /// stay line breaks of the annotation), then every other control character is shown (`TerminalText`).
    static func escapeData(_ text: String) -> String {
        TerminalText.sanitise(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Escaping of a command's property value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

import Foundation
