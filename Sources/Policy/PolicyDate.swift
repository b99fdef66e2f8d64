import Foundation

/// A calendar day (`2027-06-30`), for exception expiry. Days are compared in UTC.
public struct PolicyDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`; `nil` when the text is not a real date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC day of an instant.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The same day `months` later, clamped to the end of a shorter month.
    public func adding(months: Int) -> PolicyDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return PolicyDate(year: newYear, month: newMonth, day: min(day, Self.days(in: newMonth, of: newYear)))
    }

    /// Days from `self` to `later` (negative when `later` is earlier), counted on the proleptic Gregorian calendar.
    public func days(until later: PolicyDate) -> Int { later.dayNumber - dayNumber }

    /// Days since a fixed epoch (a civil-from-days inverse, valid for every year sovscan meets).
    private var dayNumber: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    public static func < (lhs: PolicyDate, rhs: PolicyDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The day a check is made on: `SOURCE_DATE_EPOCH` when set (reproducible runs), else today; tests inject a day.
public enum PolicyClock {
    /// Today in UTC, or the day of `SOURCE_DATE_EPOCH`.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment,
                             now: Date = Date()) -> PolicyDate {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) {
            return PolicyDate(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return PolicyDate(now)
    }
}
