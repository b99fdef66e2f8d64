import SovScanModel

/// The code-host account an npm package was installed from when its lockfile resolved it from a Git repository
/// rather than the registry. Each lockfile writes the source into what the cataloger keeps as `resolved`:
/// - `package-lock.json` v2/v3 `resolved`: `git+ssh://git@github.com/OWNER/REPO.git#SHA`, `git+https://…`;
/// - `package-lock.json` v1 `version`: `github:OWNER/REPO#SHA` or `git+https://github.com/OWNER/REPO.git#SHA`;
/// - yarn v1 `resolved`: `https://codeload.github.com/OWNER/REPO/tar.gz/SHA` or `git+https://…#SHA`;
/// - yarn berry `resolution`: `NAME@https://github.com/OWNER/REPO.git#commit=SHA`;
/// - pnpm `resolution`: `tarball: https://codeload.github.com/OWNER/REPO/tar.gz/SHA` or `repo: https://…`.
/// A registry tarball (`https://registry.npmjs.org/…`) is no such source, nor is one from a code host's package
/// registry, which it serves under its API (`https://gitlab.com/api/v4/projects/ID/packages/npm/…`).
enum NPMGitSource {
    /// The host (lowercased) and account of the Git repository an npm component was installed from, or `nil`.
    static func account(of component: Component) -> (host: String, owner: String)? {
        guard component.ecosystem == .npm, let resolved = component.properties["resolved"] else { return nil }
        return account(resolved: resolved)
    }

    /// The host and account of a lockfile's source text, or `nil` when it names no repository on a public code host.
    static func account(resolved text: String) -> (host: String, owner: String)? {
        // Yarn berry writes the package's name before the source; start at the source.
        let starts = sourceMarkers.compactMap { text.range(of: $0)?.lowerBound }
        guard let start = starts.min() else { return nil }
        var source = text[start...]
        for (prefix, host) in shorthands where source.hasPrefix(prefix) {
            let owner = String(source.dropFirst(prefix.count).prefix { $0 != "/" })
            return SourceRepositoryOwner.isAccountName(owner) ? (host, owner) : nil
        }
        if source.hasPrefix("git+") { source = source.dropFirst(4) }
        guard let found = SourceRepositoryOwner(url: String(source)) else { return nil }
        let host = found.host == "codeload.github.com" ? "github.com" : found.host
        guard Classifier.codeHosts.contains(host), found.owner.lowercased() != apiPath else { return nil }
        return (host, found.owner)
    }

    /// The first path segment of a code host's API, which no account may take: GitLab serves its npm package
    /// registries under it (`/api/v4/packages/npm/…`, `/api/v4/projects/ID/packages/npm/…`, `/api/v4/groups/ID/-/…`),
    /// Forgejo and Gitea theirs (`/api/packages/OWNER/npm/…`).
    private static let apiPath = "api"

    /// Where a source begins in a lockfile's text.
    private static let sourceMarkers = ["github:", "gitlab:", "bitbucket:", "git+", "git://", "git@", "ssh://",
                                        "https://", "http://"]

    /// npm's shorthands for repositories on public code hosts.
    private static let shorthands: [(String, String)] = [
        ("github:", "github.com"), ("gitlab:", "gitlab.com"), ("bitbucket:", "bitbucket.org"),
    ]
}
