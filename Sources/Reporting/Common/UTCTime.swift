import Foundation

/// A moment's calendar fields in UTC, in the proleptic Gregorian calendar, counted from the seconds since 1970
/// (whole seconds, rounded down). Reports stamp their time with it instead of Foundation's `ISO8601DateFormatter`
/// and `Calendar`, which load ICU's calendar, time-zone and formatting data (megabytes of memory and milliseconds
/// at every start) for a fixed, locale-free format.
struct UTCTime: Equatable {
    var year: Int
    /// 1-12.
    var month: Int
    /// 1-31.
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    /// The first and last second this calendar reads (0001-01-01 and 9999-12-31, both UTC); a time outside (an
    /// absurd `SOURCE_DATE_EPOCH`) is read as the nearer one.
    static let secondsRange = -62_135_596_800.0...253_402_300_799.0

    /// The fields of `date`; with `roundingToMilliseconds`, of `date` first rounded to the nearest millisecond, as
    /// Foundation's ISO 8601 formatter reads it (so `12:00:05.9996` is `12:00:06`).
    init(_ date: Date, roundingToMilliseconds: Bool = false) {
        let raw = date.timeIntervalSince1970.isNaN ? 0 : date.timeIntervalSince1970
        let given = roundingToMilliseconds ? (raw * 1_000).rounded() / 1_000 : raw
        let bounded = min(max(given, Self.secondsRange.lowerBound), Self.secondsRange.upperBound)
        let seconds = Int(bounded.rounded(.down))
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm, eras of 400 years from 0000-03-01).
        let shifted = days + 719_468
        let era = Self.floorDivision(shifted, 146_097).quotient
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
    }

    /// ISO 8601 in UTC, whole seconds: `2024-01-02T03:04:05Z`.
    var iso8601: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2) + "T"
            + Self.padded(hour, 2) + ":" + Self.padded(minute, 2) + ":" + Self.padded(second, 2) + "Z"
    }

    /// The number in decimal, zero-padded on the left to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = (value % divisor + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
