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
        var versions: Set<String> = []
        for bytes in fetcher.metadata(groupId: groupId, artifactId: artifactId) {
            versions.formUnion(MavenXML.metadataVersions(bytes, file: "maven-metadata.xml") ?? [])
        }
        return versions.sorted { MavenVersion($0) < MavenVersion($1) }
    }

    /// The remote repositories to ask, in order:
    /// - `--maven-remote [ID=]URL` as given (an ID names the `<server>` of `settings.xml` whose credentials it
    ///   takes); then nothing else: the command line lists every repository;
    /// - else Maven Central, replaced by the mirror `settings.xml` names for it, then the `<repositories>` the
    ///   scanned POMs declare (https only, each replaced by its mirror). A repository a POM declares gets
    ///   credentials only through a mirror: the scanned files come with the pull request, and must not be able to
    ///   send the `<server>` password of a known id to a URL of their choosing.
    static func remotes(options: FetchOptions, settings: MavenSettings,
                        declared: [(id: String, url: String)] = []) -> [MavenRemote] {
        func credentials(_ id: String) -> HTTPCredentials? {
            settings.servers[id].map { HTTPCredentials(username: $0.username, password: $0.password) }
        }
        var chosen: [MavenRemote] = []
        if !options.mavenRemotes.isEmpty {
            for (position, given) in options.mavenRemotes.enumerated() {
                let (id, url) = Self.split(given, position: position)
                chosen.append(MavenRemote(id: id, url: url, credentials: credentials(id)))
            }
        } else {
            func mirrored(_ remote: MavenRemote) -> MavenRemote {
                guard let mirror = settings.mirror(for: remote.id) else { return remote }
                return MavenRemote(id: mirror.id, url: mirror.url, credentials: credentials(mirror.id))
            }
            var central = mirrored(.central)
            if central.credentials == nil, central.id == MavenRemote.central.id { central.credentials = credentials("central") }
            chosen.append(central)
            for (id, url) in declared where url.lowercased().hasPrefix("https://") {
                chosen.append(mirrored(MavenRemote(id: id, url: url)))
            }
        }
        var seen: Set<String> = []
        return chosen.filter { seen.insert($0.url).inserted }
    }

    /// `ID=URL` or `URL` (id `remote-N`).
    static func split(_ given: String, position: Int) -> (id: String, url: String) {
        if let equals = given.firstIndex(of: "="), let scheme = given.range(of: "://"), equals < scheme.lowerBound {
            return (String(given[..<equals]), String(given[given.index(after: equals)...]))
        }
        return ("remote-\(position + 1)", given)
    }
}
