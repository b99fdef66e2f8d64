import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way sovscan reads a file it did not write: only regular files, opened without blocking (a FIFO or a
/// device never stalls the scan), read with a size cap (a device such as `/dev/zero` never reaches it, since it
/// is refused before reading), and, when confined, only files whose real path (links resolved) lies inside the
/// scanned folder. Every failure is a `Diagnostic`.
public struct FileReader: Sendable {
    /// Files larger than this are refused (default 256 MiB): a manifest that large is an attack or a mistake.
    public var maximumSize: Int
    /// The real path (links resolved) of the folder reads must stay inside; `nil` reads anywhere.
    public private(set) var confinement: String?

    /// A reader of files anywhere (the Maven repository, a policy file the user named).
    public init(maximumSize: Int = 256 << 20) {
        self.maximumSize = maximumSize
        confinement = nil
    }

    /// A reader that refuses files whose real path leaves `root` (a link to `/etc/passwd`, a parent path
    /// `../../outside/pom.xml`). With `root` `nil` it reads anywhere (`--follow-links-outside`).
    public init(maximumSize: Int = 256 << 20, confinedTo root: String?) {
        self.maximumSize = maximumSize
        confinement = root.map { Self.realPath($0) ?? $0 }
    }

    /// Reads `path`; errors are reported against `reportedPath`.
    public func read(_ path: String, reportedAs reportedPath: String) -> Result<[UInt8], Diagnostic> {
        let location = SourceLocation(file: reportedPath)
        if let refusal = outsideRefusal(path) {
            return .failure(Diagnostic(.error, refusal, at: location, detail: DiagnosticDetail(.outsideRoot)))
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(Diagnostic(.error, "cannot open the file (missing or unreadable)", at: location, detail: DiagnosticDetail(.unreadableFile)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(Diagnostic(.error, "cannot read the file's type", at: location))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(Diagnostic(.error, "not a regular file (\(Self.typeName(info.st_mode))); not read", at: location,
                                       detail: DiagnosticDetail(.notRegularFile)))
        }
        guard Int64(info.st_size) <= Int64(maximumSize) else {
            return .failure(Diagnostic(.error, "the file is larger than the limit of \(maximumSize) bytes (it has \(info.st_size))", at: location,
                                       detail: DiagnosticDetail(.fileTooLarge, ["\(maximumSize)"])))
        }
        // The size can change while reading (a file still being written): read at most one byte past the cap.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= maximumSize else {
                    return .failure(Diagnostic(.error, "the file is larger than the limit of \(maximumSize) bytes (it grew while being read)", at: location,
                                           detail: DiagnosticDetail(.fileTooLarge, ["\(maximumSize)"])))
                }
                bytes += [UInt8](repeating: 0, count: min(max(bytes.count, 4096), maximumSize + 1 - bytes.count))
            }
            let read = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(Diagnostic(.error, "cannot read the file: \(String(cString: strerror(errno)))", at: location,
                                           detail: DiagnosticDetail(.unreadableFile)))
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// Whether a regular file readable by this reader exists at `path`.
    public func exists(_ path: String) -> Bool {
        guard outsideRefusal(path) == nil else { return false }
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether a folder this reader may list exists at `path` (links followed, inside the confinement), whatever
    /// its name: `[...slug]` and `socket.io` are folders too.
    public func isFolder(_ path: String) -> Bool {
        guard outsideRefusal(path) == nil else { return false }
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in the folder at `path`, sorted; empty when it is not a readable folder or lies outside the
    /// confinement.
    public func contents(ofFolder path: String) -> [String] {
        guard outsideRefusal(path) == nil else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// Why `path` may not be read under the confinement; `nil` when it may (or does not exist: opening says so).
    private func outsideRefusal(_ path: String) -> String? {
        guard let confinement, let real = Self.realPath(path) else { return nil }
        guard !Self.isInside(real, folder: confinement) else { return nil }
        return "the path leads outside the scanned folder (through a link or '..'); not read (--follow-links-outside reads it)"
    }

    /// The absolute path of `path` with every link and `.`/`..` resolved; `nil` when it does not exist.
    public static func realPath(_ path: String) -> String? {
        #if os(Linux)
        // The kernel's name for the file, found by opening it as a location only (`O_PATH`: no device is opened,
        // nothing is read) and reading its /proc link: three system calls, where `realpath` asks `readlink` of
        // every component of the path (issue 17: 18,000 calls for the benchmark corpus's 1,600 files). Without
        // /proc, `realpath` answers.
        let descriptor = open(path, openLocationOnly | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count)
        if length > 0, length < buffer.count, buffer[0] == CChar(UInt8(ascii: "/")) {
            return buffer[..<length].withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        }
        #endif
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the real path `path` is `folder` or lies under it.
    public static func isInside(_ path: String, folder: String) -> Bool {
        path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }

    private static func typeName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a plain file"
        }
    }
}

#if os(Linux)
/// Linux's `O_PATH` (`<fcntl.h>`, 010000000 on x86-64 and ARM), which Glibc's Swift module leaves out (it needs
/// `_GNU_SOURCE`).
private let openLocationOnly: Int32 = 0o10000000
#endif

/// The C library's `read`, named apart from `FileReader.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
