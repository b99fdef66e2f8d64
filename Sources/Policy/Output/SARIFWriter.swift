import Foundation
import SovScanModel

/// Writes findings as SARIF 2.1.0 for code-scanning uploads: one run, every rule with its metadata, one result per
/// finding with the manifest location, waived findings as suppressions and, with a baseline, `baselineState`.
public struct SARIFWriter: Sendable {
    /// Where the rules are documented online (`…/docs/policy.md`); `helpUri` is this plus `#rule-id`. Without
    /// it, rules carry their help as text pointing at `docs/policy.md` in the sovscan sources.
    public var documentationURL: String?
    /// Whether a baseline was applied (then every result gets `baselineState`).
    public var hasBaseline: Bool
    /// The words of the messages and rule descriptions (`--lang`); ids and levels stay as they are.
    public var words: FindingWords

    public init(documentationURL: String? = nil, hasBaseline: Bool = false, words: FindingWords = .english) {
        self.documentationURL = documentationURL
        self.hasBaseline = hasBaseline
        self.words = words
    }

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        let results: [Result]
        let columnKind = "unicodeCodePoints"
    }

    /// The run itself: whether the scan read everything, and every scan diagnostic as a notification.
    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        let level: String
        let message: Text
        let locations: [Location]?
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name = "sovscan"
        let version: String
        let informationUri: String?
        let rules: [Rule]
    }

    struct Text: Encodable { let text: String }

    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let fullDescription: Text
        let helpUri: String?
        let help: Text
        let defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { let level: String }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]?
        let relatedLocations: [RelatedLocation]?
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
        let baselineState: String?
        let properties: Properties
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation?
        let logicalLocations: [LogicalLocation]?
    }

    /// Another line of the finding: the component's lockfile entry.
    struct RelatedLocation: Encodable {
        let id: Int
        let physicalLocation: PhysicalLocation
        let message: Text
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    struct ArtifactLocation: Encodable { let uri: String }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int?
    }

    struct LogicalLocation: Encodable {
        let fullyQualifiedName: String
        let kind = "module"
    }

    struct Suppression: Encodable {
        let kind = "external"
        let justification: String
    }

    struct Properties: Encodable {
        let system: String
        let component: String?
        let dependencyPath: [String]?
    }

    /// The SARIF log, pretty-printed with sorted keys and a final newline.
    public func write(_ result: CheckResult, toolVersion: String) throws -> Data {
        let rules = RuleID.allCases.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let results = result.findings.map { finding in
            Result(
                ruleId: finding.rule.rawValue,
                ruleIndex: ruleIndex[finding.rule] ?? 0,
                level: finding.severity.rawValue,
                message: Text(text: words.message(finding) + words.pathSuffix(finding)),
                locations: location(finding).map { [$0] },
                relatedLocations: finding.relatedLocations.isEmpty ? nil : finding.relatedLocations.enumerated().map {
                    RelatedLocation(id: $0.offset + 1, physicalLocation: Self.physical($0.element),
                                    message: Text(text: "\(words.lockedAt) \($0.element)"))
                },
                partialFingerprints: ["sovscanFingerprint/v1": FindingHash.hex(finding.fingerprint)],
                suppressions: finding.waiver.map { [Suppression(justification: $0)] },
                baselineState: hasBaseline ? (finding.inBaseline ? "unchanged" : "new") : nil,
                properties: Properties(system: finding.system, component: finding.component?.description,
                                       dependencyPath: finding.path.isEmpty ? nil : finding.path.map(\.description))
            )
        }
        let driver = Driver(
            version: toolVersion,
            informationUri: documentationURL,
            rules: rules.map { rule in
                Rule(id: rule.rawValue, name: Self.pascalCase(rule.rawValue), shortDescription: Text(text: words.rule(rule)),
                     fullDescription: Text(text: words.rule(rule) + " " + words.configuredBy(rule.policyKey)),
                     helpUri: documentationURL.map { $0 + "#" + rule.rawValue },
                     help: Text(text: "See \(documentationURL ?? "docs/policy.md")#\(rule.rawValue) for the rule and its policy key."),
                     defaultConfiguration: Configuration(level: Self.defaultLevel(rule)))
            }
        )
        let notifications = Diagnostic.sortedUnique(result.diagnostics + result.gaps).map { diagnostic in
            Notification(level: diagnostic.severity.rawValue, message: Text(text: words.diagnostic(diagnostic)),
                         locations: diagnostic.location.map { [Location(physicalLocation: Self.physical($0), logicalLocations: nil)] })
        }
        let invocation = Invocation(executionSuccessful: !result.incomplete,
                                    toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
        let log = Log(runs: [Run(tool: Tool(driver: driver), invocations: [invocation], results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(log)
        data.append(0x0A)
        return data
    }

    private func location(_ finding: Finding) -> Location? {
        let physical = finding.location.map(Self.physical)
        let logical = finding.component.map { [LogicalLocation(fullyQualifiedName: $0.description)] }
        guard physical != nil || logical != nil else { return nil }
        return Location(physicalLocation: physical, logicalLocations: logical)
    }

    private static func physical(_ location: SovScanModel.SourceLocation) -> PhysicalLocation {
        PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri(location.file)),
                         region: location.line.map { Region(startLine: $0, startColumn: location.column) })
    }

    /// A relative path stays relative (percent-encoded); an absolute one becomes a `file://` URI.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet.urlPathAllowed
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func defaultLevel(_ rule: RuleID) -> String {
        switch rule {
        case .exceptionUnused, .exceptionTooLong, .licenseUnknown: "warning"
        default: "error"
        }
    }

    private static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
