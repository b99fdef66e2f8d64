import Catalogers
import Foundation
import Testing

/// Timings of the SwiftPM parsers against Foundation's JSON parser on generated large inputs. Runs only with
/// `SOVSCAN_BENCH=1` (timings on a shared machine are not assertions); prints the figures.
@Suite("SwiftPM performance")
struct SwiftPMPerformanceTests {
    static let enabled = ProcessInfo.processInfo.environment["SOVSCAN_BENCH"] == "1"

    /// A format 2 `Package.resolved` with `count` pins.
    static func resolved(pins count: Int) -> [UInt8] {
        var text = "{\n  \"pins\" : [\n"
        for index in 0..<count {
            text += """
                {
                  "identity" : "package-\(index)",
                  "kind" : "remoteSourceControl",
                  "location" : "https://github.com/owner-\(index % 97)/Package-\(index).git",
                  "state" : {
                    "revision" : "\(String(repeating: String(index % 10), count: 40))",
                    "version" : "\(index % 7).\(index % 13).\(index % 5)"
                  }
                }\(index == count - 1 ? "" : ",")

            """
        }
        return Array((text + "  ],\n  \"version\" : 2\n}\n").utf8)
    }

    /// A `Package.swift` with `count` dependencies, comments and targets.
    static func manifest(dependencies count: Int) -> [UInt8] {
        var text = "// swift-tools-version:5.9\nimport PackageDescription\n\nlet package = Package(\n    name: \"Big\",\n    dependencies: [\n"
        for index in 0..<count {
            text += "        // dependency \(index)\n        .package(url: \"https://github.com/owner/p\(index).git\", from: \"1.\(index).0\"),\n"
        }
        text += "    ],\n    targets: [\n        .target(name: \"Big\", dependencies: [\n"
        for index in 0..<count { text += "            .product(name: \"P\(index)\", package: \"p\(index)\"),\n" }
        return Array((text + "        ]),\n    ]\n)\n").utf8)
    }

    private func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[runs / 2]
    }

    @Test("Package.resolved with 20,000 pins vs JSONSerialization", .enabled(if: enabled))
    func resolvedTiming() throws {
        let bytes = Self.resolved(pins: 20_000)
        let data = Data(bytes)
        var pins = 0
        let ours = median(5) { pins = PackageResolvedParser.parse(bytes, file: "Package.resolved").0?.pins.count ?? 0 }
        let foundation = median(5) { _ = try? JSONSerialization.jsonObject(with: data) }
        let document = median(5) { _ = try? JSONDocument(bytes: bytes) }
        #expect(pins == 20_000)
        print(String(format: "Package.resolved %d bytes, %d pins: sovscan %.1f ms (of which JSONDocument %.1f ms), JSONSerialization %.1f ms, ratio %.2f",
                     bytes.count, pins, ours, document, foundation, ours / foundation))
    }

    @Test("Package.swift with 5,000 dependencies", .enabled(if: enabled))
    func manifestTiming() {
        let bytes = Self.manifest(dependencies: 5_000)
        var count = 0
        let ours = median(5) { count = PackageManifestParser.parse(bytes, file: "Package.swift").0.dependencies.count }
        #expect(count == 5_000)
        print(String(format: "Package.swift %d bytes, %d dependencies: %.1f ms", bytes.count, count, ours))
    }
}
