import SovScanModel

/// Catalogs npm projects: `package.json` with `package-lock.json` / `npm-shrinkwrap.json` (lockfile versions 1-3),
/// `yarn.lock` (v1 and berry) or `pnpm-lock.yaml` (5.x, 6.x, 9.x).
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
            let bytes: [UInt8]
            switch context.read(chosen) {
            case .success(let read): bytes = read
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic)
                continue
            }
            let consumedBefore = consumed
            var project: CatalogResult
            switch chosen.kind {
            case .npmPackageLock, .npmShrinkwrap:
                project = catalogPackageLock(chosen, bytes, packageJSONs: packageJSONs, consumed: &consumed, context: context)
            case .yarnLock:
                project = catalogYarnLock(chosen, bytes, packageJSONs: packageJSONs, consumed: &consumed, context: context)
            case .pnpmLock:
                project = catalogPnpmLock(chosen, bytes, packageJSONs: packageJSONs, consumed: &consumed, context: context)
            default:
                continue
            }
            // Installed packages of the root and of each workspace folder.
            let projectFolders = Set([folder] + consumed.subtracting(consumedBefore).map(NPMPath.parent)).sorted()
            InstalledPackages(context: context).enrich(&project.components, folders: projectFolders)
            result.append(project)
        }

        for file in packageJSONs.sorted() where !consumed.contains(file) {
            guard let manifest = readManifest(file, context: context, diagnostics: &result.diagnostics) else { continue }
            var project = UnpinnedProject(manifest: manifest, directory: NPMPath.parent(file), rootName: context.rootName).catalog()
            analyseSources(&project, directory: NPMPath.parent(file), manifests: ["": manifest], context: context,
                           lockfileExecutables: nil)
            result.append(project)
        }
        result.diagnostics.sort()
        return result
    }

    private func catalogPackageLock(_ file: ManifestFile, _ bytes: [UInt8], packageJSONs: Set<String>, consumed: inout Set<String>,
                                    context: CatalogContext) -> CatalogResult {
        var diagnostics: [Diagnostic] = []
        guard let lock = PackageLock.parse(bytes, file: file.relativePath, diagnostics: &diagnostics) else {
            return CatalogResult(diagnostics: diagnostics)
        }
        var manifests: [String: PackageJSON] = [:]
        for entry in lock.entries where !entry.isInstalled && !entry.isLink {
            let path = entry.path
            let manifestPath = NPMPath.join(file.directory, path, "package.json")
            guard packageJSONs.contains(manifestPath) else { continue }
            consumed.insert(manifestPath)
            manifests[path] = readManifest(manifestPath, context: context, diagnostics: &diagnostics)
        }
        var result = PackageLockProject(lock: lock, directory: file.directory, manifests: manifests,
                                        rootName: context.rootName).catalog()
        // A version 1 lockfile (npm 6) records no peer dependencies either.
        analyseSources(&result, directory: file.directory, manifests: manifests, context: context,
                       peersRecorded: lock.lockfileVersion >= 2) { path, name in
            let position = lock.positions[NPMPath.join(path, "node_modules/" + name)] ?? lock.positions["node_modules/" + name]
            return position.map { lock.entries[$0].bins } ?? []
        }
        result.diagnostics += diagnostics
        return result
    }

    /// The analyses that read the projects' source files, each project's files read once (`ProjectSourcesCache`):
    /// the dependencies only build scripts use (with a lockfile, which says what packages install:
    /// `lockfileExecutables`; `nil` for a project without one), those nothing uses (with a lockfile that records
    /// peer dependencies: `peersRecorded`), the bundled front ends, the packages shipping code
    /// imports undeclared (`UndeclaredImports`), the sides of full-stack projects (`ImportSides`) and S3 clients
    /// pointed at an endpoint of the project's own (`S3CompatibleEndpoint`); and, from its
    /// configuration alone, whether Next.js exports a project statically (`NextStaticExport`) or React Router builds
    /// it as a single-page app (`ReactRouterSPAMode`), and whether it is a
    /// Cordova app (`CordovaApp`).
    private func analyseSources(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                                context: CatalogContext, peersRecorded: Bool = true,
                                lockfileExecutables: ((String, String) -> [String])?) {
        let sources = ProjectSourcesCache(context: context)
        if let lockfileExecutables {
            markScriptOnlyDependencies(&result.components, directory: directory, manifests: manifests, sources: sources,
                                       context: context, lockfileExecutables: lockfileExecutables)
            if peersRecorded {
                markUnusedDependencies(&result.components, directory: directory, manifests: manifests, sources: sources,
                                       context: context, lockfileExecutables: lockfileExecutables)
            }
        }
        shipBundledFrontEnds(&result, directory: directory, manifests: manifests, sources: sources, context: context)
        UndeclaredImports.mark(&result, directory: directory, manifests: manifests, sources: sources, context: context)
        ImportSides.mark(&result, directory: directory, manifests: manifests, sources: sources, context: context)
        S3CompatibleEndpoint.mark(&result, directory: directory, manifests: manifests, sources: sources, context: context)
        markStaticClientApps(&result, directory: directory, manifests: manifests, context: context)
        CordovaApp.mark(&result, manifests: manifests)
    }

    /// Sets `Component.clientAppProperty` on each project (`manifests` by folder, relative to `directory`, the
    /// lockfile's folder) that its framework's configuration builds as static files no server of the framework
    /// serves: a Next.js static export (`NextStaticExport`), a React Router single-page app (`ReactRouterSPAMode`), or
    /// its own Rollup or esbuild build writes a browser bundle (`BrowserBundleBuild`).
    private func markStaticClientApps(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                                      context: CatalogContext) {
        for (path, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
            let folder = NPMPath.join(directory, path)
            guard let evidence = NextStaticExport.evidence(manifest: manifest, folder: folder, context: context)
                    ?? ReactRouterSPAMode.evidence(manifest: manifest, folder: folder, context: context)
                    ?? BrowserBundleBuild.evidence(manifest: manifest, folder: folder, context: context),
                  let index = manifest.projectIndex(in: result.components) else { continue }
            result.components[index].properties[Component.clientAppProperty] = evidence
        }
    }

    /// Sets `Component.scriptOnlyDependenciesProperty` on each project (`manifests` by folder, relative to the
    /// lockfile's) that has runtime dependencies only its scripts run (`ScriptOnlyDependencies`). A dependency's
    /// executables are those of its installed `package.json` when there is one, else those the lockfile records
    /// (`lockfileExecutables(project folder, name)`: `bin` of `package-lock.json` and of yarn 2+ lockfiles, pnpm's
    /// `hasBin` with the likely names; for yarn 1, which records nothing, the known ones of `NPMKnownExecutables`).
    /// `sources` reads each project's source files once for this and for `shipBundledFrontEnds`. With the same
    /// executables it sets `Component.programRunnersProperty` on each project whose program a runtime dependency runs
    /// where the system runs (`ProgramRunners`: `"start": "tsx ./backend/index.ts"`).
    private func markScriptOnlyDependencies(_ components: inout [Component], directory: String,
                                            manifests: [String: PackageJSON], sources: ProjectSourcesCache,
                                            context: CatalogContext,
                                            lockfileExecutables: (String, String) -> [String]) {
        let finder = ScriptOnlyDependencies(context: context)
        for (path, manifest) in manifests.sorted(by: { $0.key < $1.key }) where !manifest.scripts.isEmpty {
            let folder = NPMPath.join(directory, path)
            let folders = [folder, directory]
            let bins = { (name: String) in
                finder.installedExecutables(of: name, folders: folders) ?? lockfileExecutables(path, name)
            }
            let found = finder.find(manifest: manifest, folder: folder, sources: { sources.sources(of: folder) },
                                    bins: bins)
            let runners = ProgramRunners.find(manifest: manifest, bins: bins) { entry in
                EntryRegisterHooks.packages(entry: entry, folder: folder, manifest: manifest, context: context)
            }
            guard !found.isEmpty || !runners.isEmpty,
                  let index = manifest.projectIndex(in: components)
            else { continue }
            if !found.isEmpty {
                components[index].properties[Component.scriptOnlyDependenciesProperty] = DependencyEvidenceList.text(
                    of: found.map { ($0.name, $0.script) })
            }
            if !runners.isEmpty {
                components[index].properties[Component.programRunnersProperty] = DependencyEvidenceList.text(
                    of: runners.map { ($0.name, $0.script) })
            }
        }
    }

    /// Sets `Component.unusedDependenciesProperty` on each project (`manifests` by folder, relative to `directory`,
    /// the lockfile's folder) with runtime dependencies that nothing uses (`UnusedDependencies`); a dependency's
    /// executables are found as for `markScriptOnlyDependencies`.
    private func markUnusedDependencies(_ components: inout [Component], directory: String,
                                        manifests: [String: PackageJSON], sources: ProjectSourcesCache,
                                        context: CatalogContext, lockfileExecutables: (String, String) -> [String]) {
        let finder = ScriptOnlyDependencies(context: context)
        let found = UnusedDependencies.find(directory: directory, manifests: manifests, sources: sources,
                                            context: context) { path, name in
            finder.installedExecutables(of: name, folders: [NPMPath.join(directory, path), directory])
                ?? lockfileExecutables(path, name)
        }
        for (path, unused) in found {
            guard let index = manifests[path]?.projectIndex(in: components) else { continue }
            components[index].properties[Component.unusedDependenciesProperty] = DependencyEvidenceList.text(of: unused)
        }
    }

    /// Moves into the shipping scope what the bundled front end of each project (`manifests` by folder, relative
    /// to `directory`, the lockfile's folder) ships: the development dependencies its user interface imports and
    /// their trees (`BundledFrontEnd`, `BundledShipping`).
    private func shipBundledFrontEnds(_ result: inout CatalogResult, directory: String, manifests: [String: PackageJSON],
                                      sources: ProjectSourcesCache, context: CatalogContext) {
        for (path, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
            let folder = NPMPath.join(directory, path)
            guard let frontEnd = BundledFrontEnd.find(manifest: manifest, folder: folder, context: context,
                                                      sources: { sources.sources(of: folder) }) else { continue }
            BundledShipping.apply(frontEnd, project: manifest, to: &result, buildTooling: context.options.buildTooling)
        }
    }

    private func catalogYarnLock(_ file: ManifestFile, _ bytes: [UInt8], packageJSONs: Set<String>, consumed: inout Set<String>,
                                 context: CatalogContext) -> CatalogResult {
        var diagnostics: [Diagnostic] = []
        let isBerry = bytes.count > 0 && String(decoding: bytes.prefix(4096), as: UTF8.self).contains("__metadata:")
        let entries = isBerry
            ? YarnBerryLock.parse(bytes, file: file.relativePath, diagnostics: &diagnostics)
            : YarnLockV1.parse(bytes, file: file.relativePath, diagnostics: &diagnostics)
        if entries.isEmpty, diagnostics.contains(where: { $0.severity == .error }) { return CatalogResult(diagnostics: diagnostics) }
        // The root and the workspaces its `workspaces` globs match.
        let rootPath = NPMPath.join(file.directory, "package.json")
        var importers: [NPMImporter] = []
        if packageJSONs.contains(rootPath) {
            consumed.insert(rootPath)
            let root = readManifest(rootPath, context: context, diagnostics: &diagnostics)
            importers.append(NPMImporter(path: "", manifest: root, folder: file.directory, rootName: context.rootName))
            let globs = (root?.workspaces ?? []).compactMap { try? Glob(NPMPath.join($0)) }
            let prefix = file.directory.isEmpty ? "" : file.directory + "/"
            for candidate in packageJSONs.sorted() where candidate.hasPrefix(prefix) && candidate != rootPath {
                let folder = NPMPath.parent(String(candidate.dropFirst(prefix.count)))
                guard globs.contains(where: { $0.matches(folder) }) else { continue }
                consumed.insert(candidate)
                importers.append(NPMImporter(path: folder,
                                             manifest: readManifest(candidate, context: context, diagnostics: &diagnostics),
                                             folder: NPMPath.join(file.directory, folder), rootName: context.rootName))
            }
        } else {
            diagnostics.append(Diagnostic(.warning, "no package.json beside the yarn.lock: direct and dev dependencies are unknown",
                                          at: SourceLocation(file: file.relativePath)))
        }
        // `portal:`, `link:` and `file:` folders with a package.json of their own belong to this project.
        var linkedManifests: [String: PackageJSON] = [:]
        for descriptor in entries.flatMap(\.descriptors) {
            guard let local = YarnLocator(localFolderIn: descriptor), linkedManifests[local.folder] == nil else { continue }
            let path = NPMPath.join(file.directory, local.folder, "package.json")
            // Read even when another project has it (a `link:` into a workspace of another lockfile).
            guard packageJSONs.contains(path) else { continue }
            consumed.insert(path)
            linkedManifests[local.folder] = readManifest(path, context: context, diagnostics: &diagnostics)
        }
        var project = YarnProject(entries: entries, importers: importers, lockfile: file.relativePath)
        project.linkedManifests = linkedManifests
        let packages = project.packages()
        var result = FlatLockProject(packages: packages).catalog()
        var manifests: [String: PackageJSON] = [:]
        for importer in importers { manifests[importer.path] = importer.manifest }
        // A yarn 1 lockfile records no peer dependencies, so that what a package loads as its peer is not in the
        // graph (`UnusedDependencies` needs it).
        analyseSources(&result, directory: file.directory, manifests: manifests, context: context,
                       peersRecorded: isBerry) { path, name in
            Self.recordedExecutables(of: name, in: packages, project: path)
        }
        result.diagnostics += diagnostics
        return result
    }

    private func catalogPnpmLock(_ file: ManifestFile, _ bytes: [UInt8], packageJSONs: Set<String>, consumed: inout Set<String>,
                                 context: CatalogContext) -> CatalogResult {
        var diagnostics: [Diagnostic] = []
        var manifestDiagnostics: [Diagnostic] = []
        let lock = PnpmLock(file: file.relativePath, directory: file.directory, rootName: context.rootName)
        var manifests: [String: PackageJSON] = [:]
        let packages = lock.packages(bytes, diagnostics: &diagnostics) { path in
            let manifestPath = NPMPath.join(file.directory, path, "package.json")
            guard packageJSONs.contains(manifestPath) else { return nil }
            consumed.insert(manifestPath)
            let manifest = readManifest(manifestPath, context: context, diagnostics: &manifestDiagnostics)
            manifests[path] = manifest
            return manifest
        }
        guard let packages else { return CatalogResult(diagnostics: diagnostics + manifestDiagnostics) }
        var result = FlatLockProject(packages: packages).catalog()
        analyseSources(&result, directory: file.directory, manifests: manifests, context: context) { path, name in
            Self.recordedExecutables(of: name, in: packages, project: path)
        }
        result.diagnostics += diagnostics + manifestDiagnostics
        return result
    }

    /// The executables that the production dependency `name` of the project at `path` (relative to the lockfile's
    /// folder) installs, as a yarn or pnpm lockfile's packages record them (`FlatPackage.executables`).
    private static func recordedExecutables(of name: String, in packages: [String: FlatPackage], project path: String) -> [String] {
        let target = packages["importer:" + path]?.dependencies.first { $0.name == name && $0.kind == .production }?.target
        return target.flatMap { packages[$0]?.executables } ?? []
    }

    private func readManifest(_ path: String, context: CatalogContext, diagnostics: inout [Diagnostic]) -> PackageJSON? {
        switch context.read(ManifestFile(relativePath: path, kind: .npmPackageJSON)) {
        case .success(let bytes):
            return PackageJSON.parse(bytes, file: path, diagnostics: &diagnostics)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
