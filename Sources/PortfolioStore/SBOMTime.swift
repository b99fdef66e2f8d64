import Foundation

/// When an SBOM says it was made: CycloneDX `metadata.timestamp` or SPDX `creationInfo.created`. An imported SBOM
/// is recorded at that time, so runs that CI jobs upload later still fall into place in the history.
public enum SBOMTime {
    /// The document's creation time; `nil` when the file is not JSON or names no valid time.
    public static func of(file: String) -> Date? {
        guard let data = FileManager.default.contents(atPath: file),
              let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let cycloneDX = (document["metadata"] as? [String: Any])?["timestamp"] as? String
        let spdx = (document["creationInfo"] as? [String: Any])?["created"] as? String
        guard let text = cycloneDX ?? spdx else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
