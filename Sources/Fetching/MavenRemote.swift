import Foundation

/// A remote Maven repository in the standard layout (Maven Central, a Nexus or Artifactory group, a mirror).
public struct MavenRemote: Sendable, Hashable {
    /// The repository id (`central`, a `<mirror>`'s id), which names its credentials in `settings.xml`.
    public var id: String
    /// The base URL, without a trailing slash.
    public var url: String
    /// Basic-auth credentials from a `<server>` with the same id; never printed.
    public var credentials: HTTPCredentials?

    public init(id: String, url: String, credentials: HTTPCredentials? = nil) {
        self.id = id
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        self.url = base
        self.credentials = credentials
    }

    /// Maven Central, the default.
    public static let central = MavenRemote(id: "central", url: "https://repo.maven.apache.org/maven2")
}

/// Fetches POMs and version metadata from remote Maven repositories into the cache, laid out as a local
/// repository (`maven/org/example/lib/1.0/lib-1.0.pom`), so that the cache folder's `maven/` is itself usable as
/// `--maven-repo`. Only POMs and metadata are fetched, never jars.
public struct MavenRemoteFetcher: Sendable {
    public let remotes: [MavenRemote]
    public let fetcher: Fetcher
    /// Accepts a body as a POM or metadata document (well-formed XML); a rejected body is not cached.
    public let isWellFormedXML: @Sendable ([UInt8]) -> Bool

    public init(remotes: [MavenRemote], fetcher: Fetcher, isWellFormedXML: @escaping @Sendable ([UInt8]) -> Bool) {
        self.remotes = remotes
        self.fetcher = fetcher
        self.isWellFormedXML = isWellFormedXML
    }

    /// The cache key of a POM, or `nil` for coordinates that are not safe path segments.
    public static func pomKey(groupId: String, artifactId: String, version: String) -> String? {
        guard isSafe(groupId), isSafe(artifactId), isSafe(version) else { return nil }
        let key = "maven/" + groupId.replacingOccurrences(of: ".", with: "/") + "/\(artifactId)/\(version)/\(artifactId)-\(version).pom"
        return FetchCache.isValidKey(key) ? key : nil
    }

    /// The cache key of the version metadata of `group:artifact` from one repository, named like Maven's
    /// per-repository metadata (`maven-metadata-central.xml`), so that a local repository reads them all.
    public static func metadataKey(groupId: String, artifactId: String, repository: String) -> String? {
        let id = String(repository.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        guard isSafe(groupId), isSafe(artifactId), !id.isEmpty else { return nil }
        let key = "maven/" + groupId.replacingOccurrences(of: ".", with: "/") + "/\(artifactId)/maven-metadata-\(id).xml"
        return FetchCache.isValidKey(key) ? key : nil
    }

    /// The POM's bytes and the name it is reported as, or `nil` when no repository has it (or it could not be
    /// fetched: then the fetch log says why). The name is `sovscan-cache:maven/...pom`, the same wherever the cache
    /// folder lies, so that reports do not change with it.
    public func pom(groupId: String, artifactId: String, version: String) -> (bytes: [UInt8], path: String)? {
        guard let key = Self.pomKey(groupId: groupId, artifactId: artifactId, version: version) else { return nil }
        let relative = String(key.dropFirst("maven/".count))
        let requests = remotes.map { request($0, relative) }
        let check = isWellFormedXML
        let item = Fetcher.VersionedItem(key: key, requests: requests) { body in check(body) ? .keep(body) : .invalid }
        guard let bytes = fetcher.versioned([item])[0] else { return nil }
        return (bytes, Self.reportedPrefix + key)
    }

    /// How POMs from the cache are named in reports and diagnostics.
    public static let reportedPrefix = "sovscan-cache:"

    /// The `maven-metadata.xml` of `group:artifact` from every repository that has one, as Maven merges them (it
    /// changes as versions are published: revalidated with `--refresh`).
    /// Metadata that earlier runs cached from other repositories is read too, so that a run from the cache alone
    /// sees the versions the online run saw.
    public func metadata(groupId: String, artifactId: String) -> [[UInt8]] {
        let relative = groupId.replacingOccurrences(of: ".", with: "/") + "/\(artifactId)/maven-metadata.xml"
        let check = isWellFormedXML
        var keys: Set<String> = []
        var documents: [[UInt8]] = remotes.compactMap { remote in
            guard let key = Self.metadataKey(groupId: groupId, artifactId: artifactId, repository: remote.id) else { return nil }
            keys.insert(key)
            return fetcher.mutable(key: key, request: request(remote, relative),
                                   accept: { body in check(body) ? .keep(body) : .invalid })
        }
        guard let any = Self.metadataKey(groupId: groupId, artifactId: artifactId, repository: "x") else { return documents }
        let folder = (any as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fetcher.cache.path(folder))) ?? []
        for name in names.sorted() where name.hasPrefix("maven-metadata-") && name.hasSuffix(".xml") {
            let key = folder + "/" + name
            if !keys.contains(key), let bytes = fetcher.cache.read(key) { documents.append(bytes) }
        }
        return documents
    }

    private func request(_ remote: MavenRemote, _ relative: String) -> HTTPRequest {
        HTTPRequest(url: remote.url + "/" + relative, credentials: remote.credentials)
    }

    private static func isSafe(_ part: String) -> Bool {
        !part.isEmpty && !part.contains("/") && !part.contains("\\") && !part.hasPrefix(".") && !part.contains("\0")
            && !part.contains("..") && !part.contains("${")
            && part.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"?#%".unicodeScalars.contains($0) }
    }
}
