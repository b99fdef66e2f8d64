import Foundation
import Testing

/// `sovscan scan --online --github-api` on a SwiftPM `Package.resolved` without checkouts, against GitHub's licence
/// API played by a loopback server: the pinned revision's licence text, identified by sovscan itself; the default
/// branch's as a weaker fallback; GitHub's own identification where the text is not recognised.
@Suite(.serialized) struct OnlineSwiftScanTests {
    static let mitText = """
        MIT License

        Copyright (c) 2020 Example Authors

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
        OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
        SOFTWARE.
        """

    static func answer(text: String, spdxID: String, path: String = "LICENSE") throws -> String {
        let object: [String: Any] = ["path": path, "encoding": "base64", "content": Data(text.utf8).base64EncodedString(),
                                     "license": ["key": spdxID.lowercased(), "spdx_id": spdxID]]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func licencesComeFromGitHubsLicenceAPI() throws {
        let api = try TemporaryFolder()
        let pinned = String(repeating: "a", count: 40)
        let other = String(repeating: "b", count: 40)
        let third = String(repeating: "c", count: 40)
        try api.write("repos/example/pinned-kit/license@\(pinned)", try Self.answer(text: Self.mitText, spdxID: "MIT"))
        // No answer at the pinned revision of branch-kit: the default branch answers.
        try api.write("repos/example/branch-kit/license", try Self.answer(text: Self.mitText, spdxID: "MIT"))
        // A text sovscan does not recognise: GitHub's identification stands in, with less confidence.
        try api.write("repos/example/odd-kit/license@\(third)", try Self.answer(text: "Use it as you like, but be nice.", spdxID: "Unlicense"))
        let project = try TemporaryFolder()
        try project.write("Package.swift", """
            // swift-tools-version:5.9
            import PackageDescription
            let package = Package(name: "App", dependencies: [
                .package(url: "https://github.com/example/pinned-kit.git", from: "1.0.0"),
                .package(url: "https://github.com/example/branch-kit.git", from: "2.0.0"),
                .package(url: "https://github.com/example/odd-kit.git", from: "3.0.0"),
                .package(url: "https://gitlab.com/example/elsewhere.git", from: "1.0.0"),
            ], targets: [.target(name: "App")])
            """)
        func pin(_ host: String, _ name: String, _ revision: String, _ version: String) -> String {
            """
            {"identity": "\(name)", "kind": "remoteSourceControl", "location": "https://\(host)/example/\(name).git",
             "state": {"revision": "\(revision)", "version": "\(version)"}}
            """
        }
        try project.write("Package.resolved", """
            {"pins": [\(pin("github.com", "pinned-kit", pinned, "1.2.0")), \(pin("github.com", "branch-kit", other, "2.1.0")),
                      \(pin("github.com", "odd-kit", third, "3.0.1")), \(pin("gitlab.com", "elsewhere", third, "1.0.0"))],
             "version": 2}
            """)
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let bom = cache.url.appendingPathComponent("out.cdx.json")
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url,
                                          "--format", "cyclonedx:" + bom.path], environment: ["GITHUB_TOKEN": "ghp_secret"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let licences = try SovScanProcess.licences(cycloneDX: bom)
        #expect(licences["pkg:swift/github.com/example/pinned-kit@1.2.0"] == "MIT")
        #expect(licences["pkg:swift/github.com/example/branch-kit@2.1.0"] == "MIT")
        #expect(licences["pkg:swift/github.com/example/odd-kit@3.0.1"] == "Unlicense")
        #expect(licences["pkg:swift/gitlab.com/example/elsewhere@1.0.0"] == "", "only GitHub's host is asked")
        // pinned-kit and odd-kit: one request each; branch-kit: the pinned revision (404), then the default branch.
        // (The pins' manifests are asked too, for their edges: OnlineSwiftEdgesTests.)
        #expect(try server.requestCounts().filter { $0.key.contains("/license") }.values.reduce(0, +) == 4)

        let explain = try SovScanProcess.run(["explain", "pkg:swift/github.com/example/branch-kit@2.1.0", project.path,
                                              "--cache", cache.path, "--github-api", server.url])
        #expect(explain.stdout.contains("/repos/example/branch-kit/license"), "the evidence names the API answer")
        #expect(explain.stdout.contains("default branch"))
        #expect(!explain.stdout.contains("ghp_secret"))
        let pinnedExplain = try SovScanProcess.run(["explain", "pkg:swift/github.com/example/pinned-kit@1.2.0", project.path,
                                                    "--cache", cache.path, "--github-api", server.url])
        let weaker = try #require(Self.confidence(explain.stdout))
        let stronger = try #require(Self.confidence(pinnedExplain.stdout))
        #expect(abs(weaker - stronger * 0.8) < 0.011, "the default branch vouches less (\(weaker) vs \(stronger))")
    }

    /// The confidence `explain` prints for the licence.
    static func confidence(_ text: String) -> Double? {
        guard let range = text.range(of: "(confidence ") else { return nil }
        return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}
