import SovScanModel

/// A dependency of a package in a lockfile that resolves by descriptor (yarn, pnpm), with its target's id.
struct FlatDependency: Sendable {
    let name: String
    let kind: NPMDependencyKind
    /// The id of the package it resolves to, `nil` when the lockfile has none.
    let target: String?
    /// Where it is declared (a `package.json` line for first-party packages, else the lockfile line).
    let location: SourceLocation?
    /// The specifier as declared, for messages.
    let specifier: String
}

/// A package of a yarn or pnpm lockfile, or one of the project's own packages (root, workspaces).
struct FlatPackage: Sendable {
    /// Unique within the lockfile (the entry key, or `importer:<path>` for first-party packages).
    let id: String
    var name: String
    var version: String?
    var resolved: String?
    var integrity: String?
    var licenses: [DeclaredLicense] = []
    var locations: [SourceLocation]
    var dependencies: [FlatDependency] = []
    var isFirstParty = false
    /// Further properties (`private` of a first-party package).
    var properties: [String: String] = [:]
    /// The purl of a first-party package without a name (see `NPMLocalPackage`); `nil` for named packages.
    var localIdentity: PackageURL?
    /// The executables the package installs as far as the lockfile tells: yarn 2+ records them; pnpm records only
    /// `hasBin`, so these are `ScriptOnlyDependencies.likelyExecutables`; for yarn 1, which records nothing, those
    /// `NPMKnownExecutables` knows, else `nil`.
    var executables: [String]?
}

/// Turns packages linked by id into components and edges. Yarn and pnpm lockfiles do not say which packages are
/// dev-only or optional, so this is computed as npm does: a package is `dev` when no path from the project's
/// production dependencies reaches it, and optional when every production path to it passes an optional one.
struct FlatLockProject {
    let packages: [String: FlatPackage]

    func catalog() -> CatalogResult {
        var diagnostics: [Diagnostic] = []
        let ids = packages.keys.sorted()
        var purlByID: [String: PackageURL] = [:]
        var components: [PackageURL: Component] = [:]
        let production = reach(kinds: [.production, .optional, .peer])
        let required = reach(kinds: [.production, .peer])

        for id in ids {
            guard let package = packages[id] else { continue }
            let name = NPMPackageName(package.name)
            guard let purl = package.localIdentity ?? name?.purl(version: package.version) else {
                diagnostics.append(Diagnostic(.warning, "'\(package.name)' is not a valid package name; skipped",
                                              at: package.locations.first))
                continue
            }
            purlByID[id] = purl
            var properties = package.properties
            if let resolved = package.resolved { properties["resolved"] = resolved }
            if let integrity = package.integrity { properties["integrity"] = integrity }
            let shipped = package.isFirstParty || production.contains(id)
            let component = Component(
                purl: purl, ecosystem: .npm, group: package.localIdentity == nil ? name?.scope : nil,
                name: package.localIdentity?.name ?? name?.name ?? package.name, version: package.version,
                scope: shipped ? .runtime : .dev,
                isOptional: !package.isFirstParty && shipped && !required.contains(id),
                isFirstParty: package.isFirstParty, declaredLicenses: package.licenses,
                locations: package.locations, properties: properties)
            if components[purl] == nil { components[purl] = component } else { components[purl]?.merge(component) }
        }

        var edges: Set<DependencyEdge> = []
        for id in ids {
            guard let package = packages[id], let from = purlByID[id] else { continue }
            for dependency in package.dependencies {
                guard let target = dependency.target, let to = purlByID[target] else {
                    if package.isFirstParty, dependency.kind != .optional, dependency.kind != .peer {
                        diagnostics.append(Diagnostic(
                            .warning, "'\(dependency.name)' (\(dependency.specifier)) is declared but not in the lockfile",
                            at: dependency.location))
                    }
                    continue
                }
                if from != to { edges.insert(DependencyEdge(from: from, to: to, scope: dependency.kind.scope)) }
                if package.isFirstParty, packages[target]?.isFirstParty == false {
                    components[to]?.isDirect = true
                    if let location = dependency.location { components[to]?.locations.append(location) }
                }
            }
        }
        return NPMCatalogOrder.result(components: components, edges: edges, diagnostics: diagnostics)
    }

    /// The ids reachable from the first-party packages through declarations of `kinds` (first-party packages'
    /// dev dependencies are only followed when `.dev` is among the kinds).
    private func reach(kinds: Set<NPMDependencyKind>) -> Set<String> {
        var seen: Set<String> = []
        var pending = packages.values.filter(\.isFirstParty).map(\.id)
        seen.formUnion(pending)
        while let id = pending.popLast() {
            for dependency in packages[id]?.dependencies ?? [] where kinds.contains(dependency.kind) {
                if let target = dependency.target, packages[target] != nil, seen.insert(target).inserted {
                    pending.append(target)
                }
            }
        }
        return seen
    }
}
