import SovScanModel

/// Turns a parsed npm lockfile, and the `package.json` files of its root and workspaces, into components and edges.
///
/// Every entry becomes a component; entries outside `node_modules` (the root, workspace folders, `file:` targets)
/// are first-party. Edges follow Node's resolution: a dependency `d` of the package at install path `p` is the
/// nearest `x/node_modules/d` for `x` walking up from `p`; links are followed to their targets.
struct PackageLockProject {
    let lock: PackageLock
    /// The lockfile's folder relative to the scanned root (`""` at the top).
    let directory: String
    /// The `package.json` of first-party entries, by install path (`""` for the root).
    let manifests: [String: PackageJSON]
    /// The name under which each link target is installed (`packages/a` is `node_modules/@s/a`).
    let linkNames: [String: String]
    /// The name of the scanned folder (names a nameless package at the top).
    let rootName: String

    init(lock: PackageLock, directory: String, manifests: [String: PackageJSON], rootName: String) {
        self.lock = lock
        self.rootName = rootName
        self.directory = directory
        self.manifests = manifests
        var linkNames: [String: String] = [:]
        for link in lock.entries.filter(\.isLink).sorted(by: { $0.path < $1.path }) {
            if let target = link.resolved, linkNames[target] == nil,
               let name = NPMPackageName.installedName(atPath: link.path) {
                linkNames[target] = name
            }
        }
        self.linkNames = linkNames
    }

    func catalog() -> CatalogResult {
        var diagnostics: [Diagnostic] = []
        // Components by index; lockfile order (root first) keeps the output deterministic without sorting.
        var components: [Component] = []
        var indexByPurl: [PackageURL: Int] = [:]
        // The component of each entry, by the entry's position in `lock.entries`.
        var componentOfEntry = [Int?](repeating: nil, count: lock.entries.count)
        for (position, entry) in lock.entries.enumerated() where !entry.isLink {
            let path = entry.path
            guard let component = component(for: entry) else {
                diagnostics.append(Diagnostic(.warning, "the entry '\(path)' has no usable package name; skipped",
                                              at: entry.location))
                continue
            }
            if !entry.isInstalled, let manifest = manifests[path], let stated = manifest.version,
               let locked = entry.version, stated != locked {
                diagnostics.append(Diagnostic(
                    .warning, "\(lock.file) is stale: it records version \(locked) for '\(path.isEmpty ? "." : path)', "
                        + "\(manifest.file) says \(stated) (the package.json counts)",
                    at: entry.location))
            }
            if let index = indexByPurl[component.purl] {
                components[index].merge(component)
                componentOfEntry[position] = index
            } else {
                indexByPurl[component.purl] = components.count
                componentOfEntry[position] = components.count
                components.append(component)
            }
        }

        var edges = NPMEdgeList()
        for (position, entry) in lock.entries.enumerated() where !entry.isLink {
            guard let from = componentOfEntry[position] else { continue }
            let firstParty = !entry.isInstalled
            let declarations = firstParty ? (manifests[entry.path]?.dependencies ?? entry.dependencies) : entry.dependencies
            for declaration in declarations {
                guard let target = resolve(declaration.name, from: entry.path), let to = componentOfEntry[target] else {
                    if declaration.kind != .optional && declaration.kind != .peer && (firstParty || lock.lockfileVersion >= 2) {
                        diagnostics.append(Diagnostic(
                            .warning, "'\(declaration.name)' (\(declaration.specifier)) is declared but not in \(lock.file)",
                            at: declaration.location))
                    }
                    continue
                }
                if to != from { edges.add(from: from, to: to, scope: declaration.kind.scope) }
                if firstParty {
                    components[to].isDirect = true
                    components[to].locations.append(declaration.location)
                }
            }
        }

        // The root holds its workspaces (npm links them from the root's node_modules).
        if let rootPosition = lock.positions[""], let root = componentOfEntry[rootPosition] {
            for entry in lock.entries where entry.isLink {
                // Links directly in the root's node_modules.
                let path = entry.path
                guard NPMPath.parent(path) == "node_modules" || NPMPath.parent(NPMPath.parent(path)) == "node_modules"
                else { continue }
                if let target = entry.resolved.flatMap({ lock.positions[$0] }), let to = componentOfEntry[target],
                   to != root, !lock.entries[target].isInstalled {
                    edges.add(from: root, to: to, scope: .runtime)
                }
            }
        }

        for index in components.indices where components[index].locations.count > 1 {
            components[index].locations = Array(Set(components[index].locations)).sorted()
        }
        return CatalogResult(components: components, edges: edges.edges(between: components), diagnostics: diagnostics)
    }

    /// The component of one entry, `nil` when it has no valid name.
    private func component(for entry: LockEntry) -> Component? {
        let firstParty = !entry.isInstalled
        let manifest = firstParty ? manifests[entry.path] : nil
        let nameText = statedName(of: entry, manifest: manifest) ?? NPMPath.lastSegment(NPMPath.join(directory, entry.path))
        // The package.json is the truth for the project's own packages; the lockfile may be stale.
        let version = manifest?.version ?? entry.version
        // A package.json without a name has no registry identity, whatever name npm gave its folder.
        let local = manifest != nil && !NPMLocalPackage.isNamed(manifest)
            ? NPMLocalPackage.purl(folder: NPMPath.join(directory, entry.path), rootName: rootName, version: version)
            : nil
        let name = NPMPackageName(nameText)
        guard let purl = local ?? name?.purl(version: version) else { return nil }

        var scope = Scope.runtime
        if !firstParty {
            if entry.isDev { scope = .dev } else if entry.isPeer { scope = .peer }
        }
        var properties: [String: String] = [:]
        if let resolved = entry.resolved { properties["resolved"] = resolved }
        if let integrity = entry.integrity { properties["integrity"] = integrity }
        if entry.inBundle { properties["bundled"] = "true" }
        properties.merge(manifest?.projectProperties ?? [:]) { own, _ in own }
        var locations = [entry.location]
        if let manifest { locations.append(manifest.location) }
        return Component(
            purl: purl,
            ecosystem: .npm,
            group: local == nil ? name?.scope : nil,
            name: local?.name ?? name?.name ?? nameText,
            version: version,
            scope: scope,
            isOptional: !firstParty && (entry.isOptional || entry.isDevOptional),
            isFirstParty: firstParty,
            declaredLicenses: manifest?.licenses ?? entry.licenses,
            locations: locations,
            properties: properties)
    }

    /// The first name given that is not empty: the `package.json`'s, the entry's, the name a link installs the
    /// entry under.
    private func statedName(of entry: LockEntry, manifest: PackageJSON?) -> String? {
        if let name = manifest?.name, !name.isEmpty { return name }
        if !entry.name.isEmpty { return entry.name }
        if let name = linkNames[entry.path], !name.isEmpty { return name }
        return nil
    }

    /// The position in `lock.entries` of the entry `name` resolves to from the package at `path` (links
    /// followed), if any.
    private func resolve(_ name: String, from path: String) -> Int? {
        var folder = path
        while true {
            let candidate = folder.isEmpty ? "node_modules/" + name : folder + "/node_modules/" + name
            if let position = lock.positions[candidate] {
                if lock.entries[position].isLink, let target = lock.entries[position].resolved {
                    // The target's key as npm writes it (`packages/a`, `../lib`), relative to the lockfile.
                    return lock.positions[target]
                }
                return position
            }
            if folder.isEmpty { return nil }
            folder = Self.enclosingPackageFolder(of: folder)
        }
    }

    /// The next folder up whose `node_modules` Node searches: the package holding the `node_modules` a path lies
    /// in (`a/node_modules/@s/b` gives `a`), else the parent folder (`packages/x` gives `packages`).
    private static func enclosingPackageFolder(of folder: String) -> String {
        let bytes = Array(folder.utf8)
        guard let end = NPMPath.lastNodeModulesEnd(bytes) else { return NPMPath.parent(folder) }
        let start = end - "node_modules/".utf8.count
        return start == 0 ? "" : String(decoding: bytes[..<(start - 1)], as: UTF8.self)
    }
}
