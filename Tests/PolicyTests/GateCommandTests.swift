import Foundation
import Testing

/// Issue 14, the gate: `sovscan check` never passes on a scan that lost data, unless `--allow-incomplete` says so;
/// it prints the scan's problems, SARIF marks the run unsuccessful, and a summary reaches the CI log even when every
/// format goes to a file. The commands are the ones quoted in the issue.
struct GateCommandTests {
    let cli = CheckCommandTests()

    /// A fresh copy of `Fixtures/incomplete` (a policy and three systems that cannot be read completely).
    func fixtureCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("incomplete")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("incomplete"), to: folder)
        return folder
    }

    @Test func aMissingPathFailsWithExitThree() throws {
        let folder = try fixtureCopy()
        let bare = try cli.run(["check", "/nonexistent"], in: folder)
        #expect(bare.status == 3, "\(bare.stdout)\(bare.stderr)")
        #expect(bare.stderr.contains("/nonexistent: error: the path does not exist"))
        #expect(!bare.stdout.contains("passed"))
        let withPolicy = try cli.run(["check", "/nonexistent", "--policy", "policy.yml"], in: folder)
        #expect(withPolicy.status == 3)
        #expect(withPolicy.stdout.contains("/nonexistent: error: the path does not exist"))
        #expect(withPolicy.stdout.contains("policy check INCOMPLETE"))
    }

    @Test func anEmptyFolderHasNoManifest() throws {
        let folder = try fixtureCopy()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let run = try cli.run(["check", "empty", "--policy", "policy.yml"], in: folder)
        #expect(run.status == 3)
        #expect(run.stdout.contains("empty: error: no manifest found"), "\(run.stdout)")
        let allowed = try cli.run(["check", "empty", "--policy", "policy.yml", "--allow-incomplete"], in: folder)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("policy check passed") && allowed.stdout.contains("allowed by --allow-incomplete"))
    }

    @Test func aBrokenPackageJSONIsReportedAtItsLine() throws {
        let folder = try fixtureCopy()
        let run = try cli.run(["check", "broken-package-json", "--policy", "policy.yml"], in: folder)
        #expect(run.status == 3)
        #expect(run.stdout.contains("broken-package-json/package.json:6:3: error: invalid JSON"), "\(run.stdout)")
        #expect(!run.stdout.contains("policy check passed"))
    }

    @Test func unreadableMavenParentsBOMsAndVersions() throws {
        let folder = try fixtureCopy()
        let repository = folder.appendingPathComponent("m2")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        let run = try cli.run(["check", "maven-missing-parent", "--policy", "policy.yml", "--maven-repo", repository.path], in: folder)
        #expect(run.status == 3, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("maven-missing-parent/pom.xml:5: error: the parent dk.kommune:kommune-parent:7 cannot be read"), "\(run.stdout)")
        #expect(run.stdout.contains("maven-missing-parent/pom.xml:13: error: the imported BOM org.springframework.boot:spring-boot-dependencies:3.3.4"))
        #expect(run.stdout.contains("error: the version of pkg:maven/org.springframework/spring-web could not be resolved"))
        // The scan's warnings are printed too (on standard error).
        #expect(run.stderr.contains("warning: org.springframework:spring-web has no usable version"), "\(run.stderr)")
        let quiet = try cli.run(["check", "maven-missing-parent", "--policy", "policy.yml", "--maven-repo", repository.path, "--quiet",
                                 "--format", "json:check.json"], in: folder)
        #expect(quiet.status == 3 && quiet.stdout.isEmpty)
        #expect(quiet.stderr.contains("error: the parent dk.kommune:kommune-parent:7") && !quiet.stderr.contains("warning:"))
    }

    @Test func anUnpinnedVersionIsAGap() throws {
        let folder = try fixtureCopy()
        let run = try cli.run(["check", "unpinned", "--policy", "policy.yml"], in: folder)
        #expect(run.status == 3)
        #expect(run.stdout.contains("unpinned/package.json:6:5: error: the version of pkg:npm/dayjs could not be resolved"), "\(run.stdout)")
    }

    /// `check . --format sarif:sovscan.sarif`, the README's gate command: the log shows the verdict and the
    /// problems, and the SARIF file says the run did not succeed.
    @Test func sarifToAFileStillPrintsTheSummary() throws {
        let folder = try fixtureCopy()
        let broken = folder.appendingPathComponent("broken-package-json")
        try Data(try Data(contentsOf: folder.appendingPathComponent("policy.yml"))).write(to: broken.appendingPathComponent(".sovscan.yml"))
        let run = try cli.run(["check", ".", "--format", "sarif:sovscan.sarif"], in: broken)
        #expect(run.status == 3)
        #expect(run.stdout.contains("policy check INCOMPLETE") && run.stdout.contains("package.json:6:3: error: invalid JSON"), "\(run.stdout)")
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: broken.appendingPathComponent("sovscan.sarif"))) as? [String: Any]
        let invocation = try #require(((log?["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect((notifications.first?["message"] as? [String: Any])?["text"] as? String == "invalid JSON: expected a key in quotes")
        #expect(notifications.first?["level"] as? String == "error")
        let quiet = try cli.run(["check", ".", "--format", "sarif:sovscan.sarif", "--quiet"], in: broken)
        #expect(quiet.status == 3 && quiet.stdout.isEmpty, "--quiet silences the summary")
        #expect(quiet.stderr.contains("package.json:6:3: error: invalid JSON"), "the reason for exit 3 is always printed")
    }

    @Test func scanToAFileStillPrintsTheSummary() throws {
        let folder = try fixtureCopy()
        let run = try cli.run(["scan", "unpinned", "--format", "cyclonedx:bom.json"], in: folder)
        #expect(run.stdout.contains("System unpinned") && run.stdout.contains("STIL table"), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("bom.json").path))
        let quiet = try cli.run(["scan", "unpinned", "--format", "cyclonedx:bom.json", "--quiet"], in: folder)
        #expect(quiet.stdout.isEmpty)
    }
}

/// Issue 14: `check --sbom FILE` gates a supplier's SBOM (procurement), without a repository.
struct SupplierSBOMCheckTests {
    let cli = CheckCommandTests()

    @Test func aSuppliersSBOMIsJudgedAtItsLines() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("supplier"),
                                         to: folder.appendingPathComponent("supplier"))
        let run = try cli.run(["check", "--sbom", "supplier/borgerservice-bom.cdx.json", "--policy", "supplier/procurement.yml"], in: folder)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("supplier/borgerservice-bom.cdx.json:30:5  error     license-denied  com.itextpdf:itext-core@8.0.5 is licensed AGPL-3.0-only"),
                "\(run.stdout)")
        #expect(!run.stdout.contains("cdx.json/supplier"), "the SBOM's path is named once")
        #expect(!run.stdout.contains("The scan is incomplete"), "the current folder is not scanned when only an SBOM is given")
        let sarif = try cli.run(["check", "--sbom", "supplier/borgerservice-bom.cdx.json", "--policy", "supplier/procurement.yml",
                                 "--format", "json"], in: folder)
        let document = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        #expect(document?["systems"] as? [String] == ["Borgerservice"])
        #expect(document?["incomplete"] as? Bool == false)
    }
}
