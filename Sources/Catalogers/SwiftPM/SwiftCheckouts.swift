import Foundation
import SovScanModel

/// The dependency checkouts of one project (`.build/checkouts/*` of SwiftPM, `SourcePackages/checkouts/*` of
/// Xcode's `-clonedSourcePackagesDirPath`, and registry downloads `.build/registry/downloads/<scope>/<name>/<version>`),
/// with `.build/workspace-state.json` telling which folder holds which package when it is present.
struct SwiftCheckouts {
    /// Checkout folders relative to the scan root, keyed by lower-cased folder name.
    private var folders: [String: String] = [:]
    /// Package identity -> folder name, from `workspace-state.json`.
    private var subpaths: [String: String] = [:]
    /// The registry downloads folder of the project, relative to the scan root.
    private let registryDownloads: String
    private let context: CatalogContext
    /// Problems reading `workspace-state.json`.
    private(set) var diagnostics: [Diagnostic] = []

    /// Finds the checkouts of the project in `directory`.
    init(projectDirectory directory: String, context: CatalogContext) {
        self.context = context
        registryDownloads = SwiftPackageProject.join(directory, ".build/registry/downloads")
        for base in [".build/checkouts", "SourcePackages/checkouts"] {
            let relative = SwiftPackageProject.join(directory, base)
            for entry in Self.folderEntries(context.absolutePath(relative)) where folders[entry.lowercased()] == nil {
                folders[entry.lowercased()] = relative + "/" + entry
            }
        }
        let state = SwiftPackageProject.join(directory, ".build/workspace-state.json")
        if context.files.exists(context.absolutePath(state)) { readWorkspaceState(state) }
    }

    /// The checkout folder of a package (relative to the scan root), if it was checked out or downloaded.
    func folder(identity: String, location: SwiftRepositoryLocation, version: String?) -> String? {
        if case .registry(let scope, let name) = location {
            guard let version else { return nil }
            var path = registryDownloads
            for segment in [scope, name, version] {
                guard let entry = Self.folderEntries(context.absolutePath(path))
                    .first(where: { $0.lowercased() == segment.lowercased() }) else { return nil }
                path += "/" + entry
            }
            return path
        }
        if let subpath = subpaths[identity], let folder = folders[subpath.lowercased()] { return folder }
        return folders[location.name.lowercased()] ?? folders[identity]
    }

    /// The licence files at the top of a checkout folder, relative to the scan root, sorted.
    func licenseFiles(in folder: String) -> [String] {
        // Through the context's reader: a checkout linked outside the root lists nothing.
        context.files.contents(ofFolder: context.absolutePath(folder)).filter(SwiftPMCataloger.isLicenseFileName).compactMap { name in
            let path = folder + "/" + name
            return context.files.exists(context.absolutePath(path)) ? path : nil
        }
    }

    private mutating func readWorkspaceState(_ path: String) {
        guard case .success(let bytes) = context.files.read(context.absolutePath(path), reportedAs: path) else { return }
        guard let document = try? JSONDocument(bytes: bytes) else {
            diagnostics.append(Diagnostic(.warning, "workspace-state.json is not valid JSON; checkouts are matched by folder name",
                                          at: SourceLocation(file: path)))
            return
        }
        for dependency in document.root["object"]?["dependencies"]?.array ?? [] {
            guard let identity = dependency["packageRef"]?["identity"]?.string,
                  let subpath = dependency["subpath"]?.string else { continue }
            subpaths[identity.lowercased()] = subpath
        }
    }

    private static func folderEntries(_ path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}
