import Foundation
import SovScanModel

/// Collects the failures of a run's fetches and turns them into diagnostics: one per server and kind of
/// failure, with a count and an example URL (without credentials), so a server that is down gives one message,
/// not two thousand. Thread-safe.
public final class FetchLog: @unchecked Sendable {
    private struct Group: Hashable {
        var origin: String
        var kind: String
    }

    private let lock = NSLock()
    private var failures: [Group: (count: Int, example: String, detail: String)] = [:]
    private var cacheFailures = 0
    private let cacheRoot: String

    /// A log for fetches into the cache at `cacheRoot` (named when answers cannot be written there).
    public init(cacheRoot: String = "") {
        self.cacheRoot = cacheRoot
    }

    /// Records that an answer could not be written to the cache.
    public func recordCacheFailure() {
        lock.withLock { cacheFailures += 1 }
    }

    /// Records that `url` failed.
    public func record(_ failure: HTTPFailure, url: String) {
        let group = Group(origin: RedactedURL.origin(url), kind: failure.kind)
        let redacted = RedactedURL.text(url)
        lock.withLock {
            if var existing = failures[group] {
                existing.count += 1
                if redacted < existing.example { existing.example = redacted; existing.detail = failure.description }
                failures[group] = existing
            } else {
                failures[group] = (1, redacted, failure.description)
            }
        }
    }

    /// Error diagnostics, sorted: the scan is incomplete when a fetch it needed failed.
    public func diagnostics() -> [Diagnostic] {
        let (snapshot, unwritten) = lock.withLock { (failures, cacheFailures) }
        let cacheDiagnostics = unwritten == 0 ? [] : [Diagnostic(.warning, "\(unwritten) fetched answers could not be "
            + "written to the cache \(cacheRoot): this run uses them, a run without the network will not know them")]
        return cacheDiagnostics + snapshot.keys.sorted { ($0.origin, $0.kind) < ($1.origin, $1.kind) }.map { group in
            let entry = snapshot[group]!
            let what = entry.count == 1 ? "1 request" : "\(entry.count) requests"
            return Diagnostic(.error, "\(what) to \(group.origin) failed: \(entry.detail), e.g. \(entry.example); "
                              + "what they would have told is unknown (run again to complete the cache)",
                              detail: DiagnosticDetail(.fetchFailed, [group.origin, "\(entry.count)"]))
        }
    }
}
