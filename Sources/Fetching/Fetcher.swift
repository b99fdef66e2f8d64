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

    /// What a source's answer is for one item.
    public enum Verdict: Sendable {
        /// A document of the expected kind: these bytes are what the cache keeps.
        case keep([UInt8])
        /// A valid document that does not hold the item (a package document without that version): as a 404.
        case absent
        /// Not a document of the expected kind: nothing is kept, the next source is asked.
        case invalid

        /// `keep` with the fields of a JSON document as the cache writes them: sorted keys, one per line, so a
        /// committed cache diffs cleanly; `invalid` when they cannot be written as JSON.
        public static func keeping(_ fields: [String: Any]) -> Verdict {
            guard let data = try? JSONSerialization.data(withJSONObject: fields,
                                                         options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            else { return .invalid }
            return .keep([UInt8](data) + [10])
        }
    }

    /// One versioned artefact (it never changes once published): where to ask, in order, and what an answer is.
    public struct VersionedItem: Sendable {
        public var key: String
        public var requests: [HTTPRequest]
        public var accept: @Sendable ([UInt8]) -> Verdict

        public init(key: String, requests: [HTTPRequest], accept: @escaping @Sendable ([UInt8]) -> Verdict) {
            self.key = key
            self.requests = requests
            self.accept = accept
        }
    }

    /// The cached bytes of each item; missing ones are fetched (online) in parallel and stored. Each item's
    /// sources are asked in order while they answer "not there" (404, 405, 410, a document without the item) or
    /// an invalid document; after a connection failure, a time-out or another status only a source on another
    /// server is asked. An item no
    /// source has is marked missing (asked again with `refresh`, or when other sources are configured); an item
    /// that could not be fetched is logged (only then: a later source that answers makes earlier failures moot)
    /// and stays absent, so a later run completes it.
    public func versioned(_ items: [VersionedItem]) -> [[UInt8]?] {
        var answers = readAll(items.map(\.key))
        guard let client else { return answers }
        var pending = items.indices.filter { index in
            answers[index] == nil && !items[index].requests.isEmpty
                && (refresh || !cache.isMarkedMissing(items[index].key, asking: items[index].requests.map(\.url)))
        }
        var failures: [Int: [(HTTPFailure, String)]] = [:]
        var round = 0
        let total = pending.count
        var done = 0
        while !pending.isEmpty {
            let requests = pending.map { items[$0].requests[round] }
            let batch = pending
            let verdicts = VerdictSlots(count: batch.count)
            let outcomes = client.getAll(requests, each: { [cache, log] position, outcome in
                // Judged and stored on the worker thread, while other transfers are in flight.
                guard case .success(let response) = outcome, response.isSuccess else { return }
                let item = items[batch[position]]
                let verdict = item.accept(response.body)
                if case .keep(let bytes) = verdict {
                    if cache.write(item.key, bytes) { cache.clearMissing(item.key) } else { log.recordCacheFailure() }
                }
                verdicts.set(verdict, at: position)
            }, progress: progressReporter(offset: done, total: total))
            var next: [Int] = []
            for (position, index) in pending.enumerated() {
                let item = items[index]
                let url = requests[position].url
                var askNext = false
                switch outcomes[position] {
                case .success(let response) where response.isSuccess:
                    switch verdicts.get(position) {
                    case .keep(let bytes): answers[index] = bytes
                    case .absent: askNext = true
                    case .invalid, nil:
                        failures[index, default: []].append((.invalidAnswer, url))
                        askNext = true
                    }
                case .success(let response) where [404, 405, 410].contains(response.status):
                    askNext = true
                case .success(let response):
                    failures[index, default: []].append((.status(response.status), url))
                    askNext = Self.isOtherServer(item.requests, after: round)
                case .failure(let failure):
                    failures[index, default: []].append((failure, url))
                    askNext = Self.isOtherServer(item.requests, after: round)
                }
                if askNext, round + 1 < item.requests.count {
                    next.append(index)
                    continue
                }
                done += 1
                guard answers[index] == nil else { continue }
                if let failed = failures[index] {
                    for (failure, url) in failed { log.record(failure, url: url) }
                } else {
                    cache.markMissing(item.key, asked: item.requests.map(\.url))
                }
            }
            pending = next
            round += 1
        }
        return answers
    }

    /// Whether the source after `round` is another server (a failure of one repository is no reason not to ask
    /// the next one; a failure of a registry is a reason not to ask it again for its package document).
    private static func isOtherServer(_ requests: [HTTPRequest], after round: Int) -> Bool {
        round + 1 < requests.count && RedactedURL.origin(requests[round + 1].url) != RedactedURL.origin(requests[round].url)
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
                        accept: @Sendable ([UInt8]) -> Verdict) -> [UInt8]? {
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
            guard case .keep(let kept) = accept(response.body) else {
                log.record(.invalidAnswer, url: request.url)
                return cached
            }
            // The validators go first: a process killed in between leaves the old body with validators that no
            // longer match it, which the next revalidation replaces; never a new body with stale validators.
            cache.remove(key + FetchCache.validatorSuffix)
            if !cache.write(key, kept) { log.recordCacheFailure() }
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

/// Verdicts set from worker threads, by position.
private final class VerdictSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Fetcher.Verdict?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ verdict: Fetcher.Verdict, at position: Int) { lock.withLock { slots[position] = verdict } }

    func get(_ position: Int) -> Fetcher.Verdict? { lock.withLock { slots[position] } }
}

/// Answers set from worker threads, by position.
private final class KeptAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[UInt8]?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ bytes: [UInt8], at position: Int) { lock.withLock { slots[position] = bytes } }

    func get(_ position: Int) -> [UInt8]? { lock.withLock { slots[position] } }
}
