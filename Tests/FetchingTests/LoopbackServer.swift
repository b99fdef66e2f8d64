import Fetching
import Foundation
import Testing

/// The registry stand-in of `Tests/Support/loopback_server.py`, started on 127.0.0.1 for one test and stopped
/// when the value goes away. Never the internet.
final class LoopbackServer {
    let process: Process
    let port: Int
    let root: URL

    /// The base URL, `http://127.0.0.1:PORT` (`https://` with a certificate).
    var url: String { (isTLS ? "https" : "http") + "://127.0.0.1:\(port)" }
    private let isTLS: Bool

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/loopback_server.py")

    /// Why a server cannot start here, or `nil` when it can (python3 is needed).
    static var unavailableReason: String? {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? nil : "python3 is not installed"
    }

    /// Starts a server over the files of `root`, answering after `latencyMilliseconds`; with `tls` (certificate and
    /// key files) over https.
    init(root: URL, latencyMilliseconds: Int = 0, tls: (certificate: String, key: String)? = nil) throws {
        self.root = root
        isTLS = tls != nil
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.script.path, "--root", root.path, "--latency-ms", String(latencyMilliseconds)]
            + (tls.map { ["--tls", $0.certificate, $0.key] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw ServerError.didNotStart(text)
        }
        self.port = port
    }

    deinit { stop() }

    /// Stops the server (idempotent).
    func stop() {
        if process.isRunning {
            // SIGKILL: a signal mask inherited from the test runner may block SIGTERM in the child.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// How many requests the server has answered (from its `/__stats`, which is not counted).
    func requestCount() throws -> Int {
        let response = try HTTPClient().get(HTTPRequest(url: url + "/__stats")).get()
        let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        return object?["requests"] as? Int ?? -1
    }

    /// How many requests the server has answered per path (with its query), from its `/__stats`.
    func requestCounts() throws -> [String: Int] {
        let response = try HTTPClient().get(HTTPRequest(url: url + "/__stats")).get()
        let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        return object?["paths"] as? [String: Int] ?? [:]
    }

    enum ServerError: Error { case didNotStart(String) }
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { if keptAlive == nil { try? FileManager.default.removeItem(at: url) } }

    var path: String { url.path }

    private var keptAlive: TemporaryFolder?

    private init(url: URL, keeping parent: TemporaryFolder) {
        self.url = url
        keptAlive = parent
    }

    /// A folder inside `parent`, keeping `parent` (and so its removal) alive as long as the result.
    static func wrapping(_ parent: TemporaryFolder, child: String) throws -> TemporaryFolder {
        TemporaryFolder(url: parent.url.appendingPathComponent(child), keeping: parent)
    }

    /// Writes `text` at `relative` (creating folders) and returns its URL.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }
}
