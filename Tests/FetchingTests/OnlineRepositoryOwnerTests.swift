import Foundation
import Testing

/// `sovscan scan --online --github-api` asks GitHub's users API, once per owner, whether a Swift package's
/// repository belongs to a person or an organisation. A package that no rule names a steward for is presumed an
/// independent maintainer's (a Swift package on GitHub is so offline too, docs/methodology.md section 3); the
/// explanation names the evidence: a personal account, an organisation account, or only the account's name when
/// GitHub could not say. A rule's steward always wins, and the cache answers offline. Nobody asks about the owner of a
/// package whose account rules name as a company's: its owner's kind changes nothing.
@Suite(.serialized) struct OnlineRepositoryOwnerTests {
    static let person = "pkg:swift/github.com/jane-doe/tiny-kit@1.0.0"
    static let personsSecond = "pkg:swift/github.com/jane-doe/other-kit@2.0.0"
    static let organisation = "pkg:swift/github.com/acme-labs/acme-kit@1.1.0"
    static let vanished = "pkg:swift/github.com/gone-user/gone-kit@1.2.0"
    static let sentry = "pkg:swift/github.com/getsentry/sentry-cocoa@8.20.0"
    /// A Square package no rule names; rules name other packages of github.com/square as Square's.
    static let squareKit = "pkg:swift/github.com/square/paralayout@1.1.0"

    private func project() throws -> TemporaryFolder {
        let project = try TemporaryFolder()
        let pins = [("jane-doe/tiny-kit", "1.0.0"), ("jane-doe/other-kit", "2.0.0"), ("acme-labs/acme-kit", "1.1.0"),
                    ("gone-user/gone-kit", "1.2.0"), ("getsentry/sentry-cocoa", "8.20.0"), ("square/paralayout", "1.1.0")]
        let entries = pins.enumerated().map { index, pin in
            OnlineSwiftEdgesTests.pin(pin.0, String(repeating: String(index), count: 40), pin.1)
        }
        try project.write("Package.resolved", "{\"pins\": [\(entries.joined(separator: ", "))], \"version\": 2}")
        return project
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func personalAccountsMakeIndependentMaintainers() throws {
        let api = try TemporaryFolder()
        try api.write("users/jane-doe", #"{"login": "jane-doe", "id": 1, "type": "User", "name": "Jane Doe"}"#)
        try api.write("users/acme-labs", #"{"login": "acme-labs", "id": 2, "type": "Organization"}"#)
        try api.write("users/getsentry", #"{"login": "getsentry", "id": 3, "type": "Organization"}"#)
        let project = try project()
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let online = cache.url.appendingPathComponent("online.json")
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url,
                                          "--format", "json:" + online.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let scan = try ScanDocument(online)
        for purl in [Self.person, Self.personsSecond] {
            #expect(scan.vendor(purl) == "independent", "\(purl)")
            #expect(scan.properties(purl)["repository-owner"] == "user")
            #expect(scan.vendorReason(purl)?.contains("jane-doe, a personal GitHub account") == true, "\(scan.vendorReason(purl) ?? "")")
        }
        #expect(scan.vendor(Self.organisation) == "independent", "a small organisation no rule names")
        #expect(scan.properties(Self.organisation)["repository-owner"] == "organization")
        #expect(scan.vendorReason(Self.organisation)?.contains("acme-labs, an organisation account") == true)
        #expect(scan.properties(Self.vanished)["repository-owner"] == nil, "a 404 tells nothing")
        #expect(scan.vendorReason(Self.vanished)?.contains("github.com/gone-user, an account that no rule names") == true,
                "only the account's name: \(scan.vendorReason(Self.vanished) ?? "")")
        #expect(scan.vendor(Self.sentry) == "sentry", "the rule's steward")
        #expect(scan.properties(Self.sentry)["repository-owner"] == nil, "a rule names Sentry: nobody asks")
        #expect(scan.vendor(Self.squareKit) == nil, "Square's account: not presumed independent")
        #expect(scan.vendorReason(Self.squareKit)?.contains("as Block, Inc. (Square)'s, so it is not presumed") == true,
                "\(scan.vendorReason(Self.squareKit) ?? "")")
        #expect(scan.properties(Self.squareKit)["repository-owner"] == nil, "rules name Square's account: nobody asks")
        let asked = try server.requestCounts().filter { $0.key.hasPrefix("/users/") }
        #expect(asked == ["/users/jane-doe": 1, "/users/acme-labs": 1, "/users/gone-user": 1],
                "one question per owner of a package without a steward: \(asked)")

        // Offline the cache answers the same, and nobody is asked.
        let before = try server.requestCount()
        let offline = cache.url.appendingPathComponent("offline.json")
        let second = try SovScanProcess.run(["scan", project.path, "--cache", cache.path, "--github-api", server.url,
                                             "--format", "json:" + offline.path])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(try ScanDocument(offline).vendorReason(Self.person)?.contains("jane-doe, a personal GitHub account") == true)
        #expect(try server.requestCount() == before)
    }

    /// A Maven artefact's owner comes from its POM's `<scm><url>`: the same question, the same presumption. A WebJar
    /// built from a repository of an account that rules name as one company's takes that company as its vendor
    /// (`Classifier.accountSteward`), so nobody asks about that account (review11: `namesSteward` counts it).
    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func mavenArtefactsAskAboutTheirPOMsRepository() throws {
        let api = try TemporaryFolder()
        try api.write("users/jane-doe", #"{"login": "jane-doe", "id": 1, "type": "User"}"#)
        try api.write("users/square", #"{"login": "square", "id": 2, "type": "Organization"}"#)
        let project = try TemporaryFolder()
        try project.write("pom.xml", """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>dk.example</groupId><artifactId>app</artifactId><version>1.0</version>
              <dependencies>
                <dependency><groupId>org.person</groupId><artifactId>lib</artifactId><version>1.0</version></dependency>
                <dependency><groupId>org.webjars.bowergithub.square</groupId><artifactId>crossfilter</artifactId><version>1.3.12</version></dependency>
              </dependencies>
            </project>
            """)
        try project.write("m2/org/person/lib/1.0/lib-1.0.pom", """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>org.person</groupId><artifactId>lib</artifactId><version>1.0</version>
              <scm><url>https://github.com/jane-doe/lib</url></scm>
            </project>
            """)
        try project.write("m2/org/webjars/bowergithub/square/crossfilter/1.3.12/crossfilter-1.3.12.pom", """
            <project><modelVersion>4.0.0</modelVersion>
              <groupId>org.webjars.bowergithub.square</groupId><artifactId>crossfilter</artifactId><version>1.3.12</version>
              <scm><url>https://github.com/square/crossfilter</url></scm>
            </project>
            """)
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let output = cache.url.appendingPathComponent("scan.json")
        let run = try SovScanProcess.run(["scan", project.path, "--exclude", "m2", "--maven-repo", project.path + "/m2",
                                          "--online", "--cache", cache.path, "--github-api", server.url,
                                          "--format", "json:" + output.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let scan = try ScanDocument(output)
        let lib = "pkg:maven/org.person/lib@1.0"
        #expect(scan.properties(lib)["source-repository"] == "https://github.com/jane-doe/lib")
        #expect(scan.vendor(lib) == "independent")
        #expect(scan.vendorReason(lib)?.contains("jane-doe, a personal GitHub account") == true)
        let webJar = "pkg:maven/org.webjars.bowergithub.square/crossfilter@1.3.12"
        #expect(scan.properties(webJar)["source-repository"] == "https://github.com/square/crossfilter")
        #expect(scan.vendor(webJar) == "square", "\(scan.vendorReason(webJar) ?? "")")
        #expect(scan.properties(webJar)["repository-owner"] == nil, "rules name Square's account: nobody asks")
        #expect(try server.requestCounts().filter { $0.key.hasPrefix("/users/") } == ["/users/jane-doe": 1])
    }

    /// An answer that is no account (a proxy's page) is not kept and tells nothing: the presumption rests on the
    /// account's name only.
    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func anAnswerWithoutAnAccountTypeIsNotKept() throws {
        let api = try TemporaryFolder()
        try api.write("users/jane-doe", "<html>proxy error</html>")
        let project = try project()
        let server = try LoopbackServer(root: api.url)
        let cache = try TemporaryFolder()
        let output = cache.url.appendingPathComponent("scan.json")
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--github-api", server.url,
                                          "--format", "json:" + output.path])
        #expect(run.status == 3, "a failed request makes the scan incomplete: \(run.stdout)\(run.stderr)")
        let reason = try ScanDocument(output).vendorReason(Self.person) ?? ""
        #expect(!reason.contains("personal GitHub account") && reason.contains("github.com/jane-doe, an account"), "\(reason)")
        let kept = FileManager.default.enumerator(atPath: cache.path)?.compactMap { $0 as? String } ?? []
        #expect(!kept.contains { $0.hasSuffix("jane-doe.json") }, "\(kept)")
    }
}
