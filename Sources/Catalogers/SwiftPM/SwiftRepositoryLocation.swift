import SovScanModel

/// Where a Swift package comes from, read from a pin's `location` or a manifest's `url:`.
///
/// Remote locations give a purl `pkg:swift/<host>/<owner...>/<name>`: the host in lower case, the path with its
/// case kept and a trailing `.git` stripped. `https://`, `http://`, `ssh://`, `git://`, `git+ssh://` URLs and
/// scp-style `git@host:owner/name.git` are understood.
public enum SwiftRepositoryLocation: Sendable, Hashable {
    /// A remote repository: `host` (lower case, port kept) and its path segments (at least two: owner and name).
    case remote(host: String, path: [String])
    /// A repository or package on the local disk (`localSourceControl`, `.package(path:)`).
    case local(path: String)
    /// A package of a registry, `scope.name`.
    case registry(scope: String, name: String)

    /// Reads a source-control location; `nil` when the text is neither a URL nor a local path.
    public init?(sourceControl text: String) {
        let trimmed = Self.trimmed(text)
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
        if trimmed.hasPrefix("file://") {
            self = .local(path: String(trimmed.dropFirst("file://".count)))
            return
        }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix("./") || trimmed.hasPrefix("../") || trimmed.hasPrefix("~/") {
            self = .local(path: trimmed)
            return
        }
        let hostAndPath: Substring
        if let schemeEnd = trimmed.range(of: "://") {
            let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
            guard ["https", "http", "ssh", "git", "git+ssh", "git+https"].contains(scheme) else { return nil }
            hostAndPath = trimmed[schemeEnd.upperBound...]
        } else if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") {
            // scp-style: [user@]host:path
            let authority = trimmed[..<colon]
            let path = trimmed[trimmed.index(after: colon)...]
            guard !path.hasPrefix("/") || path.count > 1 else { return nil }
            hostAndPath = Substring(String(authority) + "/" + path.drop { $0 == "/" })
        } else {
            return nil
        }
        guard let parsed = Self.split(hostAndPath) else { return nil }
        self = .remote(host: parsed.host, path: parsed.path)
    }

    /// Reads a registry identity `scope.name`; `nil` when it has no dot or an empty part.
    public init?(registryIdentity identity: String) {
        guard let dot = identity.firstIndex(of: ".") else { return nil }
        let scope = identity[..<dot]
        let name = identity[identity.index(after: dot)...]
        guard !scope.isEmpty, !name.isEmpty, !identity.contains("/") else { return nil }
        self = .registry(scope: String(scope), name: String(name))
    }

    /// The package's name: the last path segment, the folder name, or the registry name.
    public var name: String {
        switch self {
        case .remote(_, let path): path.last ?? ""
        case .local(let path): Self.lastSegment(of: path)
        case .registry(_, let name): name
        }
    }

    /// The purl namespace: `host/owner...`, `local`, or the registry scope.
    public var namespace: String {
        switch self {
        case .remote(let host, let path): ([host] + path.dropLast()).joined(separator: "/")
        case .local: "local"
        case .registry(let scope, _): scope
        }
    }

    /// SwiftPM's identity of the package: the last segment in lower case (registry: `scope.name` in lower case).
    public var identity: String {
        switch self {
        case .registry(let scope, let name): (scope + "." + name).lowercased()
        default: name.lowercased()
        }
    }

    /// The purl of this package at `version` (`nil` for none).
    public func purl(version: String?) -> PackageURL? {
        try? PackageURL(type: "swift", namespace: namespace, name: name, version: version)
    }

    private static func split(_ hostAndPath: Substring) -> (host: String, path: [String])? {
        var segments = hostAndPath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard segments.count >= 3 else { return nil }
        var host = segments.removeFirst()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" || $0 == "_" })
        else { return nil }
        if var last = segments.popLast() {
            if last.lowercased().hasSuffix(".git") { last.removeLast(4) }
            guard !last.isEmpty else { return nil }
            segments.append(last)
        }
        guard segments.allSatisfy({ !$0.contains("?") && !$0.contains("#") }) else { return nil }
        return (host.lowercased(), segments)
    }

    private static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var view = Substring(text)
        while let first = view.first, isSpace(first) { view = view.dropFirst() }
        while let last = view.last, isSpace(last) { view = view.dropLast() }
        return String(view)
    }

    private static func lastSegment(of path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".git"), name.count > 4 { name.removeLast(4) }
        return name
    }
}
