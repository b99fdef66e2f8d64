import Foundation

/// The time a run is recorded at, and the date forms the store reads and writes.
public enum RunClock {
    /// `SOURCE_DATE_EPOCH` (seconds since 1970) when set and valid, else now.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date()
    }

    /// ISO 8601 in UTC, whole seconds (`2026-12-05T16:30:00Z`).
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Reads `--since`: a day (`2026-01-31`, midnight UTC) or an ISO 8601 time (`2026-01-31T12:00:00Z`);
    /// `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let full = ISO8601DateFormatter()
        full.timeZone = TimeZone(identifier: "UTC")
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: trimmed) { return date }
        let day = ISO8601DateFormatter()
        day.timeZone = TimeZone(identifier: "UTC")
        day.formatOptions = [.withFullDate]
        guard trimmed.count == 10 else { return nil }
        return day.date(from: trimmed)
    }
}
