import SovScanModel

/// Catalogs npm projects: `package.json` with `package-lock.json` / `npm-shrinkwrap.json` (lockfile versions 1-3).
///
/// Each folder with a lockfile is one project; the `package.json` files of its root and workspaces belong to it.
/// A `package.json` that no lockfile covers is cataloged alone, its dependencies unpinned.
public struct NPMCataloger: Cataloger {
    public let name = "npm"
    public let kinds: Set<ManifestKind> = [.npmPackageJSON, .npmPackageLock, .npmShrinkwrap, .yarnLock, .pnpmLock]

    public init() {}

    /// Lockfiles in the order npm and the other tools prefer them when a folder has several.
    private static let lockfilePreference: [ManifestKind] = [.npmShrinkwrap, .npmPackageLock, .yarnLock, .pnpmLock]

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        let packageJSONs = Set(manifests.filter { $0.kind == .npmPackageJSON }.map(\.relativePath))
        var consumed: Set<String> = []
        let lockfilesByFolder = Dictionary(grouping: manifests.filter { $0.kind != .npmPackageJSON }, by: \.directory)

        for folder in lockfilesByFolder.keys.sorted() {
            let lockfiles = (lockfilesByFolder[folder] ?? []).sorted {
                (Self.lockfilePreference.firstIndex(of: $0.kind) ?? 9) < (Self.lockfilePreference.firstIndex(of: $1.kind) ?? 9)
            }
            guard let chosen = lockfiles.first else { continue }
            for other in lockfiles.dropFirst() {
                result.diagnostics.append(Diagnostic(
                    .note, "ignored: \(chosen.kind.rawValue) in the same folder is read instead",
                    at: SourceLocation(file: other.relativePath)))
            }
            switch chosen.kind {
            case .npmPackageLock, .npmShrinkwrap:
                result.append(catalogPackageLock(chosen, packageJSONs: packageJSONs, consumed: &consumed, context: context))
            default:
                result.diagnostics.append(Diagnostic(
                    .warning, "\(chosen.kind.rawValue) is not read yet; the package.json beside it is cataloged unpinned",
                    at: SourceLocation(file: chosen.relativePath)))
            }
        }

        for file in packageJSONs.sorted() where !consumed.contains(file) {
            guard let manifest = readManifest(file, context: context, diagnostics: &result.diagnostics) else { continue }
            result.append(UnpinnedProject(manifest: manifest, directory: NPMPath.parent(file)).catalog())
        }
        result.diagnostics.sort()
        return result
    }

    private func catalogPackageLock(_ file: ManifestFile, packageJSONs: Set<String>, consumed: inout Set<String>,
                                    context: CatalogContext) -> CatalogResult {
        var diagnostics: [Diagnostic] = []
        let bytes: [UInt8]
        switch context.read(file) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): return CatalogResult(diagnostics: [diagnostic])
        }
        guard let lock = PackageLock.parse(bytes, file: file.relativePath, diagnostics: &diagnostics) else {
            return CatalogResult(diagnostics: diagnostics)
        }
        var manifests: [String: PackageManifest] = [:]
        for (path, entry) in lock.entries where !entry.isInstalled && !entry.isLink {
            let manifestPath = NPMPath.join(file.directory, path, "package.json")
            guard packageJSONs.contains(manifestPath) else { continue }
            consumed.insert(manifestPath)
            manifests[path] = readManifest(manifestPath, context: context, diagnostics: &diagnostics)
        }
        var result = PackageLockProject(lock: lock, directory: file.directory, manifests: manifests).catalog()
        result.diagnostics += diagnostics
        return result
    }

    private func readManifest(_ path: String, context: CatalogContext, diagnostics: inout [Diagnostic]) -> PackageManifest? {
        switch context.read(ManifestFile(relativePath: path, kind: .npmPackageJSON)) {
        case .success(let bytes):
            return PackageManifest.parse(bytes, file: path, diagnostics: &diagnostics)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
