import Foundation
import Testing

/// `sovscan scan --online --github-api` on a SwiftPM project without checkouts: the pins' own `Package.swift` at
/// their pinned revision, from GitHub's contents API played by a loopback server, gives the edges between pins
/// that `Package.resolved` does not have, so a transitive pin inherits the level of the direct dependency that
/// brings it. Answers are cached for good (a 404 too); an offline run with the cache gives the same graph.
@Suite(.serialized) struct OnlineSwiftEdgesTests {
    static let revisions = (a: String(repeating: "a", count: 40), b: String(repeating: "b", count: 40),
                            c: String(repeating: "c", count: 40), d: String(repeating: "d", count: 40))
    static let sentry = "pkg:swift/github.com/getsentry/sentry-cocoa@8.20.0"
    static let bKit = "pkg:swift/github.com/example/b-kit@1.1.0"
    static let cKit = "pkg:swift/github.com/example/c-kit@1.2.0"
    static let dKit = "pkg:swift/github.com/example/d-kit@1.3.0"

    static func manifest(_ name: String, dependsOn dependencies: [String], padding: Int = 0) -> String {
        let entries = dependencies.map { "        .package(url: \"https://github.com/\($0).git\", from: \"1.0.0\")," }
        return """
            // swift-tools-version:5.9
            \(padding > 0 ? "// " + String(repeating: "x", count: padding) : "")
            import PackageDescription
            let package = Package(
                name: "\(name)",
                dependencies: [
            \(entries.joined(separator: "\n"))
                ],
                targets: [.target(name: "\(name)")]
            )
            """
    }

    static func pin(_ path: String, _ revision: String, _ version: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return """
            {"identity": "\(name)", "kind": "remoteSourceControl", "location": "https://github.com/\(path).git",
             "state": {"revision": "\(revision)", "version": "\(version)"}}
            """
    }

    /// An iOS package that declares Sentry (A); Sentry's manifest declares b-kit (B), b-kit's c-kit (C); d-kit
    /// (D) is pinned but nothing declares it.
    private func project() throws -> TemporaryFolder {
        let project = try TemporaryFolder()
        try project.write("Package.swift", """
            // swift-tools-version:5.9
            import PackageDescription
            let package = Package(name: "App", platforms: [.iOS(.v16)], dependencies: [
                .package(url: "https://github.com/getsentry/sentry-cocoa.git", from: "8.0.0"),
            ], targets: [.target(name: "App", dependencies: [.product(name: "Sentry", package: "sentry-cocoa")])])
            """)
        let r = Self.revisions
        try project.write("Package.resolved", """
            {"pins": [\(Self.pin("getsentry/sentry-cocoa", r.a, "8.20.0")), \(Self.pin("example/b-kit", r.b, "1.1.0")),
                      \(Self.pin("example/c-kit", r.c, "1.2.0")), \(Self.pin("example/d-kit", r.d, "1.3.0"))],
             "version": 2}
            """)
        return project
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func edgesComeFromThePinsOwnManifests() throws {
        let api = try TemporaryFolder()
        let r = Self.revisions
        try api.write("repos/getsentry/sentry-cocoa/contents/Package.swift@\(r.a)", Self.manifest("Sentry", dependsOn: ["example/b-kit"]))
        try api.write("repos/example/b-kit/contents/Package.swift@\(r.b)", Self.manifest("BKit", dependsOn: ["example/c-kit"]))
        let project = try project()
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let online = cache.url.appendingPathComponent("online.json")
        let first = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url,
                                            "--format", "json:" + online.path], environment: ["GITHUB_TOKEN": "ghp_secret"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let scan = try ScanDocument(online)
        #expect(scan.edges.contains(Edge(from: Self.sentry, to: Self.bKit)))
        #expect(scan.edges.contains(Edge(from: Self.bKit, to: Self.cKit)))
        #expect(!scan.edges.contains { $0.to == Self.cKit && $0.from.hasPrefix("pkg:swift/local/") }, "c-kit has a parent now")
        #expect(scan.level(Self.sentry) == "ops-support", "Sentry's rule level")
        #expect(scan.level(Self.cKit) == "ops-support", "inherited from Sentry through b-kit, not the Swift default")
        #expect(scan.countedUnder(Self.cKit) == scan.technology(Self.sentry), "no technology of its own")
        #expect(scan.level(Self.dKit) == "frontend", "nothing reaches d-kit: the default of an iOS package")
        let evidence = try #require(scan.properties(Self.bKit)["dependencies-from"])
        #expect(evidence == server.url + "/repos/example/b-kit/contents/Package.swift?ref=\(r.b)")
        #expect(!(try String(contentsOf: online, encoding: .utf8)).contains("ghp_secret"))
        let manifestPaths = try Self.manifestRequests(server)
        #expect(manifestPaths.count == 4, "one request per pin: \(manifestPaths)")
        #expect(manifestPaths.values.allSatisfy { $0 == 1 })

        // Offline, the cache answers: the same graph, and no request goes out.
        let before = try server.requestCount()
        let offline = cache.url.appendingPathComponent("offline.json")
        let second = try SovScanProcess.run(["scan", project.path, "--cache", cache.path, "--github-api", server.url,
                                             "--format", "json:" + offline.path])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(try ScanDocument(offline).edges == scan.edges)
        #expect(try ScanDocument(offline).level(Self.cKit) == "ops-support")
        #expect(try server.requestCount() == before)

        // Online again: the manifests at fixed revisions, and the 404s of c-kit and d-kit, are not asked again.
        let third = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url])
        #expect(third.status == 0, "\(third.stdout)\(third.stderr)")
        #expect(try Self.manifestRequests(server) == manifestPaths)

        let explain = try SovScanProcess.run(["explain", Self.cKit, project.path, "--cache", cache.path, "--github-api", server.url])
        #expect(explain.stdout.contains("brought by"))
        #expect(explain.stdout.contains("b-kit -> c-kit, read from \(evidence)"), "\(explain.stdout)")
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func malformedAndHugeManifestsAreReportedAndTheScanGoesOn() throws {
        let api = try TemporaryFolder()
        let r = Self.revisions
        // Sentry's manifest breaks off in an unterminated string after declaring b-kit: read as far as it goes.
        try api.write("repos/getsentry/sentry-cocoa/contents/Package.swift@\(r.a)",
                      Self.manifest("Sentry", dependsOn: ["example/b-kit"]) + "\nlet broken = \"never closed\n")
        // b-kit's manifest is larger than 1 MB: refused, so its edge to c-kit is not read.
        try api.write("repos/example/b-kit/contents/Package.swift@\(r.b)",
                      Self.manifest("BKit", dependsOn: ["example/c-kit"], padding: 1_100_000))
        let project = try project()
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let output = cache.url.appendingPathComponent("scan.json")
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url,
                                          "--format", "json:" + output.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let scan = try ScanDocument(output)
        #expect(scan.edges.contains(Edge(from: Self.sentry, to: Self.bKit)))
        #expect(!scan.edges.contains(Edge(from: Self.bKit, to: Self.cKit)))
        #expect(scan.diagnostics.contains { $0.contains("the Package.swift of 'sentry-cocoa'") && $0.contains("line ") },
                "\(scan.diagnostics)")
        #expect(scan.diagnostics.contains { $0.contains("the Package.swift of 'b-kit'") && $0.contains("more than 1048576") },
                "\(scan.diagnostics)")
        #expect(scan.level(Self.cKit) == "frontend", "c-kit's parent stays unknown")
    }

    /// An answer that is no manifest (a proxy's error page with status 200) is not kept for good: it counts as a
    /// failed request (exit 3, the scan is incomplete) and the next online run asks again. Pins whose revision is
    /// no commit id, and pins hosted elsewhere than GitHub, are not asked; the token stays out of the cache.
    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func onlyManifestsAtCommitsOfGitHubPinsAreKept() throws {
        let api = try TemporaryFolder()
        let r = Self.revisions
        try api.write("repos/getsentry/sentry-cocoa/contents/Package.swift@\(r.a)", "<html><body>proxy error</body></html>")
        try api.write("repos/example/b-kit/contents/Package.swift@main", Self.manifest("BKit", dependsOn: ["example/c-kit"]))
        let project = try TemporaryFolder()
        try project.write("Package.swift", """
            // swift-tools-version:5.9
            import PackageDescription
            let package = Package(name: "App", platforms: [.iOS(.v16)], dependencies: [
                .package(url: "https://github.com/getsentry/sentry-cocoa.git", from: "8.0.0"),
            ], targets: [.target(name: "App", dependencies: [.product(name: "Sentry", package: "sentry-cocoa")])])
            """)
        try project.write("Package.resolved", """
            {"pins": [\(Self.pin("getsentry/sentry-cocoa", r.a, "8.20.0")), \(Self.pin("example/b-kit", "main", "1.1.0")),
                      {"identity": "e-kit", "kind": "remoteSourceControl", "location": "https://gitlab.com/example/e-kit.git",
                       "state": {"revision": "\(r.d)", "version": "1.0.0"}}],
             "version": 2}
            """)
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let output = cache.url.appendingPathComponent("scan.json")
        for _ in 0..<2 {
            let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url,
                                              "--format", "json:" + output.path], environment: ["GITHUB_TOKEN": "ghp_secret"])
            #expect(run.status == 3, "\(run.stdout)\(run.stderr)")
            #expect((run.stdout + run.stderr).contains("not a valid document"), "\(run.stdout)\(run.stderr)")
            #expect(!(try ScanDocument(output).edges.contains { $0.from == Self.sentry }))
        }
        let requests = try Self.manifestRequests(server)
        #expect(requests.count == 1, "only Sentry's manifest is asked: \(requests)")
        #expect(requests.values.first == 2, "the error page was not kept, so the second run asked again")
        let files = FileManager.default.enumerator(atPath: cache.path)?.compactMap { $0 as? String } ?? []
        for file in files {
            let text = (try? String(contentsOfFile: cache.path + "/" + file, encoding: .utf8)) ?? ""
            #expect(!text.contains("ghp_secret"), "\(file)")
        }
    }

    /// Requests to the contents API, by path and query, with their counts.
    static func manifestRequests(_ server: LoopbackServer) throws -> [String: Int] {
        try server.requestCounts().filter { $0.key.contains("/contents/Package.swift") }
    }
}

/// An edge of the scanned graph, by purl.
struct Edge: Hashable {
    var from: String
    var to: String
}

/// The parts of `sovscan scan --format json` these tests read (the first system).
struct ScanDocument {
    let edges: Set<Edge>
    let diagnostics: [String]
    private let components: [String: [String: Any]]
    private let classifications: [String: [String: Any]]

    init(_ file: URL) throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let inventory = try #require(document["inventory"] as? [String: Any])
        let system = try #require((inventory["systems"] as? [[String: Any]])?.first)
        let graph = system["graph"] as? [String: Any]
        edges = Set((graph?["edges"] as? [[String: Any]] ?? []).compactMap { edge in
            guard let from = edge["from"] as? String, let to = edge["to"] as? String else { return nil }
            return Edge(from: from, to: to)
        })
        diagnostics = (system["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        var components: [String: [String: Any]] = [:]
        for component in system["components"] as? [[String: Any]] ?? [] {
            if let purl = component["purl"] as? String { components[purl] = component }
        }
        self.components = components
        var classifications: [String: [String: Any]] = [:]
        let systems = document["classifications"] as? [[String: Any]] ?? []
        for classification in systems.first?["classifications"] as? [[String: Any]] ?? [] {
            if let purl = classification["purl"] as? String { classifications[purl] = classification }
        }
        self.classifications = classifications
    }

    func level(_ purl: String) -> String? { classifications[purl]?["level"] as? String }

    func countedUnder(_ purl: String) -> String? { classifications[purl]?["countedUnder"] as? String }

    func technology(_ purl: String) -> String? { classifications[purl]?["technology"] as? String }

    func properties(_ purl: String) -> [String: String] { components[purl]?["properties"] as? [String: String] ?? [:] }

    /// The id of the vendor the classification names, `nil` for none.
    func vendor(_ purl: String) -> String? { (classifications[purl]?["vendor"] as? [String: Any])?["id"] as? String }

    /// The reason the classification gives for its vendor.
    func vendorReason(_ purl: String) -> String? {
        (classifications[purl]?["explanation"] as? [[String: Any]])?.first { $0["fact"] as? String == "vendor" }?["reason"] as? String
    }
}
