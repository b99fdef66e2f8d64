import Foundation
import Testing
@testable import PortfolioStore

/// A store that cannot be used: a clear error, exit 2, and the scan's other outputs still written.
struct StoreFailureTests {
    private func scan(store: String, in folder: URL, prefix: [String] = []) throws -> (StoreTestSupport.Run, URL) {
        let repository = folder.appendingPathComponent("borgerportal")
        if !FileManager.default.fileExists(atPath: repository.path) {
            try StoreTestSupport.checkOut("borgerportal-v1", into: repository)
        }
        let report = folder.appendingPathComponent("reports/scan-\(UUID().uuidString).json")
        let result = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "json:\(report.path)", "--store", store],
                                              prefix: prefix)
        return (result, report)
    }

    @Test func aDamagedStore() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("history.sqlite")
        try Data("this is not an SQLite database, it is a text file that lost its way".utf8).write(to: store)
        let (result, report) = try scan(store: store.path, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("store sqlite:\(store.path) is damaged or not a sovscan store"))
        #expect(FileManager.default.fileExists(atPath: report.path))
    }

    @Test func anUnreachableStore() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        // The store's folder would have to be made inside a regular file.
        let file = folder.appendingPathComponent("notes.txt")
        try Data("not a folder".utf8).write(to: file)
        let (result, report) = try scan(store: "sqlite:\(file.path)/history.sqlite", in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("store sqlite:\(file.path)/history.sqlite cannot be opened"))
        #expect(FileManager.default.fileExists(atPath: report.path))
    }

    @Test func aStoreThatCannotBeWritten() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let storeFolder = folder.appendingPathComponent("store")
        let store = storeFolder.appendingPathComponent("history.sqlite")
        let (first, _) = try scan(store: store.path, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        // Root writes any file whatever its mode: run the second scan as an unprivileged user where we are root.
        var prefix: [String] = []
        if getuid() == 0 {
            let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) }
            guard let runuser, let binary = StoreTestSupport.binary, Self.nobodyCanRun(binary, runuser: runuser) else {
                print("skipped: running as root without runuser, or user nobody cannot run \(StoreTestSupport.binary?.path ?? "sovscan")")
                return
            }
            prefix = [runuser, "-u", "nobody", "--"]
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: reports.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: storeFolder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: storeFolder.path) }
        let (second, report) = try scan(store: store.path, in: folder, prefix: prefix)
        #expect(second.status == 2, "\(second.stderr)")
        #expect(second.stderr.contains("store sqlite:\(store.path)"))
        #expect(second.stderr.contains("read-only") || second.stderr.contains("cannot be opened"))
        #expect(FileManager.default.fileExists(atPath: report.path))
        #expect(try RunStore.open(.sqlite(path: store.path), create: false).runs().count == 1)
    }

    /// A full disk: the store lives on a small tmpfs (mounting needs root; skipped with the reason elsewhere) whose
    /// free space is taken up after the first run, so the second run's write fails with SQLITE_FULL.
    @Test func aStoreOnAFullDisk() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard getuid() == 0, Self.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.path]) == 0 else {
            print("skipped: a small tmpfs cannot be mounted here (needs root and the right to mount)")
            return
        }
        defer { _ = Self.tool("/bin/umount", [disk.path]) }
        let store = disk.appendingPathComponent("history.sqlite")
        let (first, _) = try scan(store: store.path, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        // Leave 48 KiB: room for the shared-memory index SQLite maps on open, not for a run.
        let free = (try FileManager.default.attributesOfFileSystem(forPath: disk.path)[.systemFreeSize] as? NSNumber)?.intValue ?? 0
        #expect(free > 48 * 1024, "the first run left no room on the 4 MiB disk")
        try Data(count: max(0, free - 48 * 1024)).write(to: disk.appendingPathComponent("filler"))
        let (second, report) = try scan(store: store.path, in: folder)
        #expect(second.status == 2, "\(second.stderr)")
        #expect(second.stderr.contains("store sqlite:\(store.path) is full, the run was not recorded"))
        #expect(FileManager.default.fileExists(atPath: report.path))
        #expect(try RunStore.open(.sqlite(path: store.path), create: false).runs().count == 1)
    }

    /// Runs a system tool to its end; its exit status, or -1 when it cannot start.
    private static func tool(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Whether user nobody can execute the binary (every folder above it searchable).
    private static func nobodyCanRun(_ binary: URL, runuser: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: runuser)
        process.arguments = ["-u", "nobody", "--", binary.path, "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
