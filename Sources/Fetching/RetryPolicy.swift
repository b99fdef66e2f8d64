import Foundation

/// When a failed attempt is tried again, and after how long.
struct RetryPolicy: Sendable {
    var retries: Int
    var backoffBase: Double
    var maximumRetryAfter: Double

    /// Whether an attempt's outcome is worth another attempt.
    static func isRetryable(_ outcome: Result<HTTPResponse, HTTPFailure>) -> Bool {
        switch outcome {
        case .success(let response): return response.status == 429 || (500...599).contains(response.status)
        case .failure(.transport), .failure(.timedOut): return true
        case .failure: return false
        }
    }

    /// Seconds to wait before retry number `attempt` (1 for the first retry): the server's `Retry-After` on 429 and
    /// 503 (capped), else exponential backoff with ±50% jitter.
    func delay(beforeRetry attempt: Int, after outcome: Result<HTTPResponse, HTTPFailure>, now: Date = Date()) -> Double {
        if case .success(let response) = outcome, response.status == 429 || response.status == 503,
           let header = response.headers["retry-after"], let asked = Self.seconds(retryAfter: header, now: now) {
            return min(max(asked, 0), maximumRetryAfter)
        }
        let base = backoffBase * pow(2, Double(attempt - 1))
        return base * Double.random(in: 0.5...1.5)
    }

    /// `Retry-After` as seconds: a number of seconds or an HTTP date.
    static func seconds(retryAfter header: String, now: Date) -> Double? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed).map { $0.timeIntervalSince(now) }
    }
}
