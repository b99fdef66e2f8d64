import Foundation
import Testing
import Yams

/// docs/ci.md's recipes: each YAML block parses, the permissions SARIF uploads need are there, and every
/// `sovscan check` command of a recipe runs on a copy of the sample system and writes the files the recipe then
/// uploads (the dependency-resolution step is stood in for by the sample's Maven repository). Commands with
/// `--online` need the network and are left out here.
struct CIRecipeTests {
    let cli = CheckCommandTests()

    static func yamlBlocks() throws -> [String] {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        return PolicyDocumentationTests.blocks(in: text).filter { $0.info == "yaml" }.map(\.body)
    }

    /// Every string of a parsed YAML document.
    static func strings(_ node: Any) -> [String] {
        switch node {
        case let text as String: [text]
        case let mapping as [String: Any]: mapping.keys.sorted().flatMap { strings(mapping[$0] as Any) }
        case let sequence as [Any]: sequence.flatMap(strings)
        default: []
        }
    }

    @Test func recipesParseAndGrantWhatUploadsNeed() throws {
        let documents = try Self.yamlBlocks().map { try Yams.load(yaml: $0) }
        let github = try #require(documents.compactMap { $0 as? [String: Any] }.first { $0["jobs"] != nil }, "a GitHub workflow")
        let permissions = try #require(github["permissions"] as? [String: Any])
        #expect(permissions["security-events"] as? String == "write")
        #expect(permissions["actions"] as? String == "read")
        #expect(permissions["contents"] as? String == "read")
        let githubText = Self.strings(github).joined(separator: "\n")
        #expect(githubText.contains("GITHUB_STEP_SUMMARY") && githubText.contains("actions/cache@v4") && githubText.contains("scripts/install.sh"))
        let gitlab = try #require(documents.compactMap { $0 as? [String: Any] }.first { $0["sovscan"] != nil }, "a GitLab job")
        let job = try #require(gitlab["sovscan"] as? [String: Any])
        let reports = try #require((job["artifacts"] as? [String: Any])?["reports"] as? [String: Any])
        #expect(Set(reports.keys) == ["codequality", "junit", "cyclonedx"])
        #expect((job["cache"] as? [String: Any])?["paths"] as? [String] == [".sovscan-install/"])
    }

    @Test func everyGateCommandRunsAndWritesItsFiles() throws {
        var commands: [[String]] = []
        for block in try Self.yamlBlocks() {
            for text in Self.strings(try Yams.load(yaml: block) as Any) {
                for line in text.components(separatedBy: "\n") {
                    // Recipes that need the network or a shared store are not run here.
                    guard let range = line.range(of: "sovscan check "), !line.contains("--online"), !line.contains("--store") else { continue }
                    commands.append(["check"] + line[range.upperBound...].split(separator: " ").map(String.init))
                }
            }
        }
        #expect(commands.count >= 2, "one gate per recipe")
        #expect(commands.contains { $0.contains("cyclonedx:gl-sbom-sovscan.cdx.json") } && commands.contains { $0.contains("markdown:sovscan-summary.md") })
        for command in commands {
            let sample = try cli.sampleCopy()
            try cli.write("extends: [stil]\n", to: sample.appendingPathComponent(".sovscan.yml"))
            let run = try cli.run(command + ["--maven-repo", "backend/m2-repository"], in: sample)
            #expect([0, 1].contains(run.status), "\(command): \(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("policy check"), "the job log shows the verdict")
            for (index, word) in command.enumerated() where word == "--format" && index + 1 < command.count {
                let parts = command[index + 1].split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                let data = try Data(contentsOf: sample.appendingPathComponent(parts[1]))
                let text = String(decoding: data, as: UTF8.self)
                switch parts[0] {
                case "sarif": #expect(text.contains("\"version\" : \"2.1.0\""), "\(parts[1])")
                case "cyclonedx": #expect(text.contains("\"bomFormat\" : \"CycloneDX\"") && text.contains("\"specVersion\" : \"1.6\""))
                case "gitlab": #expect((try JSONSerialization.jsonObject(with: data)) is [Any])
                case "junit": #expect(text.hasPrefix("<?xml"))
                case "html": #expect(text.contains("<html"))
                case "markdown": #expect(text.contains("## Open-source report"))
                default: Issue.record("unexpected format \(parts[0]) in docs/ci.md")
                }
            }
        }
    }
}
