import Catalogers
import Fetching
import Foundation
import SovScanModel

/// Remote Maven repositories as the Maven resolver sees them: a `MavenRepository` that serves POMs from the fetch
/// cache (fetching what is missing when online), exactly as a local repository would.
struct RemoteMavenRepository: MavenRepository {
    let fetcher: MavenRemoteFetcher

    func pom(_ coordinates: MavenCoordinates) -> (bytes: [UInt8], path: String)? {
        fetcher.pom(groupId: coordinates.groupId, artifactId: coordinates.artifactId, version: coordinates.version)
    }

    func versions(groupId: String, artifactId: String) -> [String] {
        guard let bytes = fetcher.metadata(groupId: groupId, artifactId: artifactId),
              let versions = MavenXML.metadataVersions(bytes, file: "maven-metadata.xml") else { return [] }
        return versions.sorted { MavenVersion($0) < MavenVersion($1) }
    }

    /// The remote repositories to ask: the command line's (else Maven Central), then the `<repositories>` the
    /// scanned POMs declare (http(s) only), each but the command line's replaced by the mirror `settings.xml` names
    /// for it, with the credentials of the `<server>` of the same id.
    static func remotes(options: FetchOptions, settings: MavenSettings,
                        declared: [(id: String, url: String)] = []) -> [MavenRemote] {
        let given = options.mavenRemotes.isEmpty
            ? [MavenRemote.central]
            : options.mavenRemotes.enumerated().map { MavenRemote(id: $0.offset == 0 ? "sovscan-remote" : "sovscan-remote-\($0.offset)", url: $0.element) }
        let fromPOMs = declared.filter { $0.url.lowercased().hasPrefix("https://") || $0.url.lowercased().hasPrefix("http://") }
            .map { MavenRemote(id: $0.id, url: $0.url) }
        var seen: Set<String> = []
        return (given + fromPOMs).enumerated().compactMap { position, remote in
            var chosen = remote
            let isGiven = position < given.count && !options.mavenRemotes.isEmpty
            if !isGiven, let mirror = settings.mirror(for: remote.id) {
                chosen = MavenRemote(id: mirror.id, url: mirror.url)
            }
            if let server = settings.servers[chosen.id] {
                chosen.credentials = HTTPCredentials(username: server.username, password: server.password)
            }
            return seen.insert(chosen.url).inserted ? chosen : nil
        }
    }
}
