import Fetching
import Foundation
import Testing

/// `GitHubAccountSource`: owner names come from the scanned `Package.resolved`, so only names GitHub allows
/// (letters, digits, hyphens) are asked about and kept, each under its lower-case name inside the cache.
@Suite(.serialized) struct GitHubAccountSourceTests {
    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func onlyGitHubLoginsAreAskedAndKept() throws {
        let api = try TemporaryFolder()
        try api.write("users/Jane-Doe", #"{"login": "Jane-Doe", "type": "User"}"#)
        try api.write("users/acme", #"{"login": "acme", "type": "Organization"}"#)
        try api.write("users/dependabot", #"{"login": "dependabot", "type": "Bot"}"#)
        let server = try LoopbackServer(root: api.url)
        let cacheFolder = try TemporaryFolder()
        let fetcher = Fetcher(cache: FetchCache(root: cacheFolder.path),
                              client: HTTPClient(configuration: HTTPClientTests.testConfiguration))
        let source = GitHubAccountSource(api: server.url, token: nil, fetcher: fetcher)
        let logins = ["Jane-Doe", "acme", "dependabot", "..", "a.b", "a_b", "", "..%2F..%2Fetc"]
        #expect(source.kinds(of: logins) == [.user, .organization, nil, nil, nil, nil, nil, nil])
        let asked = try server.requestCounts().keys.sorted()
        #expect(asked == ["/users/Jane-Doe", "/users/acme", "/users/dependabot"], "\(asked)")
        let kept = FileManager.default.enumerator(atPath: cacheFolder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }.sorted() ?? []
        #expect(kept.count == 3, "\(kept)")
        #expect(kept.allSatisfy { $0.hasPrefix("github-accounts/127.0.0.1_") }, "\(kept)")
        #expect(kept.contains { $0.hasSuffix("/jane-doe.json") }, "logins are case-insensitive: \(kept)")
    }
}
