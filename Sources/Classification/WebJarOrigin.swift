import SovScanModel

/// The npm package that a WebJar repackages for Maven: a WebJar's steward is that package's steward, not the
/// WebJars project (https://www.webjars.org/documentation, https://mvnpm.org/). `org.webjars.npm` writes a scoped
/// package `@scope/name` as `scope__name`; mvnpm puts the scope into the groupId (`org.mvnpm.at.scope`); the classic
/// `org.webjars` and `org.webjars.bower` artefacts mostly carry the library's npm or Bower name.
enum WebJarOrigin {
    /// The npm package of a WebJar purl (same version), or `nil` when `purl` is no WebJar.
    static func npmPackage(of purl: PackageURL) -> PackageURL? {
        guard purl.type == "maven", let group = purl.namespace, !purl.name.isEmpty else { return nil }
        var scope: String?
        var name = purl.name
        switch group {
        case "org.webjars", "org.webjars.bower", "org.mvnpm":
            break
        case "org.webjars.npm":
            if let separator = name.firstRange(of: "__") {
                scope = String(name[..<separator.lowerBound])
                name = String(name[separator.upperBound...])
            }
        default:
            guard group.hasPrefix("org.mvnpm.at.") else { return nil }
            scope = String(group.dropFirst("org.mvnpm.at.".count))
        }
        guard scope.map({ !$0.isEmpty }) ?? true, !name.isEmpty else { return nil }
        return try? PackageURL(type: "npm", namespace: scope.map { "@" + $0 }, name: name, version: purl.version)
    }
}
