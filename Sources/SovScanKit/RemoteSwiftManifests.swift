import Catalogers
import Fetching
import SovScanModel

/// The manifests of Swift pins without a checkout, for the SwiftPM cataloger: pins hosted on GitHub (`github.com`,
/// or the host of `--github-api`) are asked at their pinned revision through `GitHubManifestSource` (the cache,
/// and the API with `--online`). Pins hosted elsewhere, registry and local pins, and pins whose revision is no
/// commit id (`GitObjectID`: only the file at a commit never changes, so only such an answer may be kept for good;
/// a hand-edited `"revision": "main"` is not asked) get no answer. With a GitHub Enterprise `--github-api`, github.com pins are asked of that server too
/// (as the licence stage does).
struct RemoteSwiftManifests: SwiftManifestSource {
    let source: GitHubManifestSource

    func manifests(of pins: [ResolvedPin]) -> (manifests: [RemoteSwiftManifest?], diagnostics: [Diagnostic]) {
        let hosts = RegistryLicenseStage.githubHosts(api: source.api)
        let repositories = pins.map { pin -> GitHubRepository? in
            guard case .remote(let host, let path) = pin.location, path.count == 2, hosts.contains(host),
                  let revision = pin.revision, GitObjectID.isValid(revision) else { return nil }
            return GitHubRepository(owner: path[0], name: path[1], ref: revision)
        }
        let asked = repositories.indices.filter { repositories[$0] != nil }
        let answers = source.manifests(asked.compactMap { repositories[$0] })
        var manifests = [RemoteSwiftManifest?](repeating: nil, count: pins.count)
        var diagnostics: [Diagnostic] = []
        for (index, answer) in zip(asked, answers) {
            switch answer {
            case .manifest(let bytes, let url):
                manifests[index] = RemoteSwiftManifest(bytes: bytes, origin: url)
            case .tooLarge(let size, let url):
                diagnostics.append(Diagnostic(
                    .warning, "the Package.swift of '\(pins[index].identity)' (\(url)) has \(size) bytes, more than "
                        + "\(GitHubManifestSource.maximumSize): it is not read, so what the package depends on stays unknown",
                    at: pins[index].declaredAt))
            case nil:
                continue
            }
        }
        return (manifests, diagnostics)
    }
}
