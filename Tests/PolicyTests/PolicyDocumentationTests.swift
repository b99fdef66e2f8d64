import Foundation
import Testing

/// docs/policy.md's worked example, run as written: its policy beside a copy of the sample system, its command,
/// and its output compared line by line, so the documentation cannot go stale.
struct PolicyDocumentationTests {
    let cli = CheckCommandTests()

    /// The fenced blocks of the section that starts with `heading`, in order.
    static func blocks(in section: String) -> [(info: String, body: String)] {
        var result: [(String, String)] = []
        var current: (info: String, lines: [String])?
        for line in section.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let open = current {
                    result.append((open.info, open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)), [])
                }
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        return result
    }

    @Test func theWorkedExampleRunsAsDocumented() throws {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/policy.md"), encoding: .utf8)
        let heading = "## Example: the sample system under the `bankdata` profile"
        let start = try #require(text.range(of: heading), "docs/policy.md has the worked example")
        let rest = text[start.upperBound...]
        let section = String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
        let blocks = Self.blocks(in: section)
        let policy = try #require(blocks.first { $0.info == "yaml" }?.body)
        let transcript = try #require(blocks.first { $0.body.hasPrefix("$ ") }?.body)
        var lines = transcript.components(separatedBy: "\n")
        let command = lines.removeFirst()
        let expected = lines.joined(separator: "\n") + "\n"

        #expect(command.hasPrefix("$ cd SampleProjects/kommune-sag && sovscan "))
        let arguments = command.replacingOccurrences(of: "$ cd SampleProjects/kommune-sag && sovscan ", with: "")
            .split(separator: " ").map(String.init)
        let sample = try cli.sampleCopy()
        try cli.write(policy + "\n", to: sample.appendingPathComponent(".sovscan.yml"))
        let run = try cli.run(arguments, in: sample)  // SOURCE_DATE_EPOCH is 2026-12-01, as the example says
        #expect(run.stdout == expected, "docs/policy.md's example output differs from sovscan's:\n\(run.stdout)")
        #expect(run.status == (expected.contains("policy check passed") ? 0 : 1), "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
