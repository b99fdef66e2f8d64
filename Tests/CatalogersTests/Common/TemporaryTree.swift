import Foundation

/// A folder of files written for one test and removed when the test ends (`remove()`), for catalogers that read a
/// project's sources beside its manifests.
struct TemporaryTree {
    let root: URL

    /// Writes `files` (path relative to the folder: text) under a new folder in the temporary directory.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-tree-" + UUID().uuidString)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension TemporaryTree {
    /// A Swift package named `name` for `platforms` (the array's members as Swift code, `.macOS(.v14)`) with the
    /// `targets` given as Swift code, beside `sources` (path: text).
    static func swiftPackage(_ name: String, platforms: String, targets: String,
                             sources: [String: String]) throws -> TemporaryTree {
        var files = sources
        files["Package.swift"] = """
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(
            name: "\(name)",
            platforms: [\(platforms)],
            targets: [\(targets)]
        )
        """
        return try TemporaryTree(files)
    }
}
