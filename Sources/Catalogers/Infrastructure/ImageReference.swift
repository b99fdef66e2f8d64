import SovScanModel

/// A container image reference as `FROM`, compose and Kubernetes write it: `[registry/]repository[:tag][@digest]`.
///
/// Without a registry (the first path segment has no `.` or `:` and is not `localhost`) the image is on Docker Hub
/// (`docker.io`), where a one-segment name is an official image under `library/`. `index.docker.io` and
/// `registry-1.docker.io` are Docker Hub too.
public struct ImageReference: Sendable, Hashable {
    /// The registry host (`docker.io`, `mcr.microsoft.com`, `quay.io`, `123.dkr.ecr.eu-west-1.amazonaws.com`).
    public var registry: String
    /// The repository path inside the registry (`library/postgres`, `dotnet/aspnet`).
    public var repository: String
    public var tag: String?
    /// `sha256:...`
    public var digest: String?

    /// Docker Hub's canonical host.
    public static let dockerHub = "docker.io"

    /// Parses a reference; `nil` when it is not a valid image reference (empty, upper case, spaces, unresolved
    /// variables).
    public init?(_ text: String) {
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            let digest = rest[rest.index(after: at)...]
            guard digest.contains(":"), !digest.isEmpty else { return nil }
            self.digest = String(digest)
            rest = rest[..<at]
        }
        let lastSlash = rest.lastIndex(of: "/")
        let nameStart = lastSlash.map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[nameStart...].lastIndex(of: ":") {
            let tag = rest[rest.index(after: colon)...]
            guard !tag.isEmpty, tag.allSatisfy(Self.isTagCharacter) else { return nil }
            self.tag = String(tag)
            rest = rest[..<colon]
        }
        var segments = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !segments.isEmpty, !segments.contains(where: \.isEmpty) else { return nil }
        var registry = Self.dockerHub
        if segments.count > 1, segments[0].contains(".") || segments[0].contains(":") || segments[0] == "localhost" {
            registry = segments.removeFirst().lowercased()
            guard registry.allSatisfy(Self.isHostCharacter) else { return nil }
        }
        if ["index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"].contains(registry) {
            registry = Self.dockerHub
        }
        if registry == Self.dockerHub, segments.count == 1 { segments.insert("library", at: 0) }
        guard segments.allSatisfy({ $0.allSatisfy(Self.isPathCharacter) }) else { return nil }
        self.registry = registry
        self.repository = segments.joined(separator: "/")
    }

    /// The last path segment: the image's name (`postgres`, `aspnet`).
    public var name: String { repository.split(separator: "/").last.map(String.init) ?? repository }

    /// The group of the component: the repository path without its name, prefixed by the registry unless it is
    /// Docker Hub (`library`, `bitnami`, `mcr.microsoft.com/dotnet`).
    public var group: String {
        var parts = repository.split(separator: "/").map(String.init)
        parts.removeLast()
        if registry != Self.dockerHub { parts.insert(registry, at: 0) }
        return parts.joined(separator: "/")
    }

    /// `pkg:docker/<group>/<name>@<tag or digest>`: the purl specification lets the docker namespace hold the
    /// registry; keeping it there (not in `repository_url`) makes registries matchable by rule patterns. The tag is
    /// the version when there is one (readable), else the digest.
    public var purl: PackageURL? {
        try? PackageURL(type: "docker", namespace: group.isEmpty ? nil : group, name: name, version: tag ?? digest)
    }

    /// The component, direct, with the registry, tag, digest and the base OS its name or tag shows
    /// (`ContainerBaseOS`) as properties.
    public func component(scope: Scope, at location: SourceLocation, properties extra: [String: String] = [:])
        -> Component? {
        guard let purl else { return nil }
        var properties = extra
        properties["image:registry"] = registry
        if let tag { properties["image:tag"] = tag }
        if let digest { properties["image:digest"] = digest }
        if tag == nil, digest == nil { properties["unpinned"] = "true" }
        if let os = ContainerBaseOS(self) {
            properties[ContainerImageEvidence.baseOSProperty] = os.id
            if let version = os.version { properties[ContainerImageEvidence.baseOSVersionProperty] = version }
        }
        return Component(purl: purl, ecosystem: .container, group: group.isEmpty ? nil : group, name: name,
                         version: tag ?? digest, scope: scope, isDirect: true, locations: [location],
                         properties: properties)
    }

    private static func isTagCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "." || c == "-")
    }

    private static func isPathCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLowercase || c.isNumber || c == "_" || c == "." || c == "-")
    }

    private static func isHostCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-" || c == ":")
    }
}
