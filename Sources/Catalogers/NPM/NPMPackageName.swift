import Foundation
import SovScanModel

/// An npm package name split into its scope (`@types`) and bare name (`node`).
struct NPMPackageName: Hashable, Sendable {
    /// The scope with its `@`, or `nil` for unscoped packages.
    let scope: String?
    /// The name without the scope.
    let name: String

    /// Splits `@scope/name` or `name`; `nil` for an empty name, a scope without a name, or a further `/`.
    init?(_ fullName: String) {
        if fullName.hasPrefix("@") {
            guard let slash = fullName.firstIndex(of: "/") else { return nil }
            let scopePart = String(fullName[..<slash])
            let namePart = String(fullName[fullName.index(after: slash)...])
            guard scopePart.count > 1, !namePart.isEmpty, !namePart.utf8.contains(UInt8(ascii: "/")) else { return nil }
            scope = scopePart
            name = namePart
        } else {
            guard !fullName.isEmpty, !fullName.utf8.contains(UInt8(ascii: "/")) else { return nil }
            scope = nil
            name = fullName
        }
    }

    /// `@scope/name` or `name`.
    var fullName: String { scope.map { "\($0)/\(name)" } ?? name }

    /// The name a registry tarball URL names (`https://registry.npmjs.org/@s/n/-/n-1.0.0.tgz` gives `@s/n`).
    static func fromRegistryURL(_ url: String) -> String? {
        guard let marker = url.range(of: "/-/") else { return nil }
        let path = url[..<marker.lowerBound]
        let segments = path.split(separator: "/")
        guard let last = segments.last else { return nil }
        if segments.count >= 2, segments[segments.count - 2].hasPrefix("@") {
            return String(segments[segments.count - 2]).removingPercentEncoding.map { $0 + "/" + last }
        }
        return String(last).removingPercentEncoding
    }

    /// The purl `pkg:npm/%40scope/name@version`.
    func purl(version: String?) -> PackageURL? {
        try? PackageURL(type: "npm", namespace: scope, name: name, version: version)
    }

    /// The package name at the end of an install path (`a/node_modules/@s/b` gives `@s/b`), `nil` when the path
    /// does not end in a `node_modules` folder entry.
    static func installedName(atPath path: String) -> String? {
        let bytes = Array(path.utf8)
        guard let end = NPMPath.lastNodeModulesEnd(bytes), end < bytes.count else { return nil }
        return String(decoding: bytes[end...], as: UTF8.self)
    }
}

/// What a dependency specifier (`^1.2.0`, `npm:real@^1`, `github:o/r`, `file:../x`) points at.
struct NPMSpecifier: Hashable, Sendable {
    /// The real package name when the specifier is an alias (`npm:real@range`).
    let aliasTarget: String?
    /// The version range or reference after removing an alias prefix.
    let range: String
    /// Whether the specifier names something other than a registry version (git, file, link, URL).
    let isNonRegistry: Bool

    init(_ text: String) {
        var rest = Substring(text)
        var target: String?
        if rest.hasPrefix("npm:") {
            rest = rest.dropFirst(4)
            // The `@` that separates name and range is not the one of a scope.
            let searchStart = rest.hasPrefix("@") ? rest.index(after: rest.startIndex) : rest.startIndex
            // `npm:^1.0.0` (yarn berry's default protocol) names no other package.
            if let at = rest[searchStart...].firstIndex(of: "@"), at > rest.startIndex {
                target = String(rest[..<at])
                rest = rest[rest.index(after: at)...]
            } else if !rest.contains(where: { "^~<>=*| ".contains($0) }), !(rest.first?.isNumber ?? false) {
                target = String(rest)
                rest = ""
            }
        }
        aliasTarget = target
        range = String(rest)
        let lowered = range.lowercased()
        isNonRegistry = ["git", "github:", "gitlab:", "bitbucket:", "gist:", "file:", "link:", "http:", "https:",
                         "workspace:", "portal:", "patch:"].contains { lowered.hasPrefix($0) }
            || (!lowered.hasPrefix("@") && lowered.contains("/") && !lowered.contains(" "))
    }
}
