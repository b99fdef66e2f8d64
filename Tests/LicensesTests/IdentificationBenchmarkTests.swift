import Foundation
import Licenses
import Testing

/// Identifies 1,000 licence files on disk, as a scan of `node_modules` does, and reports the time.
/// Target: under 1 s in a release build on the 2-core development machine.
@Suite("Licence identification benchmark")
struct IdentificationBenchmarkTests {
    /// A realistic mix of licence texts: the commonest npm and Maven licences from `../shared/spdx` when it is
    /// present (half of them re-wrapped), else the short fixtures.
    static func corpus() throws -> [String] {
        let mix: [(String, Int)] = [
            ("MIT", 42), ("Apache-2.0", 20), ("ISC", 12), ("BSD-3-Clause", 8), ("BSD-2-Clause", 5), ("GPL-3.0-only", 2),
            ("LGPL-2.1-only", 2), ("MPL-2.0", 2), ("EPL-2.0", 1), ("CC0-1.0", 1), ("Unlicense", 1), ("0BSD", 1),
            ("BlueOak-1.0.0", 1), ("Zlib", 1), ("GPL-2.0-only", 1),
        ]
        if let shared = TestSupport.sharedSPDX {
            var texts: [String] = []
            for (id, weight) in mix {
                guard let entry = SPDXTemplateText.read(
                    shared.appendingPathComponent("license-list-XML-src/\(id).xml")) else { continue }
                let copyrighted = "Copyright (c) 2024 Example \(id) authors\n\n" + entry.text
                for number in 0..<weight {
                    texts.append(number % 2 == 0 ? copyrighted : SPDXCorpusTests.Perturbation.reflowed.apply(copyrighted, name: id))
                }
            }
            if !texts.isEmpty { return texts }
        }
        return try ["MIT-markdown.md", "ISC-reflowed.txt", "BSD-2-Clause-comment.txt", "BSD-3-Clause-bullets.md",
                    "ISC-and-BSD-2-Clause.txt"].map { String(decoding: try TestSupport.fixtureBytes("texts/" + $0), as: UTF8.self) }
    }

    /// CPU time of the calling thread in seconds: unlike wall time, not inflated when other builds share the
    /// machine's cores.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func loadingTheLicenceDataOnce() throws {
        let start = ContinuousClock.now
        let cpuStart = Self.threadCPUSeconds()
        let enricher = try LicenseEnricher(rulesDirectory: TestSupport.rulesDirectory)
        let cpu = Self.threadCPUSeconds() - cpuStart
        let elapsed = ContinuousClock.now - start
        print("BENCHMARK load Rules/licenses (list, aliases, text index): \(elapsed) wall, "
            + "\(String(format: "%.3f", cpu)) s CPU")
        #expect(enricher.normalizer.normalize(text: "MIT").expression?.spdx == "MIT")
    }

    @Test func identifyOneThousandLicenceFiles() throws {
        let identifier = try TestSupport.enricher().identifier
        let texts = try Self.corpus()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        var bytes = 0
        for number in 0..<1000 {
            let path = folder.appendingPathComponent("LICENSE-\(number)").path
            let data = Data(texts[number % texts.count].utf8)
            bytes += data.count
            try data.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let start = ContinuousClock.now
        let cpuStart = Self.threadCPUSeconds()
        var identified = 0
        for path in paths where identifier.identify(fileAt: path).expression != nil { identified += 1 }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let elapsed = ContinuousClock.now - start
        print("BENCHMARK identify 1000 licence files (\(bytes / 1024) KiB, \(texts.count) distinct texts, "
            + "shared corpus: \(TestSupport.sharedSPDX != nil)): \(elapsed) wall, \(String(format: "%.3f", cpu)) s CPU, "
            + "\(identified) identified")
        #expect(identified == 1000)
        #if DEBUG
        #expect(cpu < 60)
        #else
        #expect(cpu < 1)
        #endif
    }
}
