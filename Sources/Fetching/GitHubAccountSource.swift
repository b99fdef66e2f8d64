import Foundation
import SovScanModel

/// Whether GitHub accounts are personal accounts or organisations, from the REST API (`GET {api}/users/{login}`,
/// whose `type` is `User` or `Organization`). An account's kind hardly ever changes (a user account can be turned into
/// an organisation, never back), so an answer is kept for good; `--refresh` does not ask again.
public struct GitHubAccountSource: Sendable {
    /// The API base URL (`https://api.github.com`, or a GitHub Enterprise `https://host/api/v3`).
    public let api: String
    /// `GITHUB_TOKEN`; never printed.
    public let token: String?
    /// Reads the cache and, online, asks the API.
    public let fetcher: Fetcher

    /// A source asking `api` (trailing slashes dropped) with `token` through `fetcher`.
    public init(api: String = GitHubLicenseSource.publicAPI, token: String?, fetcher: Fetcher) {
        self.api = GitHubRepository.apiBase(api)
        self.token = token
        self.fetcher = fetcher
    }

    /// The kind of a GitHub account.
    public enum Kind: String, Sendable, Hashable {
        /// A personal account: one person.
        case user
        /// An organisation account: a company, a foundation or a group of maintainers.
        case organization
    }

    /// The kind of each account, in order (cache first; online the API, all at once); `nil` where neither knows,
    /// or the account is neither a person nor an organisation (a bot).
    public func kinds(of logins: [String]) -> [Kind?] {
        var items: [Fetcher.VersionedItem] = []
        var positions: [Int] = []
        for (index, login) in logins.enumerated() {
            guard let key = key(login) else { continue }
            let url = api + "/users/" + GitHubLicenseSource.escaped(login)
            items.append(Fetcher.VersionedItem(
                key: key, requests: [GitHubLicenseSource.request(url, accept: "application/vnd.github+json", token: token)],
                accept: Self.verdict))
            positions.append(index)
        }
        var kinds = [Kind?](repeating: nil, count: logins.count)
        for (slot, bytes) in fetcher.versioned(items).enumerated() {
            kinds[positions[slot]] = bytes.flatMap(Self.kind)
        }
        return kinds
    }

    /// The cache key of a login's answer, `github-accounts/<api host>/<login>.json` (logins are case-insensitive);
    /// `nil` for a login GitHub would not allow (letters, digits and hyphens only), which could leave the cache.
    func key(_ login: String) -> String? {
        guard SourceRepositoryOwner.isAccountName(login) else { return nil }
        let key = "github-accounts/\(NPMRegistryConfiguration.cacheName(of: api))/\(login.lowercased()).json"
        return FetchCache.isValidKey(key) ? key : nil
    }

    /// The kept form of an answer: the login and GitHub's account type; anything without them is no answer.
    @Sendable static func verdict(_ body: [UInt8]) -> Fetcher.Verdict {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any],
              let login = object["login"] as? String, let type = object["type"] as? String else { return .invalid }
        return Fetcher.Verdict.keeping(["login": login, "type": type])
    }

    /// The kind a kept answer names; `nil` for a type other than `User` and `Organization` (`Bot`).
    static func kind(_ kept: [UInt8]) -> Kind? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(kept))) as? [String: Any],
              let type = object["type"] as? String else { return nil }
        switch type {
        case "User": return .user
        case "Organization": return .organization
        default: return nil
        }
    }
}
