import Foundation

/// Writes findings as a GitLab code-quality report (a JSON array of issues), shown in merge-request widgets.
/// Waived and baselined findings are left out: the report lists what still needs work.
public struct GitLabCodeQualityWriter: Sendable {
    /// The words of the descriptions (`--lang`); check names and fingerprints stay as they are.
    public var words: FindingWords

    public init(words: FindingWords = .english) {
        self.words = words
    }

    struct Issue: Encodable {
        let type = "issue"
        let description: String
        let check_name: String
        let categories = ["Security"]
        let fingerprint: String
        let severity: String
        let location: Location
    }

    struct Location: Encodable {
        let path: String
        let lines: Lines
    }

    struct Lines: Encodable { let begin: Int }

    public func write(_ result: CheckResult) throws -> Data {
        let issues = result.findings.filter { $0.waiver == nil && !$0.inBaseline }.map { finding in
            Issue(description: "[\(finding.rule.rawValue)] " + words.message(finding) + words.pathSuffix(finding),
                  check_name: finding.rule.rawValue,
                  fingerprint: FindingHash.hex(finding.fingerprint + "|" + (finding.location?.description ?? "")),
                  severity: Self.severity(finding.severity),
                  location: Location(path: finding.location?.file ?? result.policySources.first ?? ".sovscan.yml",
                                     lines: Lines(begin: finding.location?.line ?? 1)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(issues)
        data.append(0x0A)
        return data
    }

    /// GitLab's levels: `info`, `minor`, `major`, `critical`, `blocker`.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }
}
