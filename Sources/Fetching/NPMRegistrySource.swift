import Foundation

/// npm version documents from a registry, kept in the cache as `npm/<registry>/<name>/<version>.json` with only
/// the fields sovscan reads (name, version, license, licenses), written with sorted keys so the cache diffs cleanly.
public struct NPMRegistrySource: Sendable {
    public let configuration: NPMRegistryConfiguration
    public let fetcher: Fetcher

    public init(configuration: NPMRegistryConfiguration, fetcher: Fetcher) {
        self.configuration = configuration
        self.fetcher = fetcher
    }

    /// One package version to look up.
    public struct Package: Sendable, Hashable {
        public var name: String
        public var version: String

        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    /// A version document as kept in the cache, with the URL it stands for.
    public struct Document: Sendable {
        /// The kept JSON (`name`, `version`, `license`, `licenses`).
        public var bytes: [UInt8]
        /// The version document's URL (without credentials), as evidence.
        public var url: String
    }

    /// The cache key of a package version, or `nil` when the name or version is not a safe path.
    public func key(_ package: Package) -> String? {
        var cacheNames: [String: String] = [:]
        return key(package, cacheNames: &cacheNames)
    }

    /// The cache key of a package version, with the cache folder names of the registries met so far (reading a
    /// registry URL's host costs more than the rest of the key).
    private func key(_ package: Package, cacheNames: inout [String: String]) -> String? {
        let registry = configuration.registry(for: package.name)
        let cacheName = cacheNames[registry] ?? NPMRegistryConfiguration.cacheName(of: registry)
        cacheNames[registry] = cacheName
        let key = "npm/" + cacheName + "/" + package.name + "/" + package.version + ".json"
        return FetchCache.isValidKey(key) && !package.name.contains("..") ? key : nil
    }

    /// The documents of `packages` (cache, then the registry when online), in order: the version endpoint, then
    /// the whole package document for registries that do not serve the former.
    public func documents(_ packages: [Package]) -> [Document?] {
        var items: [Fetcher.VersionedItem] = []
        var positions: [Int] = []
        var cacheNames: [String: String] = [:]
        for (index, package) in packages.enumerated() {
            guard let key = key(package, cacheNames: &cacheNames) else { continue }
            let version = package.version
            // Offline the fetcher only reads the cache: the requests (URLs, credentials) are made only for one that
            // may ask the registry (a large portfolio looks up tens of thousands of packages).
            var requests: [HTTPRequest] = []
            if fetcher.client != nil {
                let versionURL = configuration.versionURL(name: package.name, version: package.version)
                let packageURL = configuration.packageURL(name: package.name)
                requests = [HTTPRequest(url: versionURL, headers: configuration.headers(for: versionURL)),
                            HTTPRequest(url: packageURL, headers: configuration.headers(for: packageURL))]
            }
            items.append(Fetcher.VersionedItem(key: key, requests: requests,
                                               accept: { body in Self.verdict(body, version: version) }))
            positions.append(index)
        }
        let answers = fetcher.versioned(items)
        var documents = [Document?](repeating: nil, count: packages.count)
        for (slot, index) in positions.enumerated() {
            guard let bytes = answers[slot] else { continue }
            let package = packages[index]
            documents[index] = Document(bytes: bytes, url: RedactedURL.text(
                configuration.versionURL(name: package.name, version: package.version)))
        }
        return documents
    }

    /// The fields kept from a version document, or from a package document's `versions[version]`; `absent` for a
    /// package document without that version, `invalid` for a body that is no such document (not cached).
    static func verdict(_ body: [UInt8], version: String) -> Fetcher.Verdict {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else { return .invalid }
        var document = object
        if object["version"] as? String != version {
            guard let versions = object["versions"] as? [String: Any] else { return .invalid }
            guard let one = versions[version] as? [String: Any] else { return .absent }
            document = one
        }
        var kept: [String: Any] = [:]
        for field in ["name", "version", "license", "licenses"] { kept[field] = document[field] }
        return Fetcher.Verdict.keeping(kept)
    }
}
