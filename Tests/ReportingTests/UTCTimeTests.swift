import Foundation
@testable import Reporting
import Testing

/// The reports' own UTC calendar (issue 17: no ICU at start) against Foundation's formatter and calendar.
struct UTCTimeTests {
    /// Moments across four centuries: every leap-day edge, the epoch, before it, and fractional seconds.
    static let moments: [Double] = {
        var seconds: [Double] = [0, -1, -0.5, 0.999, 0.9996, 86_399.5, 86_399.9999, 951_782_400, 951_868_799, 4_107_542_399, -2_208_988_800,
                                 1_796_486_580, 253_402_300_799]
        var value = -2_208_988_800.0  // 1900-01-01
        while value < 13_569_465_600 {  // 2400-01-01
            seconds.append(value)
            value += 1_234_567.89
        }
        return seconds
    }()

    @Test func isoTimestampIsFoundationsInternetDateTime() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        for seconds in Self.moments {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ReportContext(toolVersion: "t", timestamp: date).isoTimestamp == formatter.string(from: date), "\(seconds)")
        }
    }

    @Test func fieldsAreFoundationsGregorianCalendarInUTC() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for seconds in Self.moments {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let time = UTCTime(date)
            #expect([time.year, time.month, time.day, time.hour, time.minute, time.second]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second], "\(seconds)")
        }
        #expect(UTCTime(Date(timeIntervalSince1970: 951_782_400)).iso8601 == "2000-02-29T00:00:00Z")
        // An absurd SOURCE_DATE_EPOCH is read as the calendar's last second, not a crash.
        #expect(UTCTime(Date(timeIntervalSince1970: 9.2e18)).iso8601 == "9999-12-31T23:59:59Z")
        #expect(UTCTime(Date(timeIntervalSince1970: -9.2e18)).iso8601 == "0001-01-01T00:00:00Z")
        #expect(UTCTime.padded(7, 4) == "0007" && UTCTime.padded(-7, 2) == "-07" && UTCTime.padded(12345, 4) == "12345")
    }
}
