import CLITestSupport
import Foundation
import Testing

/// Runs the built `sovscan` binary as a user would, with its own empty default cache.
enum SovScanProcess {
    typealias Run = SovScanRun

    /// Runs `sovscan` with `SOURCE_DATE_EPOCH` 0 unless set, no GitHub Actions context and no GitHub token unless
    /// `environment` gives one.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        var overrides: [String: String?] = ["GITHUB_ACTIONS": nil, "GITHUB_TOKEN": nil]
        if ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil { overrides["SOURCE_DATE_EPOCH"] = "0" }
        for (name, value) in environment { overrides[name] = value }
        return try SovScanCLI.run(arguments, environment: overrides)
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
