import Foundation
import SovScanModel

/// Catalogs Swift packages: `Package.resolved` (formats 1-3, also Xcode's copies) and `Package.swift` read
/// statically, with the graph from the checkouts' own manifests and the licence files of the checkouts.
///
/// Per project (a package folder or an Xcode project/workspace):
/// - the root package is a first-party component `pkg:swift/local/<name>`;
/// - every pin is a component; the pins named in `Package.swift` are direct, the rest transitive;
/// - edges: root -> direct pins; a checked-out pin -> the pins its own `Package.swift` (or `Package.resolved`)
///   names; a transitive pin whose parent is not known hangs off the root with the property `parent: unknown`;
/// - without `Package.resolved`, the direct dependencies are reported with their requirement and `unpinned: true`.
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
            manifest = PackageManifest(dependencies: (manifest?.dependencies ?? []) + references.dependencies)
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
