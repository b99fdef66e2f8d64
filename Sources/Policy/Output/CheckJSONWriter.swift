import Foundation
import SovScanModel

/// Writes the check result as JSON (`sovscan-check/1`): the document `--baseline` reads back.
public struct CheckJSONWriter: Sendable {
    /// The schema name and version of the document.
    public static let schema = "sovscan-check/1"

    public init() {}

    struct Document: Encodable {
        let schema: String
        let tool: String
        let timestamp: String
        let passed: Bool
        let incomplete: Bool
        /// Why the scan is incomplete.
        let gaps: [Diagnostic]
        let policy: [String]
        let systems: [String]
        /// The third-party components not judged: of ignored scopes and of ignored levels.
        let unjudged: UnjudgedComponents
        let findings: [Entry]
    }

    struct Entry: Encodable {
        let rule: String
        let severity: String
        let message: String
        let system: String
        let component: String?
        let location: SovScanModel.SourceLocation?
        let path: [String]
        let relatedLocations: [SovScanModel.SourceLocation]
        let subject: String
        let fingerprint: String
        let waiver: String?
        let baseline: Bool
        let fails: Bool
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func write(_ result: CheckResult, tool: String, timestamp: String) throws -> Data {
        let entries = result.findings.map { finding in
            Entry(rule: finding.rule.rawValue, severity: finding.severity.rawValue, message: finding.message,
                  system: finding.system, component: finding.component?.description, location: finding.location,
                  path: finding.path.map(\.description), relatedLocations: finding.relatedLocations, subject: finding.subject, fingerprint: finding.fingerprint,
                  waiver: finding.waiver, baseline: finding.inBaseline, fails: finding.fails)
        }
        let document = Document(schema: Self.schema, tool: tool, timestamp: timestamp, passed: result.exitCode == 0,
                                incomplete: result.incomplete, gaps: result.gaps, policy: result.policySources, systems: result.systems,
                                unjudged: result.unjudged, findings: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }
}
