/// The manifests of one Swift package or Xcode project: a `Package.swift`, its `Package.resolved`, or the
/// `Package.resolved` Xcode keeps inside a project or workspace.
struct SwiftPackageProject: Sendable, Hashable {
    /// The folder of the package or of the `.xcodeproj`/`.xcworkspace`, relative to the scan root (`""` = root).
    var directory: String
    /// The `.xcodeproj` or `.xcworkspace` folder name, when the lockfile is Xcode's.
    var xcodeContainer: String?

    /// The name of the Xcode project or workspace (without its extension).
    var xcodeName: String? {
        guard let container = xcodeContainer, let dot = container.lastIndex(of: ".") else { return nil }
        return String(container[..<dot])
    }
    var manifest: ManifestFile?
    var resolved: ManifestFile?

    /// Groups manifests into projects. Manifests inside dependency checkouts (`.build/`, `SourcePackages/`) are
    /// dependencies' own files, read through their checkouts instead, and are left out here.
    static func group(_ manifests: [ManifestFile]) -> [SwiftPackageProject] {
        var projects: [String: SwiftPackageProject] = [:]
        for file in manifests.sorted() where !isInsideCheckouts(file.relativePath) {
            let (directory, container) = owner(of: file)
            let key = directory + "\u{0}" + (container ?? "")
            var project = projects[key] ?? SwiftPackageProject(directory: directory, xcodeContainer: container)
            switch file.kind {
            case .swiftPackageManifest: project.manifest = file
            case .swiftPackageResolved:
                // A package's own Package.resolved wins over the copy Xcode keeps under `.swiftpm/`.
                if project.resolved == nil || !file.relativePath.contains(".swiftpm/") { project.resolved = file }
            default: continue
            }
            projects[key] = project
        }
        return projects.values.sorted { ($0.directory, $0.xcodeContainer ?? "") < ($1.directory, $1.xcodeContainer ?? "") }
    }

    /// Whether a path lies inside a folder of dependency checkouts.
    static func isInsideCheckouts(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return segments.contains(".build") || segments.contains("SourcePackages")
    }

    /// The project folder and Xcode container a manifest belongs to.
    private static func owner(of file: ManifestFile) -> (String, String?) {
        let segments = file.directory.split(separator: "/").map(String.init)
        guard file.kind == .swiftPackageResolved, segments.count >= 3,
              segments[segments.count - 1] == "swiftpm", segments[segments.count - 2] == "xcshareddata" else {
            return (file.directory, nil)
        }
        var container = segments.count - 3  // the .xcworkspace
        var parts = segments
        if segments[container] == "project.xcworkspace", container >= 1, segments[container - 1].hasSuffix(".xcodeproj") {
            container -= 1
        }
        // `.swiftpm/xcode/package.xcworkspace`: Xcode's copy for a plain package; it belongs to the package folder.
        if segments[container] == "package.xcworkspace", container >= 2, segments[container - 1] == "xcode",
           segments[container - 2] == ".swiftpm" {
            parts = Array(segments[..<(container - 2)])
            return (parts.joined(separator: "/"), nil)
        }
        let name = segments[container]
        guard name.hasSuffix(".xcodeproj") || name.hasSuffix(".xcworkspace") else { return (file.directory, nil) }
        parts = Array(segments[..<container])
        return (parts.joined(separator: "/"), name)
    }

    /// The folder holding a path relative to the root (`""` at the top).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// A relative path joined to a folder relative to the root, with `.` and `..` resolved (`App` + `..` is `""`);
    /// a `..` above the root is kept.
    static func normalizedJoin(_ directory: String, _ path: String) -> String {
        var segments: [Substring] = []
        for segment in (directory + "/" + path).split(separator: "/") where segment != "." {
            if segment == "..", let last = segments.last, last != ".." {
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// Joins a folder relative to the root and a name.
    static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory + "/" + name
    }
}
