import Foundation

/// A throwaway PostgreSQL server for one test: `initdb` and `pg_ctl` from Debian's packages in a temporary
/// folder, on a free loopback port, with password (SCRAM) authentication over TCP. Run as user `nobody` when
/// the tests run as root (PostgreSQL refuses root). `start()` gives `nil` and the reason where it cannot start.
final class PostgresTestServer {
    static let user = "sovscan"
    static let password = "kodeord-til-test"

    let folder: URL
    let port: Int
    private let binaries: URL
    private let runAs: [String]

    private init(folder: URL, port: Int, binaries: URL, runAs: [String]) {
        self.folder = folder
        self.port = port
        self.binaries = binaries
        self.runAs = runAs
    }

    /// Starts a server, or says why it cannot.
    static func start() -> (server: PostgresTestServer?, reason: String) {
        guard let binaries = binaryFolder() else { return (nil, "no initdb/pg_ctl (apt-get install postgresql)") }
        var runAs: [String] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-pg-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data((password + "\n").utf8).write(to: folder.appendingPathComponent("pwfile"))
            if getuid() == 0 {
                guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                    return (nil, "running as root without runuser to start PostgreSQL as another user")
                }
                runAs = [runuser, "-u", "nobody", "--"]
                for path in [folder.path, folder.path + "/pwfile"] {
                    try FileManager.default.setAttributes([.ownerAccountID: 65534, .posixPermissions: 0o700], ofItemAtPath: path)
                }
            }
        } catch {
            return (nil, "cannot prepare \(folder.path): \(error)")
        }
        guard let port = freePort() else {
            try? FileManager.default.removeItem(at: folder)
            return (nil, "no free loopback port")
        }
        let server = PostgresTestServer(folder: folder, port: port, binaries: binaries, runAs: runAs)
        let data = folder.appendingPathComponent("data").path
        let initdb = server.run("initdb", ["-D", data, "-U", user, "--pwfile", folder.path + "/pwfile", "--auth-local=trust",
                                           "--auth-host=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C"])
        guard initdb.status == 0 else {
            server.stop()
            return (nil, "initdb failed: \(initdb.output.suffix(400))")
        }
        let options = "-c listen_addresses=127.0.0.1 -p \(port) -k \(folder.path) -c fsync=off -c max_connections=60"
        let started = server.run("pg_ctl", ["-D", data, "-l", folder.path + "/server.log", "-o", options, "-w", "-t", "60", "start"])
        guard started.status == 0 else {
            let log = (try? String(contentsOfFile: folder.path + "/server.log", encoding: .utf8)) ?? ""
            server.stop()
            return (nil, "pg_ctl start failed: \(started.output.suffix(300)) \(log.suffix(300))")
        }
        return (server, "")
    }

    /// A new empty database and the store URL naming it.
    func createDatabase(_ name: String) throws -> String {
        let result = run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", Self.user, name], environment: ["PGPASSWORD": Self.password])
        guard result.status == 0 else { throw ServerError("createdb failed: \(result.output)") }
        return "postgres://\(Self.user)@127.0.0.1:\(port)/\(name)"
    }

    /// Runs SQL as the test user in a database (for setting up what sovscan must cope with).
    func psql(_ database: String, _ sql: String) throws -> String {
        let result = run("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", Self.user, "-d", database, "-v", "ON_ERROR_STOP=1",
                                  "-At", "-c", sql], environment: ["PGPASSWORD": Self.password])
        guard result.status == 0 else { throw ServerError("psql failed: \(result.output)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server at once and removes its folder.
    func stop() {
        _ = run("pg_ctl", ["-D", folder.path + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a PostgreSQL program to its end, its output in a log file. Spawned and reaped here rather than with
    /// `Process`, whose `waitUntilExit` was seen to miss the exit of `pg_ctl start` (it leaves a daemon behind).
    private func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, output: String) {
        let binary = binaries.appendingPathComponent(tool).path
        // env -C: start in the server's folder, which user nobody can enter whatever the test's own folder is.
        let command = runAs + ["/usr/bin/env", "-C", folder.path, binary] + arguments
        let log = folder.appendingPathComponent("\(tool)-\(UUID().uuidString).log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }.map { "\($0)=\($1)" }
        var argv = command.map { strdup($0) } + [nil]
        var envp = variables.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, &envp)
        guard spawned == 0 else { return (-1, "cannot start \(command[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: log)
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }

    /// The folder of the newest installed PostgreSQL's programs.
    private static func binaryFolder() -> URL? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted(by: >)
        for version in versions {
            let folder = URL(fileURLWithPath: "\(root)/\(version)/bin")
            if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("initdb").path) { return folder }
        }
        return nil
    }

    /// A loopback port nothing listens on now.
    private static func freePort() -> Int? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else { return nil }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
