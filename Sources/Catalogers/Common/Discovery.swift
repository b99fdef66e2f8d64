import Foundation
import SovScanModel

/// Finds the manifest files under a root folder.
///
/// Other YAML and JSON files are Kubernetes manifests or ECS task definitions when their first bytes say so
/// (`KubernetesSniffer`).
/// Skips `.git`, `.build`, `target`, `node_modules`, `.terraform` and any folder or file matching an exclude glob; follows
/// symbolic links to folders only once per real folder (so link loops end); reports unreadable folders. A link
/// that leads outside the root (`vendor -> ../other-project`, `all -> /`) is not followed, with a warning, unless
/// `followsLinksOutside` is set.
public struct Discovery: Sendable {
    /// Folder names never descended into.
    /// (`.terraform` holds the providers and modules `terraform init` downloaded: their own files, not the system's.)
    public static let skippedFolders: Set<String> = [".git", ".build", "target", "node_modules", ".svn", ".hg",
                                                     ".terraform"]

    /// Exclude patterns: a pattern without `/` matches a file or folder name at any depth, one with `/` matches
    /// the path relative to the root.
    public var excludes: [Glob]
    /// Whether links leading outside the root are followed (`--follow-links-outside`).
    public var followsLinksOutside: Bool

    public init(excludes: [Glob] = [], followsLinksOutside: Bool = false) {
        self.excludes = excludes
        self.followsLinksOutside = followsLinksOutside
    }

    /// The manifests under `root` (sorted by path) and diagnostics for what could not be read.
    public func manifests(under root: String) -> (files: [ManifestFile], diagnostics: [Diagnostic]) {
        var files: [ManifestFile] = []
        var diagnostics: [Diagnostic] = []
        var visited: Set<FileIdentity> = []
        var pending: [String] = [""]
        let realRoot = FileReader.realPath(root) ?? root
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let identity = FileIdentity(path: absolute), visited.insert(identity).inserted else { continue }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: absolute)
            } catch {
                diagnostics.append(Diagnostic(.error, "cannot list the folder: \(reason(of: error))",
                                              at: SourceLocation(file: relative.isEmpty ? "." : relative)))
                continue
            }
            for entry in entries.sorted() {
                let childRelative = relative.isEmpty ? entry : relative + "/" + entry
                if isExcluded(name: entry, relativePath: childRelative) { continue }
                let childAbsolute = absolute + "/" + entry
                if !followsLinksOutside, isLink(childAbsolute),
                   let target = FileReader.realPath(childAbsolute), !FileReader.isInside(target, folder: realRoot) {
                    diagnostics.append(Diagnostic(.warning, "a link to outside the scanned folder; not followed (--follow-links-outside follows it)",
                                                  at: SourceLocation(file: childRelative), detail: DiagnosticDetail(.outsideRoot)))
                    continue
                }
                switch EntryType(path: childAbsolute) {
                case .directory:
                    if !Self.skippedFolders.contains(entry) { pending.append(childRelative) }
                case .file:
                    if let kind = ManifestKind(relativePath: childRelative) {
                        files.append(ManifestFile(relativePath: childRelative, kind: kind))
                    } else if KubernetesSniffer.mayBeManifest(name: entry),
                              let kind = KubernetesSniffer.kind(at: childAbsolute) {
                        files.append(ManifestFile(relativePath: childRelative, kind: kind))
                    }
                case .other:
                    break
                }
            }
        }
        return (files.sorted(), diagnostics)
    }

    private func isExcluded(name: String, relativePath: String) -> Bool {
        excludes.contains { glob in
            glob.pattern.contains("/") ? glob.matches(relativePath) : glob.matches(name)
        }
    }

    private func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    private func reason(of error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// Device and inode of a folder: what makes two paths the same folder.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// What a path is after following symbolic links.
private enum EntryType {
    case directory, file, other

    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .other
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFREG: self = .file
        default: self = .other
        }
    }
}
