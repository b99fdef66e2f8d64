import Foundation
import Testing

/// Runs the built `sovscan` binary as a user would, with its own empty default cache.
enum SovScanProcess {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL? {
        [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
         Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
            .map { $0.appendingPathComponent("sovscan") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(binary, "the sovscan binary is built with the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        merged["SOURCE_DATE_EPOCH"] = merged["SOURCE_DATE_EPOCH"] ?? "0"
        merged["GITHUB_TOKEN"] = environment["GITHUB_TOKEN"]
        merged["GITHUB_ACTIONS"] = nil
        process.environment = merged
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// purl -> licence (`license.id`, `license.name` or `expression`) of a CycloneDX JSON document.
    static func licences(cycloneDX file: URL) throws -> [String: String] {
        let data = try Data(contentsOf: file)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result: [String: String] = [:]
        for component in document["components"] as? [[String: Any]] ?? [] {
            guard let purl = component["purl"] as? String else { continue }
            let choices = component["licenses"] as? [[String: Any]] ?? []
            let texts = choices.compactMap { choice -> String? in
                if let expression = choice["expression"] as? String { return expression }
                let license = choice["license"] as? [String: Any]
                return (license?["id"] as? String) ?? (license?["name"] as? String)
            }
            result[purl] = texts.isEmpty ? "" : texts.joined(separator: " | ")
        }
        return result
    }
}
