import SovScanModel

/// Marks the container images that are the system's own (issue 15, sixteenth session: an audit of the labelled
/// repositories' images found Schulportal's Helm chart naming `ghcr.io/dbildungsplattform/schulportal-client`, Uptime
/// Kuma's compose file `louislam/uptime-kuma`, and Feather CMS's compose services their `build:` images, each counted
/// as a third-party platform component "by Docker" with an unknown licence). Such an image is the system itself,
/// built from the scanned files: it is first-party (`Component.isFirstParty`) with `ownImageProperty` saying why,
/// and counts in no share, while the registry it is pushed to stays a fact of the system (`ContainerImageEvidence`).
///
/// An image is the system's own when
/// - a compose service builds it (`build:` beside `image:`; `composeBuildProperty`) and nothing else names it: an
///   image that a Dockerfile builds from, or a service without `build:` runs, is that image and not the build's tag
///   (`build: ./db` with `image: postgres:15` beside `FROM postgres:15` stays PostgreSQL), or
/// - its path names the scanned repository: `[registry/]PATH[/...]`, or `PATH` with a `-suffix` on its last segment,
///   for the repository's path `PATH` (`OWNER/NAME` on GitHub; every group of a GitLab subgroup; `ORG/PROJECT/REPO`
///   on Azure DevOps; case ignored; DSpace's `dspace/dspace-solr`, Apicurio's `quay.io/apicurio/apicurio-registry`),
///   where the repository is the `origin` (else any) remote of the root's `.git/config`, or a source repository a
///   first-party module names (a Maven POM's `<scm>`). An image of the same account but another repository (NAV's
///   base images `ghcr.io/navikt/fp-baseimages/...`) is another system's and stays third-party.
public enum OwnImages {
    /// The property of a compose image whose service builds it.
    public static let composeBuildProperty = "compose:build"
    /// The property of an own image: why it is the system's own.
    public static let ownImageProperty = "image:own"

    /// Marks the own images among `components` (every component of the same purl alike).
    public static func mark(_ components: inout [Component], context: CatalogContext) {
        guard components.contains(where: { $0.purl.type == "docker" }) else { return }
        let repositories = repositoryPaths(components: components, context: context)
        var reasons: [PackageURL: String] = [:]
        // The images some sighting names without building them.
        let named = Set(components.filter { $0.purl.type == "docker" && $0.properties[composeBuildProperty] == nil }
            .map(\.purl))
        for component in components where component.purl.type == "docker" && reasons[component.purl] == nil {
            if component.properties[composeBuildProperty] != nil, !named.contains(component.purl),
               let service = component.properties["compose:service"] {
                reasons[component.purl] = "compose service \(service) builds it"
            } else if let repository = repositories.first(where: { names(component.purl, repository: $0) }) {
                reasons[component.purl] = "its name is the scanned repository's (\(repository.joined(separator: "/")))"
            }
        }
        guard !reasons.isEmpty else { return }
        for index in components.indices {
            guard let reason = reasons[components[index].purl] else { continue }
            components[index].isFirstParty = true
            components[index].properties[ownImageProperty] = reason
        }
    }

    /// Whether an image's path names the repository's path (`[owner, name]`, or longer): after an optional
    /// registry host, the path followed by nothing or more segments, or the path with a `-suffix` on its last
    /// segment and nothing after.
    static func names(_ purl: PackageURL, repository: [String]) -> Bool {
        var segments = (purl.namespace ?? "").split(separator: "/").map { $0.lowercased() } + [purl.name.lowercased()]
        if let first = segments.first, first.contains(".") || first.contains(":") || first == "localhost" {
            segments.removeFirst()
        }
        let last = repository.count - 1
        guard repository.count >= 2, segments.count >= repository.count,
              Array(segments.prefix(last)) == Array(repository.prefix(last)) else { return false }
        return segments[last] == repository[last]
            || (segments.count == repository.count && segments[last].hasPrefix(repository[last] + "-"))
    }

    /// The scanned repository as `[owner, name]` (lower case): from the root's `.git/config` remotes (`origin`
    /// first) and the source repositories of first-party components.
    static func repositoryPaths(components: [Component], context: CatalogContext) -> [[String]] {
        var urls: [String] = []
        var reader = context.files
        reader.maximumSize = 64 << 10
        if case .success(let bytes) = reader.read(context.absolutePath(".git/config"), reportedAs: ".git/config") {
            urls += remoteURLs(inGitConfig: String(decoding: bytes, as: UTF8.self))
        }
        urls += components.filter(\.isFirstParty).compactMap { $0.properties[Component.sourceRepositoryProperty] }.sorted()
        var paths: [[String]] = []
        for url in urls {
            guard let path = repositoryPath(url), !paths.contains(path) else { continue }
            paths.append(path)
        }
        return paths
    }

    /// The remote URLs of a git configuration, `origin`'s first.
    static func remoteURLs(inGitConfig text: String) -> [String] {
        var remotes: [(name: String, url: String)] = []
        var section: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                section = line.hasPrefix("[remote \"") ? String(line.dropFirst(9).prefix { $0 != "\"" }) : nil
            } else if let name = section, line.hasPrefix("url"), let equals = line.firstIndex(of: "=") {
                remotes.append((name, line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
            }
        }
        return remotes.filter { $0.name == "origin" }.map(\.url) + remotes.filter { $0.name != "origin" }.map(\.url)
    }

    /// The path of a repository URL, lower case: `[owner, name]` of `https://github.com/OWNER/NAME.git`,
    /// `git@github.com:OWNER/NAME` or `scm:git:https://...`; every group of a GitLab subgroup
    /// (`gitlab.com/GROUP/SUB/NAME`); `[org, project, repo]` of Azure DevOps (`dev.azure.com/ORG/PROJECT/_git/REPO`,
    /// `git@ssh.dev.azure.com:v3/ORG/PROJECT/REPO`); `nil` when it has no owner and name.
    static func repositoryPath(_ url: String) -> [String]? {
        var text = url.lowercased()
        for prefix in ["scm:git:", "git+"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if let scheme = text.range(of: "://") {
            text = String(text[scheme.upperBound...])
            text = String(text.drop { $0 != "/" }.dropFirst())
        } else if let colon = text.firstIndex(of: ":"), text.contains("@") {
            text = String(text[text.index(after: colon)...])
        } else {
            return nil
        }
        var parts = text.split(separator: "/").map(String.init).filter { $0 != "_git" }
        if parts.first == "v3", url.lowercased().contains("dev.azure.com") { parts.removeFirst() }
        if let last = parts.last, last.hasSuffix(".git") { parts[parts.count - 1] = String(last.dropLast(4)) }
        // A web URL's own pages (`/-/tree/main`, `/tree/main`) are no part of the repository's path.
        if let marker = parts.firstIndex(where: { $0 == "-" || $0 == "tree" || $0 == "blob" }) {
            parts = Array(parts[..<marker])
        }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return parts
    }
}
