import SovScanModel

/// A `package.json` without a lockfile: the package itself (first-party) and its direct dependencies with their
/// ranges, flagged `unpinned`, since nothing says which versions get installed.
struct UnpinnedProject {
    let manifest: PackageJSON
    /// The folder relative to the scan root.
    let directory: String
    /// The name of the scanned folder (names a nameless package at the top).
    let rootName: String

    func catalog() -> CatalogResult {
        var result = CatalogResult()
        let nameText = manifest.name ?? ""
        let packageName = NPMPackageName(nameText)
        let local = NPMLocalPackage.isNamed(manifest) ? nil
            : NPMLocalPackage.purl(folder: directory, rootName: rootName, version: manifest.version)
        guard let rootPurl = local ?? packageName?.purl(version: manifest.version) else {
            result.diagnostics.append(Diagnostic(.warning, "the package name '\(nameText)' is not valid; skipped",
                                                 at: manifest.location))
            return result
        }
        result.components.append(Component(
            purl: rootPurl, ecosystem: .npm, group: local == nil ? packageName?.scope : nil,
            name: local?.name ?? packageName?.name ?? nameText, version: manifest.version,
            isFirstParty: true, declaredLicenses: manifest.licenses, locations: [manifest.location],
            properties: manifest.projectProperties))
        guard !manifest.dependencies.isEmpty else { return result }
        result.diagnostics.append(Diagnostic(
            .warning, "no lockfile beside this package.json: its \(manifest.dependencies.count) direct dependencies are listed with their ranges (unpinned) and their own dependencies are unknown",
            at: SourceLocation(file: manifest.file, line: 1)))

        var components: [PackageURL: Component] = [:]
        for declaration in manifest.dependencies {
            let specifier = NPMSpecifier(declaration.specifier)
            guard let name = NPMPackageName(specifier.aliasTarget ?? declaration.name),
                  let purl = name.purl(version: nil) else {
                result.diagnostics.append(Diagnostic(.warning, "'\(declaration.name)' is not a valid package name",
                                                     at: declaration.location))
                continue
            }
            var properties = ["unpinned": "true", "range": specifier.range]
            if specifier.aliasTarget != nil { properties["alias"] = declaration.name }
            if manifest.bundled.contains(declaration.name) { properties["bundled"] = "true" }
            let component = Component(
                purl: purl, ecosystem: .npm, group: name.scope, name: name.name,
                scope: declaration.kind.scope, isOptional: declaration.kind == .optional, isDirect: true,
                locations: [declaration.location], properties: properties)
            components[purl, default: component].merge(component)
            result.edges.append(DependencyEdge(from: rootPurl, to: purl, scope: declaration.kind.scope))
        }
        result.components += components.values.sorted { $0.purl < $1.purl }
        result.edges = Array(Set(result.edges)).sorted()
        return result
    }
}
