import Foundation

/// The `Package.swift` of GitHub repositories at a pinned revision, from the contents API
/// (`GET {api}/repos/{owner}/{repo}/contents/Package.swift?ref={revision}`, raw media type), for Swift packages
/// pinned without a checkout: their own manifest tells what they depend on. The file at a commit never changes,
/// so an answer is kept for good; a 404 (no manifest at the root there) is remembered as missing too.
public struct GitHubManifestSource: Sendable {
    /// The API base URL (`https://api.github.com`, or a GitHub Enterprise `https://host/api/v3`).
    public let api: String
    /// `GITHUB_TOKEN`; never printed.
    public let token: String?
    /// The cache and, with `--online`, the network.
    public let fetcher: Fetcher

    /// The largest manifest read, in bytes: a larger answer is refused and remembered as having none (the run that
    /// fetched it says so).
    public static let maximumSize = 1 << 20

    /// A source asking `api` (trailing slashes removed) with `token`, through `fetcher`.
    public init(api: String = GitHubLicenseSource.publicAPI, token: String?, fetcher: Fetcher) {
        self.api = GitHubRepository.apiBase(api)
        self.token = token
        self.fetcher = fetcher
    }

    /// What the API said of one repository's manifest.
    public enum Answer: Sendable, Hashable {
        /// The file's bytes and the URL asked (without credentials).
        case manifest(bytes: [UInt8], url: String)
        /// The file is larger than `maximumSize` (`size` bytes) and was not kept.
        case tooLarge(size: Int, url: String)
    }

    /// The answer for each repository, in order (cache first; online the API, all requests in one parallel
    /// batch); `nil` where there is none (no ref, not cached offline, 404, a failed request the fetch log names).
    public func manifests(_ repositories: [GitHubRepository]) -> [Answer?] {
        var items: [Fetcher.VersionedItem] = []
        var positions: [(index: Int, ref: String)] = []
        let oversized = OversizedAnswers()
        for (index, repository) in repositories.enumerated() {
            guard let ref = repository.ref, !ref.isEmpty, let key = key(repository, ref: ref) else { continue }
            let url = manifestURL(repository, ref: ref)
            items.append(Fetcher.VersionedItem(key: key, requests: [request(url)]) { body in
                guard body.count <= Self.maximumSize else {
                    oversized.record(body.count, for: key)
                    return .absent
                }
                return Self.looksLikeManifest(body) ? .keep(body) : .invalid
            })
            positions.append((index, ref))
        }
        let fetched = fetcher.versioned(items)
        var answers = [Answer?](repeating: nil, count: repositories.count)
        for (slot, (index, ref)) in positions.enumerated() {
            let url = RedactedURL.text(manifestURL(repositories[index], ref: ref))
            if let bytes = fetched[slot] {
                answers[index] = .manifest(bytes: bytes, url: url)
            } else if let size = oversized.size(for: items[slot].key) {
                answers[index] = .tooLarge(size: size, url: url)
            }
        }
        return answers
    }

    /// Whether an answer can be a `Package.swift` (UTF-8 text that declares a package), so that a proxy's or a
    /// server's error page answered with status 200 is not kept for good as the manifest: such an answer counts as
    /// a failed request (the fetch log names it, the scan is incomplete, the next online run asks again).
    static func looksLikeManifest(_ body: [UInt8]) -> Bool {
        guard let text = String(validating: body, as: UTF8.self) else { return false }
        return text.contains("PackageDescription") || text.contains("Package(")
    }

    private func manifestURL(_ repository: GitHubRepository, ref: String) -> String {
        api + "/repos/" + GitHubLicenseSource.escaped(repository.owner) + "/" + GitHubLicenseSource.escaped(repository.name)
            + "/contents/Package.swift?ref=" + GitHubLicenseSource.escaped(ref)
    }

    private func request(_ url: String) -> HTTPRequest {
        GitHubLicenseSource.request(url, accept: "application/vnd.github.raw", token: token)
    }

    /// `github/<api host>/<owner>/<repo>/package-swift-at-<ref>.swift`, beside the licence answers.
    private func key(_ repository: GitHubRepository, ref: String) -> String? {
        repository.cacheKey(api: api, leaf: "package-swift-at-" + GitHubLicenseSource.escaped(ref) + ".swift")
    }
}

/// The sizes of refused answers by cache key, recorded from the fetcher's worker threads.
private final class OversizedAnswers: @unchecked Sendable {
    private let lock = NSLock()
    private var sizes: [String: Int] = [:]

    func record(_ size: Int, for key: String) { lock.withLock { sizes[key] = size } }

    func size(for key: String) -> Int? { lock.withLock { sizes[key] } }
}
