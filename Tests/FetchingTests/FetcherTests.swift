import Fetching
import Foundation
import SovScanModel
import Testing

/// The cache and the fetcher: what is kept, what is refused, what a second run completes.
@Suite(.serialized) struct FetcherTests {
    private static let acceptJSON: @Sendable ([UInt8]) -> Fetcher.Verdict = { body in
        (try? JSONSerialization.jsonObject(with: Data(body))) == nil ? .invalid : .keep(body)
    }

    private func item(_ key: String, _ urls: [String]) -> Fetcher.VersionedItem {
        Fetcher.VersionedItem(key: key, requests: urls.map { HTTPRequest(url: $0) }, accept: Self.acceptJSON)
    }

    @Test func cacheKeysStayInsideTheCache() {
        #expect(FetchCache.isValidKey("npm/registry.npmjs.org/@types/node/20.1.0.json"))
        #expect(!FetchCache.isValidKey("../etc/passwd"))
        #expect(!FetchCache.isValidKey("/etc/passwd"))
        #expect(!FetchCache.isValidKey("npm/a/../../b"))
        #expect(!FetchCache.isValidKey("npm//b"))
        #expect(!FetchCache.isValidKey("npm/.hidden"))
        // Read by bytes: a combining mark after "/", "." or "\\" does not hide them (graphemes would).
        for unsafe in ["", ".", "..", "a/", "a\\b", "a\0b", "a/./b", "//a",
                       "/\u{301}etc/passwd", ".\u{301}x", "a/.\u{301}", "a\\\u{301}b"] {
            #expect(!FetchCache.isValidKey(unsafe), "\(unsafe)")
        }
        #expect(FetchCache.isValidKey("maven/repo1.maven.org/org/ow2/asm/asm/9.7/asm-9.7.pom"))
        #expect(FetchCache.isValidKey("npm/registry.npmjs.org/a..b/1.0.0.json"), "dots inside a name are fine")
    }

    @Test func writesAtomicallyAndLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        let cache = FetchCache(root: folder.path)
        #expect(cache.write("a/b/c.json", Array("{}".utf8)))
        #expect(cache.read("a/b/c.json") == Array("{}".utf8))
        #expect(!cache.write("../escape.json", [1]))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/a/b")
        #expect(names == ["c.json"])
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func offlineReadsOnlyTheCache() throws {
        let served = try TemporaryFolder()
        try served.write("x/1.json", #"{"v":1}"#)
        let server = try LoopbackServer(root: served.url)
        let cacheFolder = try TemporaryFolder()
        let cache = FetchCache(root: cacheFolder.path)
        cache.write("k/cached.json", Array(#"{"v":0}"#.utf8))
        let offline = Fetcher(cache: cache, client: nil)
        let answers = offline.versioned([item("k/cached.json", [server.url + "/x/1.json"]),
                                         item("k/other.json", [server.url + "/x/1.json"])])
        #expect(answers[0] == Array(#"{"v":0}"#.utf8))
        #expect(answers[1] == nil)
        #expect(try server.requestCount() == 0)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func keepsOnlyValidAnswersAndASecondRunCompletes() throws {
        let served = try TemporaryFolder()
        try served.write("x/1.json", #"{"v":1}"#)
        let server = try LoopbackServer(root: served.url)
        let cacheFolder = try TemporaryFolder()
        let cache = FetchCache(root: cacheFolder.path)
        // No fault here needs a short time limit, and a slow answer on a loaded machine must not count as a failure
        // (three in a row would make the shared client give the server up for the second run as well).
        var configuration = HTTPClientTests.testConfiguration
        configuration.connectTimeout = 60
        configuration.totalTimeout = 120
        configuration.stallSeconds = 60
        let client = HTTPClient(configuration: configuration)
        let items = [
            item("k/garbage.json", [server.url + "/fault/garbage/x/1.json"]),
            item("k/truncated.json", [server.url + "/fault/truncate/x/1.json"]),
            // Fails more often than the client retries (2): the first run cannot complete it.
            item("k/flaky.json", [server.url + "/fault/flaky/4/x/1.json"]),
            item("k/missing.json", [server.url + "/x/404.json"]),
            item("k/fallback.json", [server.url + "/x/404.json", server.url + "/x/1.json"]),
        ]
        let first = Fetcher(cache: cache, client: client)
        let answers = first.versioned(items)
        #expect(answers[0] == nil && cache.read("k/garbage.json") == nil)
        #expect(answers[1] == nil && cache.read("k/truncated.json") == nil)
        #expect(answers[2] == nil && cache.read("k/flaky.json") == nil)
        #expect(answers[3] == nil && cache.isMarkedMissing("k/missing.json", asking: [server.url + "/x/404.json"]))
        #expect(!cache.isMarkedMissing("k/missing.json", asking: [server.url + "/x/404.json", "https://other.example/x"]),
                "a marker does not stop asking a source it did not ask")
        #expect(answers[4] == Array(#"{"v":1}"#.utf8))
        let diagnostics = first.log.diagnostics()
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.contains { $0.message.contains("HTTP 500") || $0.message.contains("status 500") })
        // The messages name the server, whose port may hold the digits 404: look for the path and the status.
        #expect(!diagnostics.contains { $0.message.contains("/x/404.json") || $0.message.contains("status 404") },
                "the fallback answered: its 404 is no failure")
        #expect(diagnostics.count == 3, "garbage, truncated and flaky: \(diagnostics.map(\.message))")

        let second = Fetcher(cache: cache, client: client)
        let again = second.versioned(items)
        #expect(again[2] == Array(#"{"v":1}"#.utf8), "the flaky source answers now")
        #expect(again[3] == nil)
        #expect(cache.read("k/flaky.json") != nil)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func missingIsAskedAgainOnlyWithRefresh() throws {
        let served = try TemporaryFolder()
        let server = try LoopbackServer(root: served.url)
        let cacheFolder = try TemporaryFolder()
        let cache = FetchCache(root: cacheFolder.path)
        let client = HTTPClient(configuration: HTTPClientTests.testConfiguration)
        let wanted = [item("k/late.json", [server.url + "/x/late.json"])]
        #expect(Fetcher(cache: cache, client: client).versioned(wanted)[0] == nil)
        try served.write("x/late.json", #"{"late":true}"#)
        #expect(Fetcher(cache: cache, client: client).versioned(wanted)[0] == nil, "marked missing")
        #expect(try server.requestCount() == 1)
        #expect(Fetcher(cache: cache, client: client, refresh: true).versioned(wanted)[0] == Array(#"{"late":true}"#.utf8))
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func revalidatesMutableAnswersWithTheirETag() throws {
        let served = try TemporaryFolder()
        try served.write("m/license.json", #"{"v":1}"#)
        let server = try LoopbackServer(root: served.url)
        let cacheFolder = try TemporaryFolder()
        let cache = FetchCache(root: cacheFolder.path)
        let client = HTTPClient(configuration: HTTPClientTests.testConfiguration)
        let request = HTTPRequest(url: server.url + "/m/license.json")
        let first = Fetcher(cache: cache, client: client).mutable(key: "m/l.json", request: request,
                                                                   now: Date(timeIntervalSince1970: 0), accept: Self.acceptJSON)
        #expect(first == Array(#"{"v":1}"#.utf8))
        let stored = try #require(cache.validators("m/l.json"))
        #expect(stored.etag != nil && stored.fetched == "1970-01-01T00:00:00Z")
        // Without --refresh the cached answer is used as it is.
        _ = Fetcher(cache: cache, client: client).mutable(key: "m/l.json", request: request, accept: Self.acceptJSON)
        #expect(try server.requestCount() == 1)
        // With --refresh: a conditional request, answered 304, updates the date only.
        let revalidated = Fetcher(cache: cache, client: client, refresh: true)
            .mutable(key: "m/l.json", request: request, now: Date(timeIntervalSince1970: 86_400), accept: Self.acceptJSON)
        #expect(revalidated == first)
        #expect(cache.validators("m/l.json")?.fetched == "1970-01-02T00:00:00Z")
        try served.write("m/license.json", #"{"v":2}"#)
        let changed = Fetcher(cache: cache, client: client, refresh: true)
            .mutable(key: "m/l.json", request: request, accept: Self.acceptJSON)
        #expect(changed == Array(#"{"v":2}"#.utf8))
    }

    @Test func failuresBecomeOneDiagnosticPerServerWithoutCredentials() {
        let log = FetchLog()
        for index in 0..<50 {
            log.record(.transport("Connection refused"), url: "https://user:secret@repo.example.org/maven2/a/\(index).pom?token=abc")
        }
        log.record(.status(500), url: "https://registry.example.org/x")
        let diagnostics = log.diagnostics()
        #expect(diagnostics.count == 2)
        let text = diagnostics.map(\.message).joined(separator: "\n")
        #expect(text.contains("50 requests to https://repo.example.org failed"))
        #expect(!text.contains("secret") && !text.contains("user:") && !text.contains("abc"))
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}
