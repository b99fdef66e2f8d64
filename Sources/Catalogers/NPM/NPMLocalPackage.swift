import SovScanModel

/// The identity of one of the project's own `package.json` files that has no `name`.
///
/// Such a folder (tooling configuration, test fixtures, a private monorepo root) is never published, so it has no
/// registry identity: naming it `pkg:npm/<folder>` would make it someone else's package (`asap`, `babel-jest`) and
/// let third-party rules classify it. It is `pkg:generic/<folder path>` instead: the folder relative to the scan
/// root (parent folders as the namespace), or the scanned folder's own name at the top.
enum NPMLocalPackage {
    /// The purl of the nameless package in `folder` (relative to the scan root), `nil` if no purl can be formed.
    static func purl(folder: String, rootName: String, version: String?) -> PackageURL? {
        let segments = folder.split(separator: "/").map(String.init)
        let name = segments.last ?? rootName
        let namespace = segments.dropLast().joined(separator: "/")
        return try? PackageURL(type: "generic", namespace: namespace.isEmpty ? nil : namespace,
                               name: name.isEmpty ? "root" : name, version: version)
    }

    /// Whether a manifest gives the package a name (a missing or empty `name` does not).
    static func isNamed(_ manifest: PackageJSON?) -> Bool {
        !(manifest?.name ?? "").isEmpty
    }
}

extension CatalogContext {
    /// The name of the scanned root folder.
    var rootName: String {
        root.split(separator: "/").last.map(String.init) ?? ""
    }
}
