/// The host and owning account of where a component's source lives: a Swift package's purl (`HOST/OWNER/NAME`), a
/// GitHub repository's purl (`pkg:github/OWNER/NAME`: a GitHub Action a workflow uses), or the URL a Maven POM gives (`Component.sourceRepositoryProperty`: `https://github.com/OWNER/REPO`,
/// `git@github.com:OWNER/REPO.git`, `scm:git:https://…`).
public struct SourceRepositoryOwner: Sendable, Hashable {
    /// The host, lowercased (`github.com`).
    public var host: String
    /// The account as written (`FasterXML`); an account name holds letters, digits and hyphens only.
    public var owner: String

    /// The owner of a component's source repository; `nil` when neither its purl nor its metadata names one.
    public init?(of component: Component) {
        if component.purl.type == "github" {
            guard let owner = component.purl.namespace else { return nil }
            self.init(host: "github.com", owner: owner)
        } else if component.ecosystem == .swift, let namespace = component.purl.namespace {
            let parts = namespace.split(separator: "/")
            guard parts.count == 2 else { return nil }
            self.init(host: String(parts[0]), owner: String(parts[1]))
        } else if let url = component.properties[Component.sourceRepositoryProperty] {
            self.init(url: url)
        } else {
            return nil
        }
    }

    /// The host and owner of a repository URL: `scheme://[user@]host[:port]/owner/…` or the scp-like
    /// `[user@]host:owner/…` of git, each optionally after Maven's `scm:git:`.
    public init?(url: String) {
        var rest = Substring(url).drop { $0 == " " || $0 == "\t" }
        for prefix in ["scm:git:", "scm:"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        let hasScheme = rest.firstRange(of: "://") != nil
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let authorityEnd = rest.firstIndex { $0 == "/" || (!hasScheme && $0 == ":") } ?? rest.endIndex
        guard authorityEnd < rest.endIndex else { return nil }
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if hasScheme, let port = authority.firstIndex(of: ":") { authority = authority[..<port] }
        let owner = rest[rest.index(after: authorityEnd)...].prefix { $0 != "/" }
        self.init(host: String(authority), owner: String(owner))
    }

    private init?(host: String, owner: String) {
        guard !host.isEmpty, Self.isAccountName(owner) else { return nil }
        self.host = host.lowercased()
        self.owner = owner
    }

    /// Whether a name can be an account's: ASCII letters, digits and hyphens only, as GitHub allows (so it can never
    /// be a path or carry a query when it becomes part of a URL or a cache key).
    public static func isAccountName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "-") || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }
}
