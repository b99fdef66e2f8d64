import Fetching
import Foundation

/// What a scan may learn beyond the scanned files: from the cache of earlier fetches always, from the network only
/// when `online` is set (`--online`). The library default uses neither.
public struct FetchOptions: Sendable {
    /// Whether network requests are allowed.
    public var online: Bool
    /// The cache folder; `nil` turns the whole online stage off: no cache is read and nothing is fetched.
    public var cacheDirectory: String?
    /// Revalidate answers that can change, and ask again what earlier runs found missing.
    public var refresh: Bool
    /// Remote Maven repositories given on the command line (`--maven-remote`), asked in order; none means Maven
    /// Central (or the mirror `settings.xml` names for it).
    public var mavenRemotes: [String]
    /// The npm registry (`--npm-registry`); `nil` takes `.npmrc`, else npm's public registry.
    public var npmRegistry: String?
    /// The GitHub API base URL (`--github-api`).
    public var githubAPI: String
    /// The token for GitHub's API (`GITHUB_TOKEN`).
    public var githubToken: String?
    /// The user's home folder (`$HOME`), for `~/.npmrc` and `~/.m2/settings.xml`.
    public var home: String
    /// Limits of the HTTP client.
    public var http: HTTPClientConfiguration
    /// Called with (finished, total) while batches are fetched, for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(online: Bool = false, cacheDirectory: String? = nil, refresh: Bool = false, mavenRemotes: [String] = [],
                npmRegistry: String? = nil, githubAPI: String = GitHubLicenseSource.publicAPI,
                githubToken: String? = ProcessInfo.processInfo.environment["GITHUB_TOKEN"],
                home: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory(),
                http: HTTPClientConfiguration = HTTPClientConfiguration(),
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.online = online
        self.cacheDirectory = cacheDirectory
        self.refresh = refresh
        self.mavenRemotes = mavenRemotes
        self.npmRegistry = npmRegistry
        self.githubAPI = githubAPI
        self.githubToken = githubToken
        self.home = home
        self.http = http
        self.progress = progress
    }
}
