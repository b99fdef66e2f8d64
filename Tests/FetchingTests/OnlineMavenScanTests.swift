import Foundation
import Testing

/// `sovscan scan --online --maven-remote` against Debian's real POMs (`/usr/share/maven-repo`) served on loopback as
/// a stand-in for Maven Central: parents, BOM imports and licences of real artefacts must come out exactly as with
/// the same folder given as `--maven-repo`, and the cache must itself work as a local repository.
@Suite(.serialized) struct OnlineMavenScanTests {
    static let debianRepository = "/usr/share/maven-repo"
    /// An artefact with a parent chain and dependencies in Debian's repository (Debian's POMs carry no licences).
    static let artifact = (group: "org.apache.httpcomponents", name: "httpclient")

    static var version: String? {
        let folder = debianRepository + "/org/apache/httpcomponents/httpclient"
        return (try? FileManager.default.contentsOfDirectory(atPath: folder))?
            .filter { $0.first?.isNumber == true }.sorted().last
    }

    static var unavailableReason: String? {
        if let reason = LoopbackServer.unavailableReason { return reason }
        return version == nil ? "Debian's Maven repository has no httpclient (run scripts/setup.sh)" : nil
    }

    private func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("pom.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>dk.example</groupId>
              <artifactId>sag</artifactId>
              <version>1.0.0</version>
              <dependencies>
                <dependency>
                  <groupId>\(Self.artifact.group)</groupId>
                  <artifactId>\(Self.artifact.name)</artifactId>
                  <version>\(Self.version ?? "")</version>
                </dependency>
              </dependencies>
            </project>
            """)
        return folder
    }

    @Test(.enabled(if: unavailableReason == nil)) func remotePOMsResolveAsTheLocalRepositoryDoes() throws {
        let project = try project()
        let output = try TemporaryFolder()
        let emptyHome = try TemporaryFolder()
        let local = output.url.appendingPathComponent("local.cdx.json")
        let environment = ["HOME": emptyHome.path]
        let reference = try SovScanProcess.run(["scan", project.path, "--maven-repo", Self.debianRepository,
                                                "--cache", output.path + "/unused", "--format", "cyclonedx:" + local.path],
                                               environment: environment)
        #expect(reference.status == 0, "\(reference.stdout)\(reference.stderr)")
        let expected = try SovScanProcess.licences(cycloneDX: local)
        #expect(expected.count >= 4, "httpclient brings httpcore, commons-logging, commons-codec: \(expected.keys.sorted())")

        let server = try LoopbackServer(root: URL(fileURLWithPath: Self.debianRepository))
        let cache = try TemporaryFolder()
        let remote = output.url.appendingPathComponent("remote.cdx.json")
        let emptyLocal = try TemporaryFolder()
        let online = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path,
                                             "--maven-repo", emptyLocal.path, "--maven-remote", server.url + "/",
                                             "--format", "cyclonedx:" + remote.path], environment: environment)
        #expect(online.status == 0, "\(online.stdout)\(online.stderr)")
        let fetched = try SovScanProcess.licences(cycloneDX: remote)
        #expect(fetched == expected)
        #expect(try server.requestCount() > 2)

        // The cache is a local repository in Maven's layout.
        server.stop()
        let fromCache = output.url.appendingPathComponent("cache-as-repo.cdx.json")
        let asRepository = try SovScanProcess.run(["scan", project.path, "--maven-repo", cache.path + "/maven",
                                                   "--cache", output.path + "/unused2", "--format", "cyclonedx:" + fromCache.path],
                                                  environment: environment)
        #expect(asRepository.status == 0, "\(asRepository.stdout)")
        #expect(try SovScanProcess.licences(cycloneDX: fromCache) == expected)
        #expect(!FileManager.default.fileExists(atPath: cache.path + "/maven/org/apache/httpcomponents/httpclient/\(Self.version ?? "")/httpclient-\(Self.version ?? "").jar"),
                "POMs only, never jars")
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func licencesAndManagedVersionsComeThroughRemoteParentsAndBOMs() throws {
        let remote = try TemporaryFolder()
        try remote.write("org/example/parent/3/parent-3.pom", """
            <project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>parent</artifactId>
            <version>3</version><packaging>pom</packaging>
            <licenses><license><name>The Apache Software License, Version 2.0</name></license></licenses></project>
            """)
        try remote.write("org/example/bom/1.0/bom-1.0.pom", """
            <project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>bom</artifactId>
            <version>1.0</version><packaging>pom</packaging><dependencyManagement><dependencies>
            <dependency><groupId>org.example</groupId><artifactId>lib</artifactId><version>2.1</version></dependency>
            </dependencies></dependencyManagement></project>
            """)
        try remote.write("org/example/lib/2.1/lib-2.1.pom", """
            <project><modelVersion>4.0.0</modelVersion>
            <parent><groupId>org.example</groupId><artifactId>parent</artifactId><version>3</version></parent>
            <artifactId>lib</artifactId><version>2.1</version>
            <dependencies><dependency><groupId>org.example</groupId><artifactId>gpl-part</artifactId><version>1.0</version></dependency></dependencies>
            </project>
            """)
        try remote.write("org/example/gpl-part/1.0/gpl-part-1.0.pom", """
            <project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>gpl-part</artifactId>
            <version>1.0</version><licenses><license><name>GNU General Public License v3.0 only</name></license></licenses></project>
            """)
        let project = try TemporaryFolder()
        try project.write("pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><groupId>dk.example</groupId><artifactId>app</artifactId>
            <version>1</version><dependencyManagement><dependencies><dependency><groupId>org.example</groupId>
            <artifactId>bom</artifactId><version>1.0</version><type>pom</type><scope>import</scope></dependency>
            </dependencies></dependencyManagement><dependencies>
            <dependency><groupId>org.example</groupId><artifactId>lib</artifactId></dependency></dependencies></project>
            """)
        let server = try LoopbackServer(root: remote.url)
        let cache = try TemporaryFolder()
        let local = try TemporaryFolder()
        let bom = cache.url.appendingPathComponent("out.cdx.json")
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--maven-repo", local.path,
                                          "--maven-remote", server.url, "--format", "cyclonedx:" + bom.path],
                                         environment: ["HOME": local.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let licences = try SovScanProcess.licences(cycloneDX: bom)
        #expect(licences["pkg:maven/org.example/lib@2.1"] == "Apache-2.0", "version from the remote BOM, licence from the remote parent")
        #expect(licences["pkg:maven/org.example/gpl-part@1.0"] == "GPL-3.0-only", "transitive dependency of a remote POM")
        #expect(FileManager.default.fileExists(atPath: cache.path + "/maven/org/example/parent/3/parent-3.pom"))
    }

    @Test(.enabled(if: LoopbackServer.unavailableReason == nil)) func repositoriesThePOMDeclaresAreAskedThroughTheirMirrors() throws {
        let company = try TemporaryFolder()
        try company.write("dk/kommune/sag-api/4.2/sag-api-4.2.pom", """
            <project><modelVersion>4.0.0</modelVersion><groupId>dk.kommune</groupId><artifactId>sag-api</artifactId>
            <version>4.2</version><licenses><license><name>MPL-2.0</name></license></licenses></project>
            """)
        let empty = try TemporaryFolder()
        let central = try LoopbackServer(root: empty.url)
        let companyServer = try LoopbackServer(root: company.url)
        let plainHTTP = try LoopbackServer(root: company.url)
        // Central and the company repository reach the loopback servers through the mirrors of settings.xml.
        let home = try TemporaryFolder()
        try home.write(".m2/settings.xml", """
            <settings><mirrors>
              <mirror><id>central-mirror</id><mirrorOf>central</mirrorOf><url>\(central.url)</url></mirror>
              <mirror><id>company-mirror</id><mirrorOf>company</mirrorOf><url>\(companyServer.url)</url></mirror>
            </mirrors></settings>
            """)
        let project = try TemporaryFolder()
        try project.write("pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><groupId>dk.kommune</groupId><artifactId>app</artifactId><version>1</version>
            <repositories>
              <repository><id>insecure</id><url>\(plainHTTP.url)/</url></repository>
              <repository><id>company</id><url>https://maven.kommune.example/releases</url></repository>
            </repositories>
            <dependencies><dependency><groupId>dk.kommune</groupId><artifactId>sag-api</artifactId><version>4.2</version></dependency></dependencies>
            </project>
            """)
        let cache = try TemporaryFolder()
        let bom = cache.url.appendingPathComponent("out.cdx.json")
        let run = try SovScanProcess.run(["scan", project.path, "--online", "--cache", cache.path, "--maven-repo", empty.path,
                                          "--format", "cyclonedx:" + bom.path], environment: ["HOME": home.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try SovScanProcess.licences(cycloneDX: bom)["pkg:maven/dk.kommune/sag-api@4.2"] == "MPL-2.0")
        #expect(try central.requestCount() == 1, "central (its mirror) is asked first")
        #expect(try companyServer.requestCount() == 1)
        #expect(try plainHTTP.requestCount() == 0, "a plain-http repository of a POM is never asked")

        // With --maven-remote the command line lists every repository: the POM's are not asked.
        let again = try TemporaryFolder()
        _ = try SovScanProcess.run(["scan", project.path, "--online", "--cache", again.path, "--maven-repo", empty.path,
                                    "--maven-remote", central.url], environment: ["HOME": home.path])
        #expect(try companyServer.requestCount() == 1)
    }
}
