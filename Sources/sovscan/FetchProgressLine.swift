import Foundation

/// A progress line on stderr for fetches that take a while, only when stderr is a terminal.
enum FetchProgressLine {
    /// A reporter that rewrites one line at most every 200 ms; `nil` when stderr is not a terminal.
    static func reporter() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let state = State()
        return { finished, total in state.report(finished, total) }
    }

    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var last = Date.distantPast

        func report(_ finished: Int, _ total: Int) {
            lock.withLock {
                let now = Date()
                guard finished == total || now.timeIntervalSince(last) > 0.2 else { return }
                last = now
                let line = finished == total ? "\r\u{1B}[2K" : "\r\u{1B}[2Ksovscan: fetched \(finished) of \(total)"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
    }
}
