import Foundation
import SovScanModel

/// Reads files whole, with a size limit, turning every failure into a `Diagnostic`.
public struct FileReader: Sendable {
    /// Files larger than this are refused (default 256 MiB): a manifest that large is an attack or a mistake.
    public var maximumSize: Int

    public init(maximumSize: Int = 256 << 20) {
        self.maximumSize = maximumSize
    }

    /// Reads `path`; errors are reported against `reportedPath`.
    public func read(_ path: String, reportedAs reportedPath: String) -> Result<[UInt8], Diagnostic> {
        let location = SourceLocation(file: reportedPath)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic(.error, "cannot open the file (missing or unreadable)", at: location))
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            guard size <= UInt64(maximumSize) else {
                return .failure(Diagnostic(.error, "the file has \(size) bytes, more than the limit of \(maximumSize)", at: location))
            }
            try handle.seek(toOffset: 0)
            let data = try handle.readToEnd() ?? Data()
            return .success([UInt8](data))
        } catch {
            return .failure(Diagnostic(.error, "cannot read the file: \(error.localizedDescription)", at: location))
        }
    }

    /// Whether a file exists at `path`.
    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// The names in the folder at `path`, sorted; empty when it is not a readable folder.
    public func contents(ofFolder path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
