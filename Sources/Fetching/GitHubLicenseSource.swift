import Foundation

/// Licences of GitHub repositories from the REST API (`GET {api}/repos/{owner}/{repo}/license?ref={ref}`), for
/// Swift packages pinned without a checkout. The answer at a pinned revision or tag never changes and is kept for
/// good; where that revision has no answer, the default branch's licence is asked (kept with its fetch date and
/// revalidated with `--refresh`) and marked as a weaker answer.
public struct GitHubLicenseSource: Sendable {
    /// The API base URL (`https://api.github.com`, or a GitHub Enterprise `https://host/api/v3`).
    public let api: String
    /// `GITHUB_TOKEN`; never printed.
    public let token: String?
    public let fetcher: Fetcher

    public static let publicAPI = "https://api.github.com"

    public init(api: String = GitHubLicenseSource.publicAPI, token: String?, fetcher: Fetcher) {
        self.api = GitHubRepository.apiBase(api)
        self.token = token
        self.fetcher = fetcher
    }

    /// What GitHub says of a repository's licence file.
    public struct Answer: Sendable, Hashable {
        /// The text of the licence file.
        public var text: String
        /// GitHub's own identification (`MIT`, `NOASSERTION`), a second opinion.
        public var spdxID: String?
        /// The licence file's path in the repository.
        public var path: String?
        /// The URL asked (without credentials), as evidence.
        public var url: String
        /// Whether the answer is for the default branch because the pinned revision had none.
        public var isDefaultBranch: Bool
    }

    /// The answer for each repository, in order (cache first; online the API).
    public func licences(_ repositories: [GitHubRepository]) -> [Answer?] {
        var items: [Fetcher.VersionedItem] = []
        var positions: [Int] = []
        for (index, repository) in repositories.enumerated() {
            guard let ref = repository.ref, let key = key(repository, ref: ref) else { continue }
            let url = licenseURL(repository, ref: ref)
            items.append(Fetcher.VersionedItem(key: key, requests: [request(url)], accept: Self.verdict))
            positions.append(index)
        }
        let pinned = fetcher.versioned(items)
        var answers = [Answer?](repeating: nil, count: repositories.count)
        for (slot, index) in positions.enumerated() {
            guard let bytes = pinned[slot], let ref = repositories[index].ref else { continue }
            answers[index] = Self.answer(bytes, url: licenseURL(repositories[index], ref: ref), isDefaultBranch: false)
        }
        for (index, repository) in repositories.enumerated() where answers[index] == nil {
            guard let key = key(repository, ref: nil) else { continue }
            let url = licenseURL(repository, ref: nil)
            if let bytes = fetcher.mutable(key: key, request: request(url), accept: Self.verdict) {
                answers[index] = Self.answer(bytes, url: url, isDefaultBranch: true)
            }
        }
        return answers
    }

    private func licenseURL(_ repository: GitHubRepository, ref: String?) -> String {
        let base = api + "/repos/" + Self.escaped(repository.owner) + "/" + Self.escaped(repository.name) + "/license"
        return ref.map { base + "?ref=" + Self.escaped($0) } ?? base
    }

    private func request(_ url: String) -> HTTPRequest {
        Self.request(url, accept: "application/vnd.github+json", token: token)
    }

    /// A request to GitHub's API for `url` with the media type `accept` and the token, if any.
    static func request(_ url: String, accept: String, token: String?) -> HTTPRequest {
        var headers = ["Accept": accept, "X-GitHub-Api-Version": "2022-11-28"]
        if let token, !token.isEmpty { headers["Authorization"] = "Bearer " + token }
        return HTTPRequest(url: url, headers: headers)
    }

    private func key(_ repository: GitHubRepository, ref: String?) -> String? {
        let leaf = ref.map { "license-at-" + Self.escaped($0) + ".json" } ?? "license-default-branch.json"
        return repository.cacheKey(api: api, leaf: leaf)
    }

    /// A path segment or query value of the API, percent-encoded.
    static func escaped(_ part: String) -> String {
        part.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? part
    }

    /// The kept form of an answer: the decoded text, GitHub's SPDX id and the file's path, sorted keys.
    @Sendable static func verdict(_ body: [UInt8]) -> Fetcher.Verdict {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any],
              let content = object["content"] as? String else { return .invalid }
        let encoding = (object["encoding"] as? String) ?? "base64"
        let text: String
        if encoding == "base64" {
            guard let data = Data(base64Encoded: content.filter { !$0.isWhitespace }) else { return .invalid }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = content
        }
        var kept: [String: Any] = ["text": text]
        if let path = object["path"] as? String { kept["path"] = path }
        if let license = object["license"] as? [String: Any], let id = license["spdx_id"] as? String { kept["spdx_id"] = id }
        return Fetcher.Verdict.keeping(kept)
    }

    static func answer(_ bytes: [UInt8], url: String, isDefaultBranch: Bool) -> Answer? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
              let text = object["text"] as? String else { return nil }
        return Answer(text: text, spdxID: object["spdx_id"] as? String, path: object["path"] as? String,
                      url: RedactedURL.text(url), isDefaultBranch: isDefaultBranch)
    }
}
