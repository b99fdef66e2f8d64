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
///   `Package.swift` (else its `Package.resolved`) names. A pin whose parent is still unknown hangs off the root
///   with property `parent: unknown` (and stays `isDirect == false`).
/// - Scope: `test` for direct dependencies used only by `.testTarget`s and for the pins only they reach; otherwise
///   `runtime` (also when the targets cannot be read).
/// - Licence files: the top-level `LICENSE*`, `LICENCE*`, `COPYING*`, `NOTICE*`, `COPYRIGHT*`, `UNLICENSE*` files of
///   a pin's checkout (or registry download, `.build/registry/downloads/<scope>/<name>/<version>`), as paths
///   relative to the scan root, in `Component.licenseFiles`; the enrich stage identifies their texts. A checkout
///   without one gives a note.
/// - Without `Package.resolved`, the declared dependencies are components with their requirement and property
///   `unpinned: true` (an `exact:` or `revision:` requirement is the version); a warning says they are not pinned.
/// - Manifests inside `.build/` or `SourcePackages/` are dependencies' own files and not projects of the system.
public struct SwiftPMCataloger: Cataloger {
    public let name = "swiftpm"
    public let kinds: Set<ManifestKind> = [.swiftPackageResolved, .swiftPackageManifest]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        for project in SwiftPackageProject.group(manifests.filter { kinds.contains($0.kind) }) {
            result.append(catalog(project, in: context))
        }
        return result
    }

    private func catalog(_ project: SwiftPackageProject, in context: CatalogContext) -> CatalogResult {
        var result = CatalogResult()
        var manifest: PackageManifest?
        if let file = project.manifest {
            switch context.read(file) {
            case .success(let bytes):
                let (read, diagnostics) = PackageManifestParser.parse(bytes, file: file.relativePath)
                manifest = read
                result.diagnostics += diagnostics
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic)
            }
        }
        if manifest == nil, let container = project.xcodeContainer {
            let (references, diagnostics) = xcodeReferences(project, container: container, context: context)
            manifest = references
            result.diagnostics += diagnostics
        }
        var resolved: ResolvedFile?
        if let file = project.resolved {
            switch context.read(file) {
            case .success(let bytes):
                let (read, diagnostics) = PackageResolvedParser.parse(bytes, file: file.relativePath)
                resolved = read
                result.diagnostics += diagnostics
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic)
            }
        }
        let checkouts = SwiftCheckouts(projectDirectory: project.directory, context: context)
        result.diagnostics += checkouts.diagnostics
        guard let root = rootComponent(project, manifest: manifest, context: context) else {
            result.diagnostics.append(Diagnostic(.error, "the package name cannot form a purl; the project is not read",
                                                 at: manifest?.declaredAt))
            return result
        }
        result.components.append(root)
        var builder = SwiftProjectGraph(root: root.purl, manifest: manifest, checkouts: checkouts, context: context)
        if let resolved {
            builder.addPins(resolved.pins)
        } else if let manifest, let file = project.manifest, !manifest.dependencies.isEmpty {
            result.diagnostics.append(Diagnostic(.warning, "no Package.resolved beside Package.swift: the dependencies are not pinned and transitive ones are unknown",
                                                 at: SourceLocation(file: file.relativePath)))
        }
        builder.addUnpinnedDeclarations()
        result.append(builder.result)
        return result
    }

    /// The package references of the Xcode project (or of the projects a workspace names): its direct dependencies.
    private func xcodeReferences(_ project: SwiftPackageProject, container: String,
                                 context: CatalogContext) -> (PackageManifest?, [Diagnostic]) {
        let containerPath = SwiftPackageProject.join(project.directory, container)
        var projectPaths: [String] = []
        if container.hasSuffix(".xcodeproj") {
            projectPaths = [containerPath]
        } else {
            let data = containerPath + "/contents.xcworkspacedata"
            guard case .success(let bytes) = context.files.read(context.absolutePath(data), reportedAs: data) else { return (nil, []) }
            projectPaths = XcodeProjectReader.projects(inWorkspaceData: bytes).map { SwiftPackageProject.join(project.directory, $0) }
        }
        var manifest: PackageManifest?
        var diagnostics: [Diagnostic] = []
        for path in projectPaths {
            let file = path + "/project.pbxproj"
            guard case .success(let bytes) = context.files.read(context.absolutePath(file), reportedAs: file) else { continue }
            let (references, problems) = XcodeProjectReader.packageReferences(bytes, file: file)
            manifest = PackageManifest(dependencies: (manifest?.dependencies ?? []) + references.dependencies,
                                       applicationTargets: (manifest?.applicationTargets ?? []) + references.applicationTargets)
            diagnostics += problems
        }
        return (manifest, diagnostics)
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
