import CLITestSupport
import Foundation
import Testing

/// The gate and what only a tooling project declares (modelled on Openfire's `build/ci/updater`, a CI tool whose POM
/// declares Oracle's JDBC driver in compile scope): judged under a policy without `ignore-levels`, pointing at the
/// tool's POM; not judged, and counted, under one that ignores `development-tooling`, as the bundled profiles do.
struct ToolingModuleGateTests {
    let cli = CheckCommandTests()

    func fixtureCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("tooling-module")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("tooling-module"), to: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("m2"), withIntermediateDirectories: true)
        return folder
    }

    func check(_ folder: URL) throws -> SovScanRun {
        try cli.run(["check", ".", "--policy", "policy.yml", "--maven-repo", folder.appendingPathComponent("m2").path,
                     "--allow-incomplete", "--format", "table", "--format", "json:check.json"], in: folder)
    }

    @Test func whatOnlyACIToolDeclaresIsJudgedUnlessItsLevelIsIgnored() throws {
        let folder = try fixtureCopy()
        let judged = try check(folder)
        #expect(judged.status == 1, "\(judged.stdout)\(judged.stderr)")
        #expect(judged.stdout.contains("build/ci/updater/pom.xml:13"), "\(judged.stdout)")
        #expect(judged.stdout.contains("vendor-denied"))
        #expect(!judged.stdout.contains("not judged"), "nothing was skipped: \(judged.stdout)")

        let policy = folder.appendingPathComponent("policy.yml")
        try Data((try String(contentsOf: policy, encoding: .utf8) + "ignore-levels: [development-tooling]\n").utf8).write(to: policy)
        let skipped = try check(folder)
        #expect(skipped.status == 0, "\(skipped.stdout)\(skipped.stderr)")
        #expect(!skipped.stdout.contains("vendor-denied"))
        #expect(skipped.stdout.contains("not judged: 1 of ignored levels (ignore-scopes, ignore-levels); --verbose lists"),
                "\(skipped.stdout)")
        #expect(!skipped.stdout.contains("ojdbc11"), "without --verbose only the number: \(skipped.stdout)")
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("check.json")))
        let unjudged = try #require((document as? [String: Any])?["unjudged"] as? [String: Any])
        #expect(unjudged["byScope"] as? Int == 0 && unjudged["byLevel"] as? Int == 1)
        let listed = try #require(unjudged["levelIgnored"] as? [[String: Any]])
        #expect(listed.map { $0["component"] as? String } == ["pkg:maven/com.oracle.database.jdbc/ojdbc11@23.2.0.0"])
        #expect(listed.first?["scope"] as? String == "compile" && listed.first?["level"] as? String == "development-tooling")
        #expect((listed.first?["location"] as? [String: Any])?["file"] as? String == "build/ci/updater/pom.xml")
        #expect((listed.first?["reason"] as? String)?.isEmpty == false)

        let listing = try cli.run(["check", ".", "--policy", "policy.yml", "--maven-repo", folder.appendingPathComponent("m2").path,
                                   "--allow-incomplete", "--verbose"], in: folder)
        #expect(listing.status == 0, "\(listing.stdout)\(listing.stderr)")
        #expect(listing.stdout.contains("Not judged for their stack level (ignore-levels), though of a judged scope: 1"), "\(listing.stdout)")
        #expect(listing.stdout.contains("build/ci/updater/pom.xml:13  pkg:maven/com.oracle.database.jdbc/ojdbc11@23.2.0.0  compile, development-tooling"),
                "\(listing.stdout)")
        #expect(!listing.stdout.contains("--verbose lists"), "\(listing.stdout)")

        let explained = try cli.run(["explain", "pkg:maven/com.oracle.database.jdbc/ojdbc11@23.2.0.0", ".", "--maven-repo",
                                     folder.appendingPathComponent("m2").path], in: folder)
        #expect(explained.stdout.contains("compile, a shipping scope, but it does not run in the system"), "\(explained.stdout)")
        let server = try cli.run(["explain", "pkg:maven/org.postgresql/postgresql@42.7.4", ".", "--maven-repo",
                                  folder.appendingPathComponent("m2").path], in: folder)
        #expect(server.stdout.contains("compile, ships"), "\(server.stdout)")
    }
}
