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
        var bytes = Array(text.utf8)[...]
        while let first = bytes.first, Self.isSpace(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, Self.isSpace(last) { bytes = bytes.dropLast() }
        guard !bytes.isEmpty, !bytes.contains(where: Self.isSpace) else { return nil }
        if bytes.starts(with: "file://".utf8) {
            self = .local(path: String(decoding: bytes.dropFirst(7), as: UTF8.self))
            return
        }
        if bytes.starts(with: "/".utf8) || bytes.starts(with: "./".utf8) || bytes.starts(with: "../".utf8)
            || bytes.starts(with: "~/".utf8) {
            self = .local(path: String(decoding: bytes, as: UTF8.self))
            return
        }
        let slash = UInt8(ascii: "/")
        let colon = UInt8(ascii: ":")
        let hostAndPath: ArraySlice<UInt8>
        if let schemeEnd = Self.firstIndex(of: Array("://".utf8), in: bytes) {
            let scheme = String(decoding: bytes[..<schemeEnd], as: UTF8.self).lowercased()
            guard Self.schemes.contains(scheme) else { return nil }
            hostAndPath = bytes[(schemeEnd + 3)...]
        } else if let colonIndex = bytes.firstIndex(of: colon), !bytes[..<colonIndex].contains(slash) {
            // scp-style: [user@]host:path
            var joined = Array(bytes[..<colonIndex])
            joined.append(slash)
            joined += bytes[(colonIndex + 1)...].drop { $0 == slash }
            hostAndPath = joined[...]
        } else {
            return nil
        }
        guard let parsed = Self.split(hostAndPath) else { return nil }
        self = .remote(host: parsed.host, path: parsed.path)
    }

    private static let schemes: Set<String> = ["https", "http", "ssh", "git", "git+ssh", "git+https"]

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
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

    private static func split(_ hostAndPath: ArraySlice<UInt8>) -> (host: String, path: [String])? {
        var segments = hostAndPath.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        guard segments.count >= 3 else { return nil }
        var host = segments.removeFirst()
        if let at = host.lastIndex(of: UInt8(ascii: "@")) { host = host[(at + 1)...] }
        guard !host.isEmpty, host.allSatisfy({ byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") || byte >= 0x80
        }) else { return nil }
        guard segments.allSatisfy({ !$0.contains(UInt8(ascii: "?")) && !$0.contains(UInt8(ascii: "#")) }) else { return nil }
        var path = segments.map { String(decoding: $0, as: UTF8.self) }
        if var last = path.popLast() {
            if last.utf8.count > 4, last.lowercased().hasSuffix(".git") { last.removeLast(4) } else if last.lowercased() == ".git" { return nil }
            path.append(last)
        }
        return (String(decoding: host, as: UTF8.self).lowercased(), path)
    }

    private static func lastSegment(of path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".git"), name.count > 4 { name.removeLast(4) }
        return name
    }
}
