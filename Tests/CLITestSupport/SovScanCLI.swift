import Foundation

/// What one run of the `sovscan` binary printed and how it ended.
public struct SovScanRun: Sendable {
    /// The exit status.
    public let status: Int32
    /// Everything written to standard output, decoded as UTF-8.
    public let stdout: String
    /// Everything written to standard error, decoded as UTF-8.
    public let stderr: String
}

/// Finds and runs the `sovscan` binary built beside the test bundle, as a user would run it.
public enum SovScanCLI {
    /// The binary was not built with the tests.
    public struct NotBuilt: Error, CustomStringConvertible {
        public var description: String { "the sovscan binary is built with the tests, but none was found beside them" }
    }

    /// The `sovscan` binary built beside the test bundle, if there is one.
    public static var binary: URL? {
        [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
         Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
            .map { $0.appendingPathComponent("sovscan") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts `sovscan` with `arguments` in `folder` (the current folder when nil); the caller reads the pipes
    /// (standard output, standard error) and waits.
    ///
    /// The child inherits the test process's environment with `environment` laid over it: a value replaces the
    /// variable, a nil value removes it. A non-empty `prefix` is a command that runs the binary, such as
    /// `["/usr/sbin/runuser", "-u", "nobody", "--"]`.
    public static func start(_ arguments: [String], in folder: URL? = nil, environment: [String: String?] = [:],
                             prefix: [String] = []) throws -> (Process, Pipe, Pipe) {
        guard let binary else { throw NotBuilt() }
        let process = Process()
        if let command = prefix.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(prefix.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// Runs `sovscan` as ``start(_:in:environment:prefix:)`` does and waits for it to end. Both pipes are drained
    /// at once, so a chatty run cannot fill one while the other is read.
    public static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String?] = [:],
                           prefix: [String] = []) throws -> SovScanRun {
        let (process, output, errors) = try start(arguments, in: folder, environment: environment, prefix: prefix)
        let errorData = ErrorStreamReader(errors.fileHandleForReading)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return SovScanRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on its own thread, so that a child filling its standard error cannot block while the
/// parent reads standard output.
private final class ErrorStreamReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the stream held, once it has ended.
    func wait() -> Data {
        done.wait()
        return data
    }
}
