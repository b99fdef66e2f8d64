import Foundation

/// Writes a report to a file or to standard output.
enum OutputSink {
    /// Writes `data` to `file` (atomically, through a temporary file, for a regular file or a new one; straight
    /// into a device or pipe such as `/dev/null`, which a rename would replace), or to standard output.
    static func write(_ data: Data, to file: String?) throws {
        try write(to: file) { try $0.write(contentsOf: data) }
    }

    /// Writes what `body` writes to the handle it gets, piece by piece, to `file` (atomically for a regular file or
    /// a new one: into a temporary file beside it, renamed over it once complete; straight into a device or
    /// pipe), or to standard output. A file that is replaced keeps its permissions (a report kept private stays
    /// private); the temporary file has them before anything is written into it.
    static func write(to file: String?, _ body: (FileHandle) throws -> Void) throws {
        guard let file else {
            try body(FileHandle.standardOutput)
            return
        }
        do {
            if isSpecialFile(file) {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
                defer { try? handle.close() }
                try body(handle)
                return
            }
            let target = URL(fileURLWithPath: file)
            let partial = target.deletingLastPathComponent()
                .appendingPathComponent("." + target.lastPathComponent + ".sovscan-" + UUID().uuidString)
            guard FileManager.default.createFile(atPath: partial.path, contents: nil,
                                                 attributes: permissionsOfRegularFile(target.path).map {
                                                     [.posixPermissions: $0] }) else {
                throw OutputError(message: "cannot write '\(file)': cannot create '\(partial.path)'")
            }
            do {
                let handle = try FileHandle(forWritingTo: partial)
                defer { try? handle.close() }
                try body(handle)
                guard rename(partial.path, target.path) == 0 else {
                    throw OutputError(message: "cannot write '\(file)': \(String(cString: strerror(errno)))")
                }
            } catch {
                try? FileManager.default.removeItem(at: partial)
                throw error
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(message: "cannot write '\(file)': \(error.localizedDescription)")
        }
    }

    /// The read, write and execute bits of the regular file at `path`, or `nil` when there is none (a new file, a
    /// symbolic link, which the rename replaces: its own bits are 0777 and must not pass to the report).
    private static func permissionsOfRegularFile(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let permissions = attributes[.posixPermissions] as? NSNumber else { return nil }
        return permissions.intValue & 0o777
    }

    /// Whether the path (its symbolic links followed) exists and is not a regular file or folder (a character
    /// device, a pipe, a socket).
    private static func isSpecialFile(_ path: String) -> Bool {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let type = try? FileManager.default.attributesOfItem(atPath: target)[.type] as? FileAttributeType else { return false }
        return type != .typeRegular && type != .typeDirectory
    }
}

/// A report could not be written (exit 2: the user named a place that cannot be written).
struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
