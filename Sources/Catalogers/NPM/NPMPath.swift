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

    /// The folder holding `path` (`""` at the top).
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The last segment of a path.
    static func lastSegment(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
