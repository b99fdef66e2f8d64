import SovScanModel

/// One of the project's own packages: the root or a workspace, with its `package.json`.
struct NPMImporter: Sendable {
    /// The folder relative to the lockfile's folder (`""` for the root, `packages/a`).
    let path: String
    let manifest: PackageJSON?
    /// The folder relative to the scan root.
    let folder: String
    /// The name of the scanned folder, which names a nameless package at the top.
    let rootName: String

    /// The package name; a package without one goes by its folder name (its purl is a local one).
    var name: String {
        NPMLocalPackage.isNamed(manifest) ? manifest?.name ?? "" : NPMPath.lastSegment(folder.isEmpty ? rootName : folder)
    }

    /// The first-party package, without dependencies.
    func package(id: String, lockfile: String) -> FlatPackage {
        var package = FlatPackage(id: id, name: name, version: manifest?.version, licenses: manifest?.licenses ?? [],
                                  locations: [manifest?.location ?? SourceLocation(file: lockfile)], isFirstParty: true,
                                  properties: manifest?.projectProperties ?? [:])
        if !NPMLocalPackage.isNamed(manifest) {
            package.localIdentity = NPMLocalPackage.purl(folder: folder, rootName: rootName, version: manifest?.version)
        }
        return package
    }
}

/// Links the entries of a yarn.lock (v1 or berry) with the root and workspace `package.json` files.
///
/// A dependency's descriptor is first rewritten by the root's `resolutions` (see `YarnResolutions`), then looked
/// up as written, with berry's default `npm:` protocol, and without the parameters berry appends to local
/// locators (`::locator=...` of `portal:`, `link:`, `file:` and relative `patch:` descriptors).
/// `portal:`, `link:` and `file:` folders are the project's own code: a workspace when the folder is one, else a
/// first-party package named and versioned by its `package.json` (never berry's `0.0.0-use.local`).
struct YarnProject {
    let entries: [YarnEntry]
    let importers: [NPMImporter]
    let lockfile: String
    /// The `package.json` files of the `portal:`, `link:` and `file:` folders that are not workspaces, by folder
    /// relative to the lockfile's folder.
    var linkedManifests: [String: PackageJSON] = [:]

    func packages() -> [String: FlatPackage] {
        var packages: [String: FlatPackage] = [:]
        var idByDescriptor: [String: String] = [:]
        var idsByBareDescriptor: [String: [(descriptor: String, id: String)]] = [:]
        var importerIDByName: [String: String] = [:]
        var importerIDByPath: [String: String] = [:]
        for importer in importers {
            let id = "importer:" + importer.path
            if NPMLocalPackage.isNamed(importer.manifest) { importerIDByName[importer.name] = id }
            importerIDByPath[importer.path] = id
            packages[id] = importer.package(id: id, lockfile: lockfile)
        }
        func register(_ descriptors: [String], as id: String) {
            for descriptor in descriptors {
                idByDescriptor[descriptor] = id
                let bare = YarnLocator.bare(descriptor)
                if bare != descriptor { idsByBareDescriptor[bare, default: []].append((descriptor, id)) }
            }
        }
        for entry in entries {
            guard let first = entry.descriptors.first else { continue }
            let descriptor = YarnDescriptor(first)
            if entry.isWorkspace {
                // `name@workspace:packages/a`: the workspace's own package.
                let path = descriptor.range.dropFirst("workspace:".count)
                let id = importerIDByPath[path == "." ? "" : String(path)] ?? importerIDByName[descriptor.name]
                if let id {
                    register(entry.descriptors, as: id)
                    continue
                }
            }
            if let local = YarnLocator(localFolderIn: first) {
                if let id = importerIDByPath[local.folder] {
                    register(entry.descriptors, as: id)
                } else {
                    packages[first] = localPackage(entry, descriptor: descriptor, locator: local)
                    register(entry.descriptors, as: first)
                }
                continue
            }
            // Berry states the name in `resolution`; yarn 1 in the registry URL (which wins over the key's name).
            let name = entry.isWorkspace ? descriptor.name
                : entry.resolvedName ?? NPMSpecifier(descriptor.range).aliasTarget
                ?? entry.resolved.flatMap(NPMPackageName.fromRegistryURL) ?? descriptor.name
            var package = FlatPackage(id: first, name: name, version: entry.version, resolved: entry.resolved,
                                      integrity: entry.integrity, locations: [entry.location],
                                      isFirstParty: entry.isWorkspace)
            package.executables = entry.executables ?? NPMKnownExecutables.of(name)
            package.dependencies = entry.dependencies.map { dependency in
                FlatDependency(name: dependency.name, kind: dependency.kind,
                               target: nil, location: entry.location, specifier: dependency.range)
            }
            packages[first] = package
            register(entry.descriptors, as: first)
        }
        let resolutions = YarnResolutions(importers.first { $0.path.isEmpty }?.manifest?.resolutions ?? [])
        func lookup(_ descriptor: String, workspace: String?) -> String? {
            if let id = idByDescriptor[descriptor] { return id }
            let candidates = idsByBareDescriptor[YarnLocator.bare(descriptor)] ?? []
            // The same relative locator in two workspaces: the one of the declaring workspace.
            return candidates.first { YarnLocator.workspacePath(of: $0.descriptor) == workspace }?.id ?? candidates.first?.id
        }
        func target(_ name: String, _ range: String, parent: String, workspace: String?) -> String? {
            let ranges = [resolutions.replacement(for: name, range: range, parent: parent), range].compactMap { $0 }
            for candidate in ranges {
                if let id = lookup(name + "@" + candidate, workspace: workspace)
                    ?? lookup(name + "@npm:" + candidate, workspace: workspace) {
                    return id
                }
            }
            return importerIDByName[name]
        }
        for (id, package) in packages {
            var package = package
            if package.isFirstParty, id.hasPrefix("importer:") {
                let importer = importers.first { "importer:" + $0.path == id }
                package.dependencies = (importer?.manifest?.dependencies ?? []).map { declaration in
                    FlatDependency(name: declaration.name, kind: declaration.kind,
                                   target: target(declaration.name, declaration.specifier, parent: package.name,
                                                  workspace: importer?.path),
                                   location: declaration.location, specifier: declaration.specifier)
                }
            } else {
                package.dependencies = package.dependencies.map { dependency in
                    FlatDependency(name: dependency.name, kind: dependency.kind,
                                   target: target(dependency.name, dependency.specifier, parent: package.name, workspace: nil),
                                   location: dependency.location, specifier: dependency.specifier)
                }
            }
            packages[id] = package
        }
        return packages
    }

    /// A `portal:`, `link:` or `file:` folder that is not a workspace: first-party, named and versioned by its
    /// `package.json` when the scan has it.
    private func localPackage(_ entry: YarnEntry, descriptor: YarnDescriptor, locator: YarnLocator) -> FlatPackage {
        let manifest = linkedManifests[locator.folder]
        let folder = NPMPath.join(NPMPath.parent(lockfile), locator.folder)
        var locations = [entry.location]
        if let manifest { locations.append(manifest.location) }
        var package = FlatPackage(
            id: entry.descriptors.first ?? descriptor.name + "@" + descriptor.range,
            name: NPMLocalPackage.isNamed(manifest) ? manifest?.name ?? descriptor.name : descriptor.name,
            version: manifest?.version ?? (entry.version == YarnLocator.placeholderVersion ? nil : entry.version),
            licenses: manifest?.licenses ?? [], locations: locations, isFirstParty: true,
            properties: ["link": locator.reference])
        if let manifest, !NPMLocalPackage.isNamed(manifest) {
            package.localIdentity = NPMLocalPackage.purl(folder: folder, rootName: importers.first?.rootName ?? "",
                                                         version: manifest.version)
        }
        package.dependencies = entry.dependencies.map { dependency in
            FlatDependency(name: dependency.name, kind: dependency.kind,
                           target: nil, location: entry.location, specifier: dependency.range)
        }
        return package
    }
}
