import Foundation
import SovScanModel

/// The commit and branch of a git checkout, read from the files under `.git` without running git.
///
/// Follows a `.git` file (`gitdir: ...`, worktrees and submodules) and the `commondir` of a worktree, resolves
/// `HEAD` through loose refs and `packed-refs`. A folder that is not a checkout, or whose files cannot be read,
/// gives `nil` values: a run outside git simply has no commit.
public struct GitCheckout: Sendable, Hashable {
    /// The full object id `HEAD` points at.
    public var commit: String?
    /// The branch name (`main`, `feature/x`); `nil` for a detached head.
    public var branch: String?

    public init(commit: String?, branch: String?) {
        self.commit = commit
        self.branch = branch
    }

    /// The checkout that contains `path` (a folder or a file), looking upwards for `.git`.
    public static func read(containing path: String) -> GitCheckout {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            folder.deleteLastPathComponent()
        }
        while true {
            let candidate = folder.appendingPathComponent(".git")
            if FileManager.default.fileExists(atPath: candidate.path), let gitDirectory = gitDirectory(candidate) {
                return read(gitDirectory: gitDirectory)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return GitCheckout(commit: nil, branch: nil) }
            folder = parent
        }
    }

    /// The commit and branch of a git directory (the `.git` folder, or a worktree's folder under `worktrees/`).
    public static func read(gitDirectory: URL) -> GitCheckout {
        guard let head = text(gitDirectory.appendingPathComponent("HEAD")) else { return GitCheckout(commit: nil, branch: nil) }
        let common = text(gitDirectory.appendingPathComponent("commondir"))
            .map { URL(fileURLWithPath: $0, relativeTo: gitDirectory.appendingPathComponent("/")).standardizedFileURL }
            ?? gitDirectory
        if head.hasPrefix("ref:") {
            let reference = head.dropFirst(4).trimmingCharacters(in: .whitespaces)
            let branch = reference.hasPrefix("refs/heads/") ? String(reference.dropFirst("refs/heads/".count)) : nil
            let commit = resolve(reference, in: [gitDirectory, common])
            return GitCheckout(commit: commit, branch: branch)
        }
        return GitCheckout(commit: GitObjectID.isValid(head) ? head : nil, branch: nil)
    }

    /// The git directory a `.git` entry names: itself when a folder, the `gitdir:` target when a file.
    private static func gitDirectory(_ entry: URL) -> URL? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: entry.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return entry }
        guard let content = text(entry), content.hasPrefix("gitdir:") else { return nil }
        let target = content.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
        return URL(fileURLWithPath: target, relativeTo: entry.deletingLastPathComponent().appendingPathComponent("/"))
            .standardizedFileURL
    }

    /// A reference's object id from a loose ref file or `packed-refs` of the given directories.
    private static func resolve(_ reference: String, in directories: [URL]) -> String? {
        for directory in directories {
            if let loose = text(directory.appendingPathComponent(reference)), GitObjectID.isValid(loose) { return loose }
        }
        for directory in directories {
            guard let packed = text(directory.appendingPathComponent("packed-refs")) else { continue }
            for line in packed.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && !line.hasPrefix("^") {
                let fields = line.split(separator: " ", maxSplits: 1)
                if fields.count == 2, fields[1] == reference, GitObjectID.isValid(String(fields[0])) { return String(fields[0]) }
            }
        }
        return nil
    }

    private static func text(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 1 << 20 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
