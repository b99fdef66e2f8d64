import Foundation

/// A libcurl HTTP client: GET with retries, bounded parallel transfers and connection reuse. Thread-safe.
public final class HTTPClient: @unchecked Sendable {
    public let configuration: HTTPClientConfiguration
    private let policy: RetryPolicy
    private let lock = NSLock()
    private var idle: [CurlTransfer] = []
    private var requestCount = 0
    /// Consecutive connection failures or time-outs per server (`scheme://host:port`).
    private var failuresInARow: [String: Int] = [:]

    public init(configuration: HTTPClientConfiguration = HTTPClientConfiguration()) {
        self.configuration = configuration
        policy = RetryPolicy(retries: configuration.retries, backoffBase: configuration.backoffBase,
                             maximumRetryAfter: configuration.maximumRetryAfter)
    }

    /// How many attempts went out (retries included), for tests and progress.
    public var attemptsMade: Int { lock.withLock { requestCount } }

    /// Performs one GET with the retry policy: connection errors, timeouts, 5xx and 429 are tried again after a
    /// backoff (or the server's `Retry-After`). A response that is still 5xx or 429 at the end is returned as such.
    /// A server that failed `unreachableAfter` requests in a row is not asked again (`.unreachable`), so a
    /// firewall that drops packets costs a few time-outs, not one per package.
    public func get(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPFailure> {
        let origin = RedactedURL.origin(request.url)
        if lock.withLock({ failuresInARow[origin, default: 0] >= configuration.unreachableAfter }) {
            return .failure(.unreachable)
        }
        let transfer: CurlTransfer
        switch borrow() {
        case .success(let borrowed): transfer = borrowed
        case .failure(let failure): return .failure(failure)
        }
        defer { giveBack(transfer) }
        var attempt = 0
        while true {
            lock.withLock { requestCount += 1 }
            let outcome = transfer.perform(request)
            guard RetryPolicy.isRetryable(outcome), attempt < policy.retries else {
                record(outcome, origin: origin)
                return outcome
            }
            if lock.withLock({ failuresInARow[origin, default: 0] >= configuration.unreachableAfter }) {
                return outcome
            }
            attempt += 1
            let wait = policy.delay(beforeRetry: attempt, after: outcome)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
    }

    /// Performs every request, at most `maximumConcurrentTransfers` at a time, and returns the outcomes in the
    /// order of `requests`. `each` is called on the worker thread as soon as a request is done (so that the caller's
    /// work on an answer overlaps the other transfers); `progress` with the number finished so far.
    public func getAll(_ requests: [HTTPRequest],
                       each: (@Sendable (Int, Result<HTTPResponse, HTTPFailure>) -> Void)? = nil,
                       progress: (@Sendable (Int) -> Void)? = nil) -> [Result<HTTPResponse, HTTPFailure>] {
        guard !requests.isEmpty else { return [] }
        let results = ResultSlots(count: requests.count)
        let workers = max(1, min(configuration.maximumConcurrentTransfers, requests.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread { [self] in
                while let index = results.claim() {
                    let outcome = get(requests[index])
                    each?(index, outcome)
                    let finished = results.store(outcome, at: index)
                    progress?(finished)
                }
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        return results.values()
    }

    /// Counts a request's final outcome toward its server's run of failures.
    private func record(_ outcome: Result<HTTPResponse, HTTPFailure>, origin: String) {
        lock.withLock {
            switch outcome {
            case .failure(.transport), .failure(.timedOut): failuresInARow[origin, default: 0] += 1
            default: failuresInARow[origin] = 0
            }
        }
    }

    /// An idle transfer, or a new one (libcurl is opened at the first).
    private func borrow() -> Result<CurlTransfer, HTTPFailure> {
        if let transfer = lock.withLock({ idle.popLast() }) { return .success(transfer) }
        return CurlLibrary.open(configuration.curlLibrary).flatMap { library in
            CurlTransfer(configuration: configuration, library: library).map { .success($0) }
                ?? .failure(.transport("libcurl could not make a handle"))
        }
    }

    private func giveBack(_ transfer: CurlTransfer) {
        lock.withLock { idle.append(transfer) }
    }
}

/// The shared work list and result slots of `getAll`.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var finished = 0
    private var slots: [Result<HTTPResponse, HTTPFailure>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ outcome: Result<HTTPResponse, HTTPFailure>, at index: Int) -> Int {
        lock.withLock {
            slots[index] = outcome
            finished += 1
            return finished
        }
    }

    func values() -> [Result<HTTPResponse, HTTPFailure>] {
        lock.withLock { slots.map { $0 ?? .failure(.transport("not performed")) } }
    }
}
