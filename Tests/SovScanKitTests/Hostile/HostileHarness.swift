import CLITestSupport
import Foundation
import Testing

/// A repository written by an attacker, made at test time in a temporary folder and removed afterwards.
final class HostileRepository {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The absolute path of `relative`.
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes `text` to `relative`, making its folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    /// Writes `data` to `relative`, making its folders.
    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    /// Makes `relative` a symbolic link to `target` (absolute or relative to the link's folder).
    func link(_ relative: String, to target: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// Makes `relative` a FIFO that nobody writes to: opening it for reading without `O_NONBLOCK` blocks forever.
    func fifo(_ relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(url.path, 0o644) == 0, "mkfifo \(url.path)")
    }
}

/// Runs the built `sovscan` binary under a time limit and an address-space limit, as CI would run it on a pull
/// request: a case that hangs is killed and reported, one that allocates without bound fails to allocate.
enum GuardedRun {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        let seconds: Double
        let timedOut: Bool
        /// The run's peak resident memory (KiB, `VmHWM` of /proc, read while it runs), 0 where /proc is missing.
        let peakResidentKiB: Int
        /// The processor time the run used (user and system, all threads; `/proc` read while it runs), 0 where /proc
        /// is missing. Unlike `seconds` it does not grow when other processes share the machine, so tests bound the
        /// work of a run with it.
        let cpuSeconds: Double
    }

    /// Address space allowed to one run (KiB): a scan of these small inputs needs far less.
    static let memoryLimitKiB = 1_500_000

    static func run(_ arguments: [String], in folder: URL, seconds limit: Double = 30) throws -> Outcome {
        let binary = try #require(SovScanCLI.binary, "the sovscan binary is built with the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(memoryLimitKiB); exec \"$0\" \"$@\"", binary.path] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_ACTIONS"] = nil
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let start = ContinuousClock.now
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: killer)
        // The high-water mark and the processor time only grow: the last readings before the process ends are its
        // totals (less at most one interval of processor time).
        nonisolated(unsafe) var peak = 0
        nonisolated(unsafe) var cpuSeconds = 0.0
        let watcher = DispatchGroup()
        watcher.enter()
        DispatchQueue.global().async {
            let status = "/proc/\(process.processIdentifier)/status"
            let stat = "/proc/\(process.processIdentifier)/stat"
            while process.isRunning {
                if let text = try? String(contentsOfFile: status, encoding: .utf8),
                   let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                   let kib = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") {
                    peak = max(peak, kib)
                }
                if let text = try? String(contentsOfFile: stat, encoding: .utf8), let used = processorSeconds(stat: text) {
                    cpuSeconds = max(cpuSeconds, used)
                }
                usleep(10_000)
            }
            watcher.leave()
        }
        // Both pipes are drained at once, so a chatty run cannot fill one while we wait on the other.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watcher.wait()
        killer.cancel()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self), seconds: seconds,
                       timedOut: process.terminationReason == .uncaughtSignal && seconds >= limit, peakResidentKiB: peak,
                       cpuSeconds: cpuSeconds)
    }

    /// User plus system time in seconds from the text of `/proc/PID/stat` (fields 14 and 15, in clock ticks,
    /// counted after the parenthesised command name, which may hold spaces); `nil` when the text is not such a line.
    static func processorSeconds(stat text: String) -> Double? {
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (the state), so field 14 is fields[11].
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
