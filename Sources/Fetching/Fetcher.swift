import Foundation

/// Answers questions from the cache, and from the network when a client is given (`--online`). Without a client
/// nothing can open a connection: only what an earlier run put in the cache is read.
public final class Fetcher: Sendable {
    /// The cache every answer is kept in.
    public let cache: FetchCache
    /// The HTTP client; `nil` when the network is off.
    public let client: HTTPClient?
    /// Revalidate mutable answers and ask again what was "not found" before.
    public let refresh: Bool
    /// Failures of this run.
    public let log: FetchLog
    /// Called with (finished, total) while a batch is fetched, for a progress line.
    public let progress: (@Sendable (Int, Int) -> Void)?

    public init(cache: FetchCache, client: HTTPClient?, refresh: Bool = false, log: FetchLog = FetchLog(),
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.cache = cache
        self.client = client
        self.refresh = refresh
        self.log = log
        self.progress = progress
    }

    /// Whether the network may be used.
    public var isOnline: Bool { client != nil }

    /// One versioned artefact (it never changes once published): where to ask, in order, and how to turn a
    /// body into what the cache keeps (`nil` rejects the body as invalid, so nothing corrupt is stored).
    public struct VersionedItem: Sendable {
        public var key: String
        public var requests: [HTTPRequest]
        public var accept: @Sendable ([UInt8]) -> [UInt8]?

        public init(key: String, requests: [HTTPRequest], accept: @escaping @Sendable ([UInt8]) -> [UInt8]?) {
            self.key = key
            self.requests = requests
            self.accept = accept
        }
    }

    /// The cached bytes of each item; missing ones are fetched (online) in parallel, trying each item's sources
    /// in order, and stored. An item every source answered 404/410 for is marked missing (asked again only with
    /// `refresh`); an item whose fetch failed stays absent, so a later run completes it.
    public func versioned(_ items: [VersionedItem]) -> [[UInt8]?] {
        var answers = readAll(items.map(\.key))
        guard let client else { return answers }
        var pending = items.indices.filter { answers[$0] == nil && (refresh || !cache.isMarkedMissing(items[$0].key)) }
        var failed: Set<Int> = []
        var round = 0
        let total = pending.count
        var done = 0
        while !pending.isEmpty {
            let requests = pending.map { items[$0].requests[round] }
            let batch = pending
            let kept = KeptAnswers(count: batch.count)
            let outcomes = client.getAll(requests, each: { [cache] position, outcome in
                // Checked and stored on the worker thread, while other transfers are in flight.
                guard case .success(let response) = outcome, response.isSuccess else { return }
                let item = items[batch[position]]
                guard let bytes = item.accept(response.body) else { return }
                cache.write(item.key, bytes)
                cache.clearMissing(item.key)
                kept.set(bytes, at: position)
            }, progress: progressReporter(offset: done, total: total))
            var next: [Int] = []
            for (position, index) in pending.enumerated() {
                let item = items[index]
                let url = requests[position].url
                switch outcomes[position] {
                case .success(let response) where response.isSuccess:
                    if let bytes = kept.get(position) {
                        answers[index] = bytes
                    } else {
                        log.record(.transport("the answer is not valid"), url: url)
                        failed.insert(index)
                    }
                case .success(let response) where response.status == 404 || response.status == 410:
                    break
                case .success(let response):
                    log.record(.status(response.status), url: url)
                    failed.insert(index)
                case .failure(let failure):
                    log.record(failure, url: url)
                    failed.insert(index)
                }
                if answers[index] == nil, round + 1 < item.requests.count {
                    next.append(index)
                } else if answers[index] == nil, !failed.contains(index) {
                    cache.markMissing(item.key, asked: item.requests.map(\.url))
                }
                if answers[index] != nil || round + 1 >= item.requests.count { done += 1 }
            }
            pending = next
            round += 1
        }
        return answers
    }

    /// The cached bytes of every key, read on all cores.
    private func readAll(_ keys: [String]) -> [[UInt8]?] {
        let slots = KeptAnswers(count: keys.count)
        DispatchQueue.concurrentPerform(iterations: keys.count) { index in
            if let bytes = cache.read(keys[index]) { slots.set(bytes, at: index) }
        }
        return (0..<keys.count).map(slots.get)
    }

    /// The progress callback of one batch, counting from `offset` of `total`.
    private func progressReporter(offset: Int, total: Int) -> (@Sendable (Int) -> Void)? {
        guard let progress else { return nil }
        return { finished in progress(offset + finished, total) }
    }

    /// One answer that can change over time (a licence at a repository's default branch): the cached copy, unless
    /// `refresh` asks to revalidate it (with `If-None-Match`/`If-Modified-Since`) or there is none yet.
    public func mutable(key: String, request: HTTPRequest, now: Date = Date(),
                        accept: @Sendable ([UInt8]) -> [UInt8]?) -> [UInt8]? {
        let cached = cache.read(key)
        guard let client, cached == nil || refresh else { return cached }
        var conditional = request
        let validators = cached == nil ? nil : cache.validators(key)
        if let etag = validators?.etag { conditional.headers["If-None-Match"] = etag }
        if let modified = validators?.lastModified { conditional.headers["If-Modified-Since"] = modified }
        let stamp = ISO8601DateFormatter().string(from: now)
        switch client.get(conditional) {
        case .success(let response) where response.status == 304 && cached != nil:
            if var kept = validators {
                kept.fetched = stamp
                cache.storeValidators(kept, for: key)
            }
            return cached
        case .success(let response) where response.isSuccess:
            guard let kept = accept(response.body) else {
                log.record(.transport("the answer is not valid"), url: request.url)
                return cached
            }
            cache.write(key, kept)
            cache.storeValidators(CacheValidators(url: RedactedURL.text(request.url), fetched: stamp,
                                                  etag: response.headers["etag"],
                                                  lastModified: response.headers["last-modified"]), for: key)
            return kept
        case .success(let response) where response.status == 404 || response.status == 410:
            return cached
        case .success(let response):
            log.record(.status(response.status), url: request.url)
            return cached
        case .failure(let failure):
            log.record(failure, url: request.url)
            return cached
        }
    }
}

/// Answers set from worker threads, by position.
private final class KeptAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[UInt8]?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ bytes: [UInt8], at position: Int) { lock.withLock { slots[position] = bytes } }

    func get(_ position: Int) -> [UInt8]? { lock.withLock { slots[position] } }
}
