/// A GitHub repository at a revision (a commit id or a tag), as the GitHub sources ask about it.
public struct GitHubRepository: Sendable, Hashable {
    /// The owning user or organisation (`apple`).
    public var owner: String
    /// The repository's name (`swift-nio`).
    public var name: String
    /// The commit id or tag asked about; `nil` when the pin names none.
    public var ref: String?

    /// A repository `owner/name` at `ref`.
    public init(owner: String, name: String, ref: String?) {
        self.owner = owner
        self.name = name
        self.ref = ref
    }
}

extension GitHubRepository {
    /// An API base URL without trailing slashes (`https://api.github.com`, `https://host/api/v3`), as the GitHub
    /// sources join paths to it.
    static func apiBase(_ api: String) -> String {
        var base = api
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// The cache key of an answer about this repository from `api`: `github/<api host>/<owner>/<name>/<leaf>`;
    /// `nil` when the owner or name would leave the cache (`FetchCache.isValidKey`).
    func cacheKey(api: String, leaf: String) -> String? {
        let key = "github/\(NPMRegistryConfiguration.cacheName(of: api))/\(owner)/\(name)/\(leaf)"
        return FetchCache.isValidKey(key) ? key : nil
    }
}
