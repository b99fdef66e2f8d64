import SovScanModel

/// Several Maven repositories asked in order, as Maven asks its local repository before the remote ones: the
/// first that has a POM serves it; the versions of an artifact are those any of them knows.
public struct MavenRepositoryChain: MavenRepository {
    public let repositories: [any MavenRepository]

    public init(repositories: [any MavenRepository]) {
        self.repositories = repositories
    }

    public func pom(_ coordinates: MavenCoordinates) -> (bytes: [UInt8], path: String)? {
        for repository in repositories {
            if let found = repository.pom(coordinates) { return found }
        }
        return nil
    }

    public func versions(groupId: String, artifactId: String) -> [String] {
        var all: Set<String> = []
        for repository in repositories { all.formUnion(repository.versions(groupId: groupId, artifactId: artifactId)) }
        return all.sorted { MavenVersion($0) < MavenVersion($1) }
    }
}
