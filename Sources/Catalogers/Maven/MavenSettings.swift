import Foundation
import SovScanModel

/// What sovscan reads from Maven's `~/.m2/settings.xml` to reach remote repositories: mirrors and the credentials
/// of servers (by id). Credentials are kept only in memory and never printed.
public struct MavenSettings: Sendable {
    /// A `<mirror>`: the repository ids it stands in for (`*`, `central`, `external:*`, `!repo`...).
    public struct Mirror: Sendable, Hashable {
        public var id: String
        public var url: String
        public var mirrorOf: String
    }

    /// A `<server>`'s credentials.
    public struct Server: Sendable, Hashable {
        public var username: String
        public var password: String
    }

    public var mirrors: [Mirror] = []
    public var servers: [String: Server] = [:]
    /// Problems reading the file.
    public var diagnostics: [Diagnostic] = []

    public init(mirrors: [Mirror] = [], servers: [String: Server] = [:]) {
        self.mirrors = mirrors
        self.servers = servers
    }

    /// The settings of `home/.m2/settings.xml`; empty when the file does not exist. `${env.NAME}` in values is
    /// taken from the environment.
    public static func read(home: String = NSHomeDirectory(), files: FileReader = FileReader(),
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> MavenSettings {
        let path = home + "/.m2/settings.xml"
        guard files.exists(path) else { return MavenSettings() }
        var settings = MavenSettings()
        let root: XMLElement
        switch files.read(path, reportedAs: path).flatMap({ XMLTreeParser.parse($0, file: path) }) {
        case .success(let element): root = element
        case .failure(let diagnostic):
            settings.diagnostics.append(diagnostic)
            return settings
        }
        func expand(_ text: String) -> String {
            var result = text
            for (name, value) in environment { result = result.replacingOccurrences(of: "${env.\(name)}", with: value) }
            return result
        }
        for mirror in root.child("mirrors")?.children("mirror") ?? [] {
            guard let url = mirror.value("url"), !url.isEmpty else { continue }
            settings.mirrors.append(Mirror(id: mirror.value("id") ?? "mirror", url: expand(url),
                                           mirrorOf: mirror.value("mirrorOf") ?? ""))
        }
        for server in root.child("servers")?.children("server") ?? [] {
            guard let id = server.value("id"), let username = server.value("username") else { continue }
            let password = expand(server.value("password") ?? "")
            if password.hasPrefix("{"), password.hasSuffix("}") {
                settings.diagnostics.append(Diagnostic(
                    .warning, "the password of server '\(id)' is encrypted (settings-security.xml), which sovscan does "
                        + "not read; its credentials are not used", at: SourceLocation(file: path, line: server.line)))
                continue
            }
            settings.servers[id] = Server(username: expand(username), password: password)
        }
        return settings
    }

    /// The mirror that serves repository `id` (an exact id wins over `*` and `external:*`; `!id` excludes), as
    /// Maven picks one.
    public func mirror(for id: String) -> Mirror? {
        if let exact = mirrors.first(where: { $0.mirrorOf.split(separator: ",").map(trimmed).contains(id) }) {
            return exact
        }
        return mirrors.first { mirror in
            let patterns = mirror.mirrorOf.split(separator: ",").map(trimmed)
            guard !patterns.contains("!" + id) else { return false }
            return patterns.contains("*") || patterns.contains("external:*")
        }
    }

    private func trimmed(_ part: Substring) -> String { part.trimmingCharacters(in: .whitespaces) }
}

/// XML checks the fetch layer needs without knowing libxml2.
public enum MavenXML {
    /// Whether `bytes` are well-formed XML (parsed with the same hardening as POMs: no network, no entities).
    public static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        if case .success = XMLTreeParser.parse(bytes, file: "fetched") { return true }
        return false
    }

    /// The `<repositories>` a POM declares, as (id, url), in order; empty when the bytes are not a POM.
    public static func declaredRepositories(_ bytes: [UInt8], file: String) -> [(id: String, url: String)] {
        guard case .success(let project) = XMLTreeParser.parse(bytes, file: file) else { return [] }
        return (project.child("repositories")?.children("repository") ?? []).compactMap { repository in
            guard let url = repository.value("url"), !url.isEmpty else { return nil }
            return (repository.value("id") ?? url, url)
        }
    }

    /// The versions a `maven-metadata.xml` lists.
    public static func metadataVersions(_ bytes: [UInt8], file: String) -> [String]? {
        guard case .success(let metadata) = XMLTreeParser.parse(bytes, file: file) else { return nil }
        return (metadata.child("versioning")?.child("versions")?.children("version") ?? [])
            .map(\.trimmedText).filter { !$0.isEmpty }
    }
}
