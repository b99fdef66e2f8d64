/// `/`-separated relative path arithmetic for install paths and manifest paths.
enum NPMPath {
    /// Joins path parts, dropping empty parts and resolving `.` and `..` (a `..` above the start is kept).
    static func join(_ parts: String...) -> String {
        var segments: [Substring] = []
        for part in parts {
            for segment in part.split(separator: "/", omittingEmptySubsequences: true) {
                if segment == "." { continue }
                if segment == "..", let last = segments.last, last != ".." {
                    segments.removeLast()
                } else {
                    segments.append(segment)
                }
            }
        }
        return segments.joined(separator: "/")
    }

    /// Whether `path` is `""` or a relative path of named segments, optionally after leading `..` segments (a
    /// linked folder beside the project, `../shared`): not absolute, no `.`, empty or later `..` segment, no
    /// backslash or NUL. Lockfile keys must be; `node_modules/..` or `/etc` would name no package at all.
    /// Works on bytes: this runs for every lockfile entry, and splitting a `String` walks its characters.
    static func isPlainRelative(_ path: String) -> Bool {
        guard !path.isEmpty else { return true }
        guard !path.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 0 }) else { return false }
        let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let named = segments.drop { $0.elementsEqual("..".utf8) }
        return !named.isEmpty && named.allSatisfy { !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) }
    }

    /// The folder holding `path` (`""` at the top).
    static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The last segment of a path.
    static func lastSegment(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Whether an install path lies inside a `node_modules` folder (at its start or after a `/`).
    static func isInsideNodeModules(_ path: String) -> Bool {
        lastNodeModulesEnd(Array(path.utf8)) != nil
    }

    /// The byte offset just after the last `node_modules/` segment of a path, if any. Works on bytes: this runs
    /// for every lockfile entry, and Foundation's string search is slow on Linux.
    static func lastNodeModulesEnd(_ bytes: [UInt8]) -> Int? {
        let marker = nodeModulesMarker
        var start = bytes.count - marker.count
        while start >= 0 {
            if start == 0 || bytes[start - 1] == UInt8(ascii: "/"),
               bytes[start..<start + marker.count].elementsEqual(marker) {
                return start + marker.count
            }
            start -= 1
        }
        return nil
    }

    private static let nodeModulesMarker = Array("node_modules/".utf8)
}
