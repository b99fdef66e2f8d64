import Foundation
import Testing

/// Issue 14: `sovscan init` writes a starting `.sovscan.yml` from a scan of the repository.
struct InitCommandTests {
    let cli = CheckCommandTests()

    @Test func initWritesAPolicyThatCheckReads() throws {
        let sample = try cli.sampleCopy()
        let run = try cli.run(["init", "--maven-repo", "backend/m2-repository"], in: sample)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote .sovscan.yml: review it, then run 'sovscan check'\n")
        let policy = try String(contentsOf: sample.appendingPathComponent(".sovscan.yml"), encoding: .utf8)
        #expect(policy.contains("\nextends: [stil]\n"))
        // The licences in use, with their component counts, as the scan found them.
        #expect(policy.contains("    - Apache-2.0   # 19 component(s)\n    - BSD-2-Clause # 1 component(s)\n    - MIT          # 20 component(s)\n"),
                "\(policy)")
        // The profile denies the proprietary licences in use: one commented exception per package to fill in.
        #expect(policy.contains("#   - purl: \"pkg:maven/com.oracle.database.jdbc/ojdbc11\"\n#     allow: [LicenseRef-Proprietary]"))
        #expect(policy.contains("#   - purl: \"pkg:npm/highcharts\"\n#     allow: [LicenseRef-Proprietary]"))
        #expect(!policy.contains("    - LicenseRef-Proprietary"), "a licence the profile denies is not put on the allow list")

        let check = try cli.run(["check", "--maven-repo", "backend/m2-repository"], in: sample)
        #expect(check.status == 1, "the policy is valid (not 2) and the denied licences fail: \(check.stderr)")
        #expect(check.stdout.contains("highcharts@11.4.8 is licensed LicenseRef-Proprietary; LicenseRef-Proprietary is denied"))

        let again = try cli.run(["init", "--maven-repo", "backend/m2-repository"], in: sample)
        #expect(again.status == 2 && again.stderr.contains(".sovscan.yml exists; pass --force"))
        let proposal = try cli.run(["init", "--maven-repo", "backend/m2-repository", "--stdout", "--policy-profile", "bankdata"], in: sample)
        #expect(proposal.status == 0 && proposal.stdout.contains("\nextends: [bankdata]\n"))
        #expect(try String(contentsOf: sample.appendingPathComponent(".sovscan.yml"), encoding: .utf8) == policy, "--stdout writes nothing")
        #expect(try cli.run(["init", "--policy-profile", "nordic", "--stdout"], in: sample).status == 2)
    }

    /// An official image declares no licence, but its technology rule states one (Node.js: MIT): the starting policy
    /// allows it as `sovscan check` will judge it, rather than listing the image as of unknown licence.
    @Test func initCountsALicenceARuleStates() throws {
        let folder = try TestSupport.temporaryFolder()
        try cli.write("FROM node:22-alpine\nCMD [\"node\", \"server.js\"]\n", to: folder.appendingPathComponent("Dockerfile"))
        let run = try cli.run(["init", "--stdout"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("    - MIT # 1 component(s)\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("library/node"), "\(run.stdout)")
        let check = try cli.run(["check"], in: folder)
        #expect(!check.stdout.contains("node@22-alpine has no known licence"), "\(check.stdout)")
    }

    @Test func initRefusesAnIncompleteScan() throws {
        let folder = try TestSupport.temporaryFolder()
        try cli.write("{ \"name\": \"x\", ", to: folder.appendingPathComponent("package.json"))
        let run = try cli.run(["init"], in: folder)
        #expect(run.status == 3)
        #expect(run.stderr.contains("package.json:1:") && run.stderr.contains("no policy written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".sovscan.yml").path))
    }
}
