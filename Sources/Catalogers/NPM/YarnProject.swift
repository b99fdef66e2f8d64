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
                                  properties: manifest?.isPrivate == true ? ["private": "true"] : [:])
        if !NPMLocalPackage.isNamed(manifest) {
            package.localIdentity = NPMLocalPackage.purl(folder: folder, rootName: rootName, version: manifest?.version)
        }
        return package
    }
}

/// Links the entries of a yarn.lock (v1 or berry) with the root and workspace `package.json` files.
struct YarnProject {
    let entries: [YarnEntry]
    let importers: [NPMImporter]
    let lockfile: String

    func packages() -> [String: FlatPackage] {
        var packages: [String: FlatPackage] = [:]
        var idByDescriptor: [String: String] = [:]
        var importerIDByName: [String: String] = [:]
        var importerIDByPath: [String: String] = [:]
        for importer in importers {
            let id = "importer:" + importer.path
            if NPMLocalPackage.isNamed(importer.manifest) { importerIDByName[importer.name] = id }
            importerIDByPath[importer.path] = id
            packages[id] = importer.package(id: id, lockfile: lockfile)
        }
        for entry in entries {
            guard let first = entry.descriptors.first else { continue }
            if entry.isWorkspace {
                // `name@workspace:packages/a`: the workspace's own package.
                let path = YarnDescriptor(first).range.dropFirst("workspace:".count)
                let id = importerIDByPath[path == "." ? "" : String(path)] ?? importerIDByName[YarnDescriptor(first).name]
                if let id {
                    entry.descriptors.forEach { idByDescriptor[$0] = id }
                    continue
                }
            }
            let descriptor = YarnDescriptor(first)
            // Berry states the name in `resolution`; yarn 1 in the registry URL (which wins over the key's name).
            let name = entry.isWorkspace ? descriptor.name
                : entry.resolvedName ?? NPMSpecifier(descriptor.range).aliasTarget
                ?? entry.resolved.flatMap(NPMPackageName.fromRegistryURL) ?? descriptor.name
            var package = FlatPackage(id: first, name: name, version: entry.version, resolved: entry.resolved,
                                      integrity: entry.integrity, locations: [entry.location],
                                      isFirstParty: entry.isWorkspace)
            package.dependencies = entry.dependencies.map { dependency in
                FlatDependency(name: dependency.name, kind: dependency.kind,
                               target: nil, location: entry.location, specifier: dependency.range)
            }
            packages[first] = package
            entry.descriptors.forEach { idByDescriptor[$0] = first }
        }
        func target(_ name: String, _ range: String) -> String? {
            idByDescriptor[name + "@" + range] ?? idByDescriptor[name + "@npm:" + range] ?? importerIDByName[name]
        }
        for (id, package) in packages {
            var package = package
            if package.isFirstParty, id.hasPrefix("importer:") {
                let importer = importers.first { "importer:" + $0.path == id }
                package.dependencies = (importer?.manifest?.dependencies ?? []).map { declaration in
                    FlatDependency(name: declaration.name, kind: declaration.kind,
                                   target: target(declaration.name, declaration.specifier),
                                   location: declaration.location, specifier: declaration.specifier)
                }
            } else {
                package.dependencies = package.dependencies.map { dependency in
                    FlatDependency(name: dependency.name, kind: dependency.kind,
                                   target: target(dependency.name, dependency.specifier),
                                   location: dependency.location, specifier: dependency.specifier)
                }
            }
            packages[id] = package
        }
        return packages
    }
}
