import Foundation
import SovScanModel

/// Tells a Kubernetes manifest (or Helm template) or an ECS task definition from any other YAML or JSON file by its
/// content, within the first 64 KiB:
/// - YAML: a line that starts with `apiVersion:` and one that starts with `kind:` (both at column 0, as every
///   manifest and chart template writes them);
/// - JSON: an object (the first character) with a `"containerDefinitions"` member is an ECS task definition, one
///   with string `"apiVersion"` and `"kind"` members a Kubernetes manifest.
/// Only the head of the file is read; a file that cannot be read is not a manifest here (the cataloger never sees
/// it, as for any other file sovscan does not read).
public enum KubernetesSniffer {
    /// How much of a file is looked at.
    public static let headSize = 64 << 10

    /// Whether a file of this name is worth sniffing (`*.yaml`, `*.yml`, `*.json`).
    public static func mayBeManifest(name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    /// What the file at `path` is, judged by its head: `.kubernetesManifest`, `.ecsTaskDefinition` or `nil`.
    public static func kind(at path: String) -> ManifestKind? {
        guard let head = head(of: path) else { return nil }
        if path.lowercased().hasSuffix(".json") { return jsonKind(head: head[...]) }
        return isManifest(head: head[...]) ? .kubernetesManifest : nil
    }

    /// Whether these first bytes of a YAML file start like a Kubernetes manifest.
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

    /// What these first bytes of a JSON file say it is.
    public static func jsonKind(head: ArraySlice<UInt8>) -> ManifestKind? {
        var body = head
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.first(where: { !isJSONSpace($0) }) == UInt8(ascii: "{") else { return nil }
        if hasMember(body, "containerDefinitions", valueStart: UInt8(ascii: "[")) { return .ecsTaskDefinition }
        if hasMember(body, "apiVersion", valueStart: UInt8(ascii: "\"")),
           hasMember(body, "kind", valueStart: UInt8(ascii: "\"")) { return .kubernetesManifest }
        return nil
    }

    /// Whether `"name"` appears as a key whose value starts with `valueStart`.
    private static func hasMember(_ bytes: ArraySlice<UInt8>, _ name: String, valueStart: UInt8) -> Bool {
        let key = Array("\"\(name)\"".utf8)
        var index = bytes.startIndex
        while let found = bytes[index...].firstRange(of: key) {
            var next = found.upperBound
            while next < bytes.endIndex, isJSONSpace(bytes[next]) { next += 1 }
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: ":") {
                next += 1
                while next < bytes.endIndex, isJSONSpace(bytes[next]) { next += 1 }
                if next < bytes.endIndex, bytes[next] == valueStart { return true }
            }
            index = found.upperBound
        }
        return false
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }

    /// The first `headSize` bytes of a regular file; `nil` when it cannot be read.
    private static func head(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
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
        return Array(head[..<count])
    }

    private static func starts(_ line: ArraySlice<UInt8>, with prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard line.count > bytes.count else { return false }
        return line.prefix(bytes.count).elementsEqual(bytes)
    }
}
