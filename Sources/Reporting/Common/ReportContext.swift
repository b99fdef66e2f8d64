import Foundation

/// What every report needs besides the data: the tool's identity and the time to stamp.
public struct ReportContext: Sendable {
    /// sovscan's version.
    public var toolVersion: String
    /// The document timestamp: `SOURCE_DATE_EPOCH` when set, else the time of the run.
    public var timestamp: Date
    /// The rules the components were classified with (`format 1, rules 0123456789abcdef`), for the reports'
    /// method section; `nil` when not known.
    public var rulesVersion: String?

    public init(toolVersion: String, timestamp: Date, rulesVersion: String? = nil) {
        self.toolVersion = toolVersion
        self.timestamp = timestamp
        self.rulesVersion = rulesVersion
    }

    /// A context stamped from the environment: `SOURCE_DATE_EPOCH` (seconds since 1970) when set and valid.
    public static func fromEnvironment(toolVersion: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportContext {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) {
            return ReportContext(toolVersion: toolVersion, timestamp: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return ReportContext(toolVersion: toolVersion, timestamp: Date())
    }

    /// The timestamp as ISO 8601 in UTC, whole seconds (`2024-01-02T03:04:05Z`).
    public var isoTimestamp: String { UTCTime(timestamp, roundingToMilliseconds: true).iso8601 }
}
