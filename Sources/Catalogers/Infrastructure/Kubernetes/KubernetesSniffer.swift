import Foundation
import SovScanModel

/// Tells a Kubernetes manifest (or Helm template) from any other YAML file by its content: a line that starts
/// with `apiVersion:` and one that starts with `kind:` (both at column 0, as every manifest and chart template
/// writes them) within the first 64 KiB. Only the head of the file is read; a file that cannot be read is not a
/// manifest here (the cataloger never sees it, as for any other file sovscan does not read).
public enum KubernetesSniffer {
    /// How much of a file is looked at.
    public static let headSize = 64 << 10

    /// Whether a file of this name is worth sniffing (`*.yaml`, `*.yml`).
    public static func mayBeManifest(name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// Whether the file at `path` starts like a Kubernetes manifest.
    public static func isManifest(at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        var head = [UInt8](repeating: 0, count: headSize)
        var count = 0
        while count < headSize {
            let read = head.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + count, headSize - count)
            }
            if read < 0, errno == EINTR { continue }
            if read <= 0 { break }
            count += read
        }
        return isManifest(head: head[..<count])
    }

    /// Whether these first bytes of a file start like a Kubernetes manifest.
    public static func isManifest(head: ArraySlice<UInt8>) -> Bool {
        var hasAPIVersion = false
        var hasKind = false
        for line in head.split(separator: UInt8(ascii: "\n")) {
            if starts(line, with: "apiVersion:") { hasAPIVersion = true }
            if starts(line, with: "kind:") { hasKind = true }
            if hasAPIVersion && hasKind { return true }
        }
        return false
    }

    private static func starts(_ line: ArraySlice<UInt8>, with prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard line.count > bytes.count else { return false }
        return line.prefix(bytes.count).elementsEqual(bytes)
    }
}
