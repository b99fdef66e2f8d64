import Catalogers
import Fetching
import Foundation
import Licenses
import SovScanModel

/// What one scan run knows beyond the scanned files: the cache, and the network when `--online` is given. Made
/// once per run (one HTTP client, so connections are reused across systems); each system gets its own fetch log.
struct OnlineKnowledge: Sendable {
    let options: FetchOptions
    let client: HTTPClient?
    let settings: MavenSettings

    init?(options: FetchOptions) {
        guard let cacheDirectory = options.cacheDirectory, !cacheDirectory.isEmpty else { return nil }
        self.options = options
        client = options.online ? HTTPClient(configuration: options.http) : nil
        settings = MavenSettings.read(home: options.home)
    }

    /// A fetcher for one system, with a fresh log of failures.
    func fetcher() -> Fetcher {
        Fetcher(cache: FetchCache(root: options.cacheDirectory ?? ""), client: client, refresh: options.refresh,
                log: FetchLog(cacheRoot: options.cacheDirectory ?? ""), progress: options.progress)
    }

    /// The remote Maven repositories behind the cache, for the resolver of a system whose POMs are `poms`
    /// (absolute paths, read through `files`): their `<repositories>` are asked after the configured ones.
    func mavenRepository(_ fetcher: Fetcher, poms: [String], files: FileReader) -> any MavenRepository {
        var declared: [(id: String, url: String)] = []
        // Offline the cache answers by coordinates whichever repository filled it: the POMs need not be read again.
        for path in client == nil ? [] : poms.sorted() {
            guard case .success(let bytes) = files.read(path, reportedAs: path) else { continue }
            declared += MavenXML.declaredRepositories(bytes, file: path)
        }
        return RemoteMavenRepository(fetcher: MavenRemoteFetcher(
            remotes: RemoteMavenRepository.remotes(options: options, settings: settings, declared: declared),
            fetcher: fetcher, isWellFormedXML: MavenXML.isWellFormed))
    }

    /// The manifests of Swift pins without a checkout, from GitHub's contents API behind the cache.
    func swiftManifests(_ fetcher: Fetcher) -> any SwiftManifestSource {
        RemoteSwiftManifests(source: GitHubManifestSource(api: options.githubAPI, token: options.githubToken, fetcher: fetcher))
    }

    /// The registry stage of a system whose root is `root` (its `.npmrc`, read through `files`, chooses
    /// registries; the user's supplies tokens).
    func registryStage(root: String, files: FileReader, fetcher: Fetcher,
                       identifier: LicenseTextIdentifier?) -> RegistryLicenseStage {
        func text(_ path: String, _ reader: FileReader) -> String? {
            guard reader.exists(path), case .success(let bytes) = reader.read(path, reportedAs: path) else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
        let user = FileReader(maximumSize: 1 << 20)
        let npm = NPMRegistryConfiguration.from(project: text(root + "/.npmrc", files), user: text(options.home + "/.npmrc", user),
                                                registry: options.npmRegistry)
        return RegistryLicenseStage(
            npm: NPMRegistrySource(configuration: npm, fetcher: fetcher),
            github: GitHubLicenseSource(api: options.githubAPI, token: options.githubToken, fetcher: fetcher),
            identifier: identifier)
    }

    /// The stage that asks GitHub whether Swift packages' repositories belong to people or organisations.
    func repositoryOwnerStage(_ fetcher: Fetcher) -> RepositoryOwnerStage {
        RepositoryOwnerStage(accounts: GitHubAccountSource(api: options.githubAPI, token: options.githubToken, fetcher: fetcher))
    }

    /// Problems of reading the Maven settings, reported once per run.
    var diagnostics: [Diagnostic] { settings.diagnostics }
}
