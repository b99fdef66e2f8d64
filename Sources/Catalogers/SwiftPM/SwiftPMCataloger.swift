import Foundation
import SovScanModel

/// Catalogs Swift packages: `Package.resolved` (formats 1-3, and the copies Xcode keeps under
/// `*.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/`, `*.xcworkspace/xcshareddata/swiftpm/` and
/// `.swiftpm/xcode/package.xcworkspace/...`) and `Package.swift`, read statically (no Swift toolchain needed).
///
/// Per project (a package folder, or an Xcode project/workspace):
/// - The root is a first-party component `pkg:swift/local/<name>` (the `Package(name:)`, else the Xcode project or
///   workspace name, else the folder name), property `root: true`.
/// - Every pin is a component `pkg:swift/<host>/<owner>/<name>@<version>`; without a version, the revision (else
///   the branch) is the version, and `revision`/`branch` are properties. Registry pins are `pkg:swift/<scope>/<name>`,
///   local ones `pkg:swift/local/<name>`. Properties: `identity`, `kind`, `location`, `requirement` (from the manifest).
/// - Direct dependencies are the pins named in `Package.swift` (for Xcode: the package references of
///   `project.pbxproj`, or of the projects a workspace names); all other pins are transitive.
/// - Edges: root -> direct pins. When checkouts exist (`.build/checkouts/*`, matched through
///   `.build/workspace-state.json`, or Xcode's `SourcePackages/checkouts/*`), a pin -> the pins its own
///   `Package.swift` (else its `Package.resolved`) names. A pin without a checkout whose `Package.swift` the
///   options' `SwiftManifestSource` gives (the cache of GitHub's contents API at the pinned revision; fetched with
///   `--online`) gets its edges from that file the same way. The parent pin's property `dependencies-from` names
///   the file read (a path of the tree, or the URL without credentials). A pin whose parent is still unknown hangs
///   off the root with property `parent: unknown` (and stays `isDirect == false`).
/// - Scope: `test` for direct dependencies used only by `.testTarget`s and for the pins only they reach; otherwise
///   `runtime` (also when the targets cannot be read).
/// - Licence files: the top-level `LICENSE*`, `LICENCE*`, `COPYING*`, `NOTICE*`, `COPYRIGHT*`, `UNLICENSE*` files of
///   a pin's checkout (or registry download, `.build/registry/downloads/<scope>/<name>/<version>`), as paths
///   relative to the scan root, in `Component.licenseFiles`; the enrich stage identifies their texts. A checkout
///   without one gives a note.
/// - Without `Package.resolved`, the declared dependencies are components with their requirement and property
///   `unpinned: true` (an `exact:` or `revision:` requirement is the version); a warning says they are not pinned.
/// - Local packages of an Xcode project (a `Package.swift` folder the project references, as a local package
///   reference or a folder reference, and the local packages those name by `path:`) have no `Package.resolved` of
///   their own: the project's pins them. Their declarations are not listed again, unpinned: each becomes an edge from
///   the local package to the pin, the pin is direct, and its scope is that of its strongest use (a pin only test
///   targets use is `test`). Only declarations the project's lockfile does not pin are unpinned, with a warning.
/// - Manifests inside `.build/` or `SourcePackages/` are dependencies' own files and not projects of the system.
/// - A package folder that an application target of an XcodeGen spec (`project.yml` in its folder or one above;
///   `XcodeGenSpec`) depends on is a client app (property `client-app`), and so is a package that an Xcode project
///   with an application target links (`XcodeAppLinkedPackages`), with or without a `Package.resolved` of its own.
public struct SwiftPMCataloger: Cataloger {
    public let name = "swiftpm"
    public let kinds: Set<ManifestKind> = [.swiftPackageResolved, .swiftPackageManifest]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        var projects: [ReadProject] = []
        for project in SwiftPackageProject.group(manifests.filter { kinds.contains($0.kind) }) {
            let read = read(project, in: context)
            result.diagnostics += read.diagnostics
            projects.append(read)
        }
        let entries: [XcodeLocalPackages.Project] = projects.map { ($0.project, $0.manifest, $0.localFolders) }
        let workspaces = XcodeLocalPackages(entries)
        let generatedAppLinks = xcodeGenLinks(projects.map(\.project.directory), context: context)
        let xcodeAppLinks = XcodeAppLinkedPackages.evidence(entries)
        for (index, project) in projects.enumerated() {
            guard var root = project.root else {
                result.diagnostics.append(Diagnostic(.error, "the package name cannot form a purl; the project is not read",
                                                     at: project.manifest?.declaredAt))
                continue
            }
            if root.properties[Component.clientAppProperty] == nil, project.project.xcodeContainer == nil,
               let app = generatedAppLinks[project.project.directory] ?? xcodeAppLinks[project.project.directory] {
                root.properties[Component.clientAppProperty] = app
            }
            if project.project.xcodeContainer == nil, root.properties[Component.clientAppProperty] == nil,
               VirtualizationHost.reads(project.manifest) || DeviceFrameworkImports.reads(project.manifest) {
                let imports = PackageImports.read(inPackage: project.project.directory, manifest: project.manifest,
                                                  among: VirtualizationHost.modules.union(DeviceFrameworkImports.modules),
                                                  context: context)
                if let host = VirtualizationHost.evidence(manifest: project.manifest, imports: imports) {
                    root.properties[Component.platformHostProperty] = host
                } else if let client = DeviceFrameworkImports.evidence(manifest: project.manifest, imports: imports) {
                    root.properties[Component.clientAppProperty] = client
                }
            }
            if project.project.xcodeContainer == nil, SotoS3Endpoint.declaresSoto(project.manifest),
               let endpoint = SotoS3Endpoint.evidence(inPackage: project.project.directory, context: context) {
                root.properties[Component.s3EndpointProperty] = endpoint
            }
            result.components.append(root)
            var builder = SwiftProjectGraph(root: root.purl, manifest: project.manifest, checkouts: project.checkouts,
                                            context: context)
            if let resolved = project.resolved {
                let members = workspaces.members(of: index).compactMap { member -> (PackageURL, PackageManifest)? in
                    guard let purl = projects[member].root?.purl, let manifest = projects[member].manifest else { return nil }
                    return (purl, manifest)
                }
                builder.addPins(resolved.pins, localPackages: members)
                for member in workspaces.referenced(by: index) {
                    if let purl = projects[member].root?.purl, purl != root.purl {
                        builder.addLocalPackageEdge(to: purl)
                    }
                }
                builder.addUnpinnedDeclarations()
            } else if let owner = workspaces.owner(of: index), let lockfile = projects[owner].project.resolved,
                      let pins = projects[owner].resolved?.pins {
                // A local package of an Xcode project: the project's Package.resolved pins its dependencies, and
                // the project's graph lists them.
                builder.addUnpinnedDeclarations(pinnedBy: lockfile.relativePath, identities: Set(pins.map(\.identity)))
            } else {
                if let manifest = project.manifest, let file = project.project.manifest, !manifest.dependencies.isEmpty {
                    result.diagnostics.append(Diagnostic(.warning, "no Package.resolved beside Package.swift: the dependencies are not pinned and transitive ones are unknown",
                                                         at: SourceLocation(file: file.relativePath)))
                }
                builder.addUnpinnedDeclarations()
            }
            result.append(builder.result)
        }
        return result
    }

    /// One project with its files read.
    private struct ReadProject {
        var project: SwiftPackageProject
        var manifest: PackageManifest?
        var resolved: ResolvedFile?
        /// The folders an Xcode project may open as local packages (relative to the scan root).
        var localFolders: [String] = []
        var checkouts: SwiftCheckouts
        var root: Component?
        var diagnostics: [Diagnostic] = []
    }

    private func read(_ project: SwiftPackageProject, in context: CatalogContext) -> ReadProject {
        var diagnostics: [Diagnostic] = []
        var manifest: PackageManifest?
        var localFolders: [String] = []
        if let file = project.manifest {
            switch context.read(file) {
            case .success(let bytes):
                let (read, problems) = PackageManifestParser.parse(bytes, file: file.relativePath)
                manifest = read
                diagnostics += problems
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        if manifest == nil, let container = project.xcodeContainer {
            let references = xcodeReferences(project, container: container, context: context)
            manifest = references.manifest
            localFolders = references.localFolders
            diagnostics += references.diagnostics
        }
        var resolved: ResolvedFile?
        if let file = project.resolved {
            switch context.read(file) {
            case .success(let bytes):
                let (read, problems) = PackageResolvedParser.parse(bytes, file: file.relativePath)
                resolved = read
                diagnostics += problems
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        let checkouts = SwiftCheckouts(projectDirectory: project.directory, context: context)
        diagnostics += checkouts.diagnostics
        return ReadProject(project: project, manifest: manifest, resolved: resolved, localFolders: localFolders,
                           checkouts: checkouts, root: rootComponent(project, manifest: manifest, context: context),
                           diagnostics: diagnostics)
    }

    /// The package references of the Xcode project (or of the projects a workspace names): its direct
    /// dependencies, and the folders it may open as local packages (relative to the scan root).
    private func xcodeReferences(_ project: SwiftPackageProject, container: String, context: CatalogContext)
        -> (manifest: PackageManifest?, localFolders: [String], diagnostics: [Diagnostic]) {
        let containerPath = SwiftPackageProject.join(project.directory, container)
        var projectPaths: [String] = []
        if container.hasSuffix(".xcodeproj") {
            projectPaths = [containerPath]
        } else {
            let data = containerPath + "/contents.xcworkspacedata"
            guard case .success(let bytes) = context.files.read(context.absolutePath(data), reportedAs: data) else {
                return (nil, [], [])
            }
            projectPaths = XcodeProjectReader.projects(inWorkspaceData: bytes).map { SwiftPackageProject.join(project.directory, $0) }
        }
        var manifest: PackageManifest?
        var localFolders: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in projectPaths {
            let file = path + "/project.pbxproj"
            guard case .success(let bytes) = context.files.read(context.absolutePath(file), reportedAs: file) else {
                // A project generated from an XcodeGen spec beside it is not committed: the spec tells its packages.
                let spec = SwiftPackageProject.join(SwiftPackageProject.parent(of: path), "project.yml")
                if case .success(let specBytes) = context.files.read(context.absolutePath(spec), reportedAs: spec),
                   let references = XcodeGenSpec.packageReferences(specBytes, file: spec) {
                    manifest = Self.merging(manifest, references)
                }
                continue
            }
            let (references, problems) = XcodeProjectReader.packageReferences(bytes, file: file)
            manifest = Self.merging(manifest, references)
            let projectFolder = SwiftPackageProject.parent(of: path)
            localFolders += XcodeProjectReader.localPackageFolders(bytes).map {
                SwiftPackageProject.normalizedJoin(projectFolder, $0)
            }
            diagnostics += problems
        }
        return (manifest, localFolders, diagnostics)
    }

    /// The package references of one more project of a workspace merged into those read so far.
    private static func merging(_ manifest: PackageManifest?, _ references: PackageManifest) -> PackageManifest {
        var merged = PackageManifest(dependencies: (manifest?.dependencies ?? []) + references.dependencies,
                                     applicationTargets: (manifest?.applicationTargets ?? []) + references.applicationTargets)
        merged.linkedProducts = (manifest?.linkedProducts ?? []) + references.linkedProducts
        merged.linkedPackageProducts = (manifest?.linkedPackageProducts ?? []) + references.linkedPackageProducts
        merged.unreferencedLinkedProducts = (manifest?.unreferencedLinkedProducts ?? []) + references.unreferencedLinkedProducts
        merged.xcodeSDKs = (manifest?.xcodeSDKs ?? []).union(references.xcodeSDKs)
        // Test-only in one project of a workspace but linked by an app of another: not test-only.
        merged.testOnlyPackages = (manifest?.testOnlyPackages ?? []).union(references.testOnlyPackages)
            .subtracting(merged.linkedPackageProducts.map(\.package))
        return merged
    }

    /// The local packages that XcodeGen specs (`project.yml` in a project's folder or a folder above it) say an
    /// application links, by folder, with the evidence: a repository that generates its Xcode project commits no
    /// `project.pbxproj` to tell.
    private func xcodeGenLinks(_ directories: [String], context: CatalogContext) -> [String: String] {
        var folders = Set<String>()
        for directory in directories {
            var current = directory
            while folders.insert(current).inserted, !current.isEmpty { current = SwiftPackageProject.parent(of: current) }
        }
        var links: [String: String] = [:]
        for folder in folders.sorted() {
            let path = SwiftPackageProject.join(folder, "project.yml")
            guard case .success(let bytes) = context.files.read(context.absolutePath(path), reportedAs: path) else { continue }
            for (packageFolder, target) in XcodeGenSpec.appLinkedPackageFolders(bytes, folder: folder).sorted(by: { $0.key < $1.key })
            where links[packageFolder] == nil {
                links[packageFolder] = "XcodeGen application target \(target) (\(path))"
            }
        }
        return links
    }

    /// The project itself: `pkg:swift/local/<name>`, first-party.
    private func rootComponent(_ project: SwiftPackageProject, manifest: PackageManifest?, context: CatalogContext) -> Component? {
        let folderName = project.directory.split(separator: "/").last.map(String.init)
            ?? URL(fileURLWithPath: context.root).lastPathComponent
        let name = project.xcodeName ?? manifest?.name ?? folderName
        guard let purl = try? PackageURL(type: "swift", namespace: "local", name: name) else { return nil }
        var locations: [SourceLocation] = []
        if let declared = manifest?.declaredAt { locations.append(declared) }
        if let resolved = project.resolved { locations.append(SourceLocation(file: resolved.relativePath)) }
        var properties = ["root": "true"]
        if !project.directory.isEmpty { properties["path"] = project.directory }
        if let evidence = manifest?.clientAppEvidence { properties[Component.clientAppProperty] = evidence }
        return Component(purl: purl, ecosystem: .swift, group: "local", name: name,
                         isFirstParty: true, locations: locations.sorted(), properties: properties)
    }

    /// `LICENSE`, `LICENCE`, `COPYING`, `NOTICE`, `COPYRIGHT`, `UNLICENSE` in any case, alone, with a text
    /// extension (`.txt`, `.md`, `.rst`, `.markdown`) or with a suffix after `-`/`_`/`.` (`LICENSE-MIT`,
    /// `COPYING.LESSER`).
    public static func isLicenseFileName(_ name: String) -> Bool {
        let upper = name.uppercased()
        for stem in ["LICENSE", "LICENCE", "COPYING", "NOTICE", "COPYRIGHT", "UNLICENSE"] where upper.hasPrefix(stem) {
            let rest = upper.dropFirst(stem.count)
            if rest.isEmpty || [".TXT", ".MD", ".RST", ".MARKDOWN"].contains(String(rest)) { return true }
            if let first = rest.first, first == "-" || first == "_" || first == "." { return true }
        }
        return false
    }
}
