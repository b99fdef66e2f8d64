import Foundation
import Testing

/// `sovscan scan` writes the reports that go to files at the same time (issue 17). Its files are the bytes each
/// format gets when it is the only one asked for, run after run, and a report that cannot be written fails the
/// scan with its own message while the others are still written.
struct ConcurrentReportsCommandLineTests {
    private static let formats = ["cyclonedx": "bom.json", "json": "scan.json", "html": "report.html", "spdx": "spdx.json",
                                  "cyclonedx-xml": "bom.xml", "csv": "components.csv", "csv-shares": "shares.csv",
                                  "markdown": "summary.md"]

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-together-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Scans the sample with every format of `formats` into `folder`, in the order given.
    private func scan(_ names: [String], into folder: URL) throws -> CommandLineTests.Run {
        let arguments = names.flatMap { ["--format", "\($0):\(folder.appendingPathComponent(Self.formats[$0] ?? $0).path)"] }
        return try CommandLineTests().run(["scan", "SampleProjects/kommune-sag", "--quiet"] + arguments,
                                          environment: ["SOURCE_DATE_EPOCH": "0"])
    }

    @Test func everyFormatWrittenTogetherIsTheFormatWrittenAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = Self.formats.keys.sorted()
        var alone: [String: Data] = [:]
        for name in names {
            let one = folder.appendingPathComponent("alone-\(name)")
            try FileManager.default.createDirectory(at: one, withIntermediateDirectories: true)
            #expect(try scan([name], into: one).status == 0)
            alone[name] = try Data(contentsOf: one.appendingPathComponent(Self.formats[name] ?? name))
        }
        for round in 0..<3 {
            let together = folder.appendingPathComponent("together-\(round)")
            try FileManager.default.createDirectory(at: together, withIntermediateDirectories: true)
            // Each round names the formats in another order.
            let order = round == 1 ? Array(names.reversed()) : round == 2 ? Array(names[3...] + names[..<3]) : names
            let run = try scan(order, into: together)
            #expect(run.status == 0, "\(run.stderr)")
            for name in names {
                let written = try Data(contentsOf: together.appendingPathComponent(Self.formats[name] ?? name))
                #expect(written == alone[name], "round \(round): \(name) written beside the others differs")
            }
        }
    }

    /// A report on a full disk (`/dev/full`) fails the scan with exit 2 and its own message; the reports beside it
    /// are written whole.
    @Test func aReportThatCannotBeWrittenFailsTheScanAndTheOthersAreWritten() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bom = folder.appendingPathComponent("bom.json")
        let report = folder.appendingPathComponent("report.html")
        let run = try CommandLineTests().run(["scan", "SampleProjects/kommune-sag", "--quiet",
                                              "--format", "json:/dev/full", "--format", "cyclonedx:\(bom.path)",
                                              "--format", "html:\(report.path)"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: cannot write '/dev/full'"), "\(run.stderr)")
        let alone = folder.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        #expect(try scan(["cyclonedx"], into: alone).status == 0)
        #expect(try Data(contentsOf: bom) == Data(contentsOf: alone.appendingPathComponent("bom.json")),
                "the CycloneDX report beside the failed one is whole")
        #expect(try String(contentsOf: report, encoding: .utf8).hasSuffix("</html>\n"))
    }
}
