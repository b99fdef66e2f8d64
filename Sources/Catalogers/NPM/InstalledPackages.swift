import SovScanModel

/// What npm, yarn or pnpm installed under `node_modules`: each package's own `package.json` licence and its licence
/// files. This is where licences come from when the lockfile has none (lockfile v1, yarn, pnpm). Never required.
struct InstalledPackages {
    let context: CatalogContext

    /// Folders deeper than this many nested `node_modules` are not read (a guard against link loops).
    static let maximumDepth = 32

    /// An installed package's folder (relative to the root), found by `name@version`.
    private struct Installed {
        let folder: String
        let manifest: PackageJSON
    }

    /// Adds licences and licence files of installed packages to `components` (matched by name and version),
    /// reading the `node_modules` of each of `folders` (relative to the root). Does nothing without `node_modules`.
    func enrich(_ components: inout [Component], folders: [String]) {
        let installed = index(folders: folders)
        guard !installed.isEmpty else { return }
        for position in components.indices where !components[position].isFirstParty {
            let component = components[position]
            guard let version = component.version,
                  let found = installed[component.displayName + "@" + version] else { continue }
            for license in found.manifest.licenses where !component.declaredLicenses.contains(license) {
                components[position].declaredLicenses.append(license)
            }
            components[position].licenseFiles = licenseFiles(in: found.folder)
        }
    }

    /// The packages under the `node_modules` of `folders`, nested ones and pnpm's `.pnpm` store included.
    private func index(folders: [String]) -> [String: Installed] {
        var installed: [String: Installed] = [:]
        var visited: Set<String> = []
        var pending: [(folder: String, depth: Int)] = folders.map { (NPMPath.join($0, "node_modules"), 0) }
        while let (modules, depth) = pending.popLast() {
            guard depth <= Self.maximumDepth, visited.insert(modules).inserted else { continue }
            var packageFolders: [String] = []
            for name in context.files.contents(ofFolder: context.absolutePath(modules)) {
                let folder = modules + "/" + name
                if name == ".pnpm" {
                    for entry in context.files.contents(ofFolder: context.absolutePath(folder)) {
                        pending.append((folder + "/" + entry + "/node_modules", depth + 1))
                    }
                } else if name.hasPrefix("@") {
                    packageFolders += context.files.contents(ofFolder: context.absolutePath(folder)).map { folder + "/" + $0 }
                } else if !name.hasPrefix(".") {
                    packageFolders.append(folder)
                }
            }
            for folder in packageFolders {
                let manifestPath = folder + "/package.json"
                guard case .success(let bytes) = context.files.read(context.absolutePath(manifestPath), reportedAs: manifestPath)
                else { continue }
                // A broken installed package.json only means no licence from it.
                var ignored: [Diagnostic] = []
                guard let manifest = PackageJSON.parse(bytes, file: manifestPath, diagnostics: &ignored),
                      let name = manifest.name, let version = manifest.version else { continue }
                if installed[name + "@" + version] == nil {
                    installed[name + "@" + version] = Installed(folder: folder, manifest: manifest)
                }
                pending.append((folder + "/node_modules", depth + 1))
            }
        }
        return installed
    }

    /// The licence files at the top of a package folder (`LICENSE`, `LICENCE.md`, `COPYING`, `LICENSE-MIT`...).
    private func licenseFiles(in folder: String) -> [String] {
        context.files.contents(ofFolder: context.absolutePath(folder)).filter { name in
            let lowered = name.lowercased()
            return ["license", "licence", "copying", "unlicense"].contains { lowered.hasPrefix($0) }
        }.map { folder + "/" + $0 }
    }
}
