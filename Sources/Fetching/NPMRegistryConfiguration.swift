import Foundation

/// Which npm registry serves a package and which token it takes: `--npm-registry`, else the `registry` and
/// `@scope:registry` lines of the project's and the user's `.npmrc` (the project's win), else npm's public registry.
public struct NPMRegistryConfiguration: Sendable, Hashable {
    /// The registry for unscoped packages and scopes without their own.
    public var defaultRegistry: String
    /// `@scope` -> registry URL.
    public var scopeRegistries: [String: String]
    /// `//host/path/` -> auth token (`_authToken`); never printed.
    public var tokens: [String: String]

    public static let publicRegistry = "https://registry.npmjs.org"

    public init(defaultRegistry: String = NPMRegistryConfiguration.publicRegistry,
                scopeRegistries: [String: String] = [:], tokens: [String: String] = [:]) {
        self.defaultRegistry = Self.trimmed(defaultRegistry)
        self.scopeRegistries = scopeRegistries.mapValues(Self.trimmed)
        self.tokens = tokens
    }

    /// The configuration of the project's and the user's `.npmrc`. The user's file is trusted as npm trusts it
    /// (tokens, `${VAR}` from the environment). The scanned project's file is not: in CI it comes with the pull
    /// request, so it may choose registries (unless `registry` is given explicitly, which then decides alone, for
    /// scopes too) but never a token, and `${VAR}` in it is not expanded, so no secret of the environment can be
    /// sent anywhere by it.
    public static func from(project: String?, user: String?, registry explicit: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> NPMRegistryConfiguration {
        var configuration = NPMRegistryConfiguration()
        var defaultSet = false
        let sources: [(text: String, trusted: Bool)] = [(project, false), (user, true)].compactMap { entry in
            entry.0.map { ($0, entry.1) }
        }
        for (text, trusted) in sources {
            for (key, value) in parse(text, environment: trusted ? environment : nil) {
                if key.hasPrefix("//"), key.hasSuffix(":_authToken") {
                    let prefix = String(key.dropLast(":_authToken".count))
                    if trusted, configuration.tokens[prefix] == nil { configuration.tokens[prefix] = value }
                    continue
                }
                guard trusted || explicit == nil else { continue }
                if key == "registry" {
                    if !defaultSet { configuration.defaultRegistry = trimmed(value); defaultSet = true }
                } else if key.hasPrefix("@"), key.hasSuffix(":registry") {
                    let scope = String(key.dropLast(":registry".count))
                    if configuration.scopeRegistries[scope] == nil { configuration.scopeRegistries[scope] = trimmed(value) }
                }
            }
        }
        if let explicit, !explicit.isEmpty { configuration.defaultRegistry = trimmed(explicit) }
        return configuration
    }

    /// `key=value` lines of an `.npmrc`, comments (`#`, `;`) left out and `${VAR}` replaced from the environment
    /// (left as written without one).
    static func parse(_ text: String, environment: [String: String]?) -> [(String, String)] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix(";"), let equals = line.firstIndex(of: "=")
            else { return nil }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return (key, environment.map { expand(value, environment: $0) } ?? value)
        }
    }

    private static func expand(_ value: String, environment: [String: String]) -> String {
        var result = ""
        var rest = Substring(value)
        while let start = rest.range(of: "${"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            result += rest[..<start.lowerBound]
            result += environment[String(rest[start.upperBound..<end])] ?? ""
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    private static func trimmed(_ url: String) -> String {
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// The registry serving `name` (`@scope/name` or `name`).
    public func registry(for name: String) -> String {
        if name.hasPrefix("@"), let slash = name.firstIndex(of: "/"), let scoped = scopeRegistries[String(name[..<slash])] {
            return scoped
        }
        return defaultRegistry
    }

    /// The URL of one version's document: `{registry}/{name}/{version}`, a scoped name as `@scope%2fname`.
    public func versionURL(name: String, version: String) -> String {
        registry(for: name) + "/" + Self.escaped(name) + "/" + Self.escaped(version)
    }

    /// The URL of the whole package document.
    public func packageURL(name: String) -> String { registry(for: name) + "/" + Self.escaped(name) }

    /// The request headers for a URL: JSON, and the bearer token whose `//host/path/` prefix the URL has.
    public func headers(for url: String) -> [String: String] {
        var headers = ["Accept": "application/json"]
        let schemeless = url.replacingOccurrences(of: "^https?:", with: "", options: .regularExpression)
        if let token = tokens.filter({ schemeless.hasPrefix($0.key) }).max(by: { $0.key.count < $1.key.count })?.value {
            headers["Authorization"] = "Bearer " + token
        }
        return headers
    }

    /// A cache folder name for a registry (`registry.npmjs.org`, `nexus.example.com_8443_repository_npm`).
    public static func cacheName(of registry: String) -> String {
        guard let components = URLComponents(string: registry), let host = components.host else { return "unknown" }
        var parts = [host]
        if let port = components.port { parts.append(String(port)) }
        parts += components.path.split(separator: "/").map(String.init)
        let name = parts.joined(separator: "_").map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" }
        return String(name).trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// A package name as a URL path segment: `@scope%2fname` for scoped names (the registry API's form).
    static func escaped(_ name: String) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/@%?#"))
        func encode(_ part: Substring) -> String { part.addingPercentEncoding(withAllowedCharacters: allowed) ?? String(part) }
        if name.hasPrefix("@"), let slash = name.firstIndex(of: "/") {
            return "@" + encode(name[name.index(after: name.startIndex)..<slash]) + "%2f" + encode(name[name.index(after: slash)...])
        }
        return encode(name[...])
    }
}
