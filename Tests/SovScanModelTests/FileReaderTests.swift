import Foundation
import SovScanModel
import Testing

/// The one file reader: regular files only, never blocking, capped, and confined when asked.
struct FileReaderTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-reader-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    func failure(_ result: Result<[UInt8], Diagnostic>) -> String? {
        if case .failure(let diagnostic) = result { return diagnostic.message }
        return nil
    }

    @Test func readsARegularFile() throws {
        let folder = try Folder()
        try Data("hello".utf8).write(to: URL(fileURLWithPath: folder.path("a.txt")))
        #expect(try FileReader().read(folder.path("a.txt"), reportedAs: "a.txt").get() == Array("hello".utf8))
    }

    @Test func devicesFIFOsAndFoldersAreRefusedWithoutBlocking() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path("fifo"), 0o644) == 0)
        let start = ContinuousClock.now
        #expect(failure(FileReader().read(folder.path("fifo"), reportedAs: "fifo"))?.contains("a FIFO") == true)
        #expect(failure(FileReader().read("/dev/zero", reportedAs: "zero"))?.contains("a character device") == true)
        #expect(failure(FileReader().read(folder.url.path, reportedAs: "dir"))?.contains("a folder") == true)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(!FileReader().exists(folder.path("fifo")))
        #expect(!FileReader().exists("/dev/zero"))
    }

    @Test func sizeCapAppliesBeforeReading() throws {
        let folder = try Folder()
        try Data(repeating: 65, count: 1000).write(to: URL(fileURLWithPath: folder.path("big")))
        #expect(failure(FileReader(maximumSize: 999).read(folder.path("big"), reportedAs: "big"))?.contains("larger than the limit of 999") == true)
        #expect(try FileReader(maximumSize: 1000).read(folder.path("big"), reportedAs: "big").get().count == 1000)
    }

    @Test func confinementRefusesLinksAndPathsThatLeave() throws {
        let outside = try Folder()
        let root = try Folder()
        try Data("secret".utf8).write(to: URL(fileURLWithPath: outside.path("secret")))
        try Data("ok".utf8).write(to: URL(fileURLWithPath: root.path("inside")))
        try FileManager.default.createSymbolicLink(atPath: root.path("link"), withDestinationPath: outside.path("secret"))
        try FileManager.default.createSymbolicLink(atPath: root.path("inner-link"), withDestinationPath: "inside")
        let reader = FileReader(confinedTo: root.url.path)
        #expect(failure(reader.read(root.path("link"), reportedAs: "link"))?.contains("outside the scanned folder") == true)
        let dotted = root.url.path + "/../" + outside.url.lastPathComponent + "/secret"
        #expect(failure(reader.read(dotted, reportedAs: "dotted"))?.contains("outside the scanned folder") == true)
        #expect(try reader.read(root.path("inner-link"), reportedAs: "inner-link").get() == Array("ok".utf8))
        #expect(reader.contents(ofFolder: outside.url.path).isEmpty)
        #expect(try FileReader(confinedTo: nil).read(root.path("link"), reportedAs: "link").get() == Array("secret".utf8))
    }
}
