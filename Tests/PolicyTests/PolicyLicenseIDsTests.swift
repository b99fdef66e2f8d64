import Classification
import Foundation
import Licenses
@testable import Policy
import SovScanModel
import Testing

/// Issue 14: licence ids in a policy are read as manifests read them; vendors and exit plans must exist.
struct PolicyLicenseIDsTests {
    static let normalizer: LicenseNormalizer? = try? LicenseNormalizer(rulesDirectory: TestSupport.repositoryRoot.appendingPathComponent("Rules"))

    func normalize(_ text: String) throws -> PolicyLicenseIDs.Outcome {
        let normalizer = try #require(Self.normalizer, "the bundled licence data loads")
        return PolicyLicenseIDs(normalizer: normalizer).normalize(try TestSupport.load(text))
    }

    /// `licenses: deny: [GPL-3.0]` used to be accepted and never match, while the lockfile side read `GPL-3.0` as
    /// `GPL-3.0-only`: a GPL component passed the gate.
    @Test func aDeprecatedIDIsReadAsItsCurrentIDWithAWarning() throws {
        let outcome = try normalize("licenses:\n  deny: [GPL-3.0, GPL-2.0+, mit]\n")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.warnings.map(\.line) == [2, 2])
        #expect(outcome.warnings.map(\.column) == [10, 19])
        #expect(outcome.warnings.first?.message == "'GPL-3.0' is a deprecated SPDX id; it is read as 'GPL-3.0-only', as in manifests")
        #expect(outcome.warnings.first?.key == "licenses.deny")
        #expect(outcome.policy.licenses.deny.map(\.description) == ["GPL-3.0-only", "GPL-2.0-or-later", "MIT"],
                "letter case is corrected without a warning")
        // The lockfile side: `"license": "GPL-3.0"` normalises to GPL-3.0-only, which the policy now denies.
        let lockfile = try #require(Self.normalizer?.normalize(text: "GPL-3.0").expression)
        #expect(lockfile.spdx == "GPL-3.0-only")
        let verdict = outcome.policy.licenses.verdict(for: lockfile, knowledge: TestSupport.knowledge)
        #expect(verdict == .refused("GPL-3.0-only", denied: true))
    }

    @Test func anUnknownIDIsAnErrorWithASuggestion() throws {
        let outcome = try normalize("""
            licenses:
              allow: [MTI, LicenseRef-acme, "GPL-2.0-only WITH Classpath-exception-2.0", "BSD-*", permissive]
              deny:
                - Apache2
                - "Apache 2"
                - Frobnicate-License
            """)
        #expect(outcome.errors.map(\.line) == [2, 4, 5, 6])
        #expect(outcome.errors[0].message.contains("'MTI' is not a licence id") && outcome.errors[0].message.hasSuffix("did you mean 'MIT'?"))
        #expect(outcome.errors[1].message.hasSuffix("did you mean 'Apache-2.0'?"))
        #expect(outcome.errors[2].message.hasSuffix("did you mean 'Apache-2.0'?"), "the manifest alias table reads 'Apache 2'")
        #expect(!outcome.errors[3].message.contains("did you mean"))
        #expect(outcome.warnings.isEmpty)
    }

    @Test func vendorsAndExitPlansMustExist() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try Data("plan".utf8).write(to: folder.appendingPathComponent("docs/exit-aws.md"))
        let file = folder.appendingPathComponent(".sovscan.yml")
        try Data("""
            vendors:
              deny: [oracel, Oracle, "micro*"]
            exceptions:
              - purl: pkg:maven/software.amazon.awssdk/*
                reason: migrating
                exit-plan: docs/exit-aws.md#timeline
              - purl: pkg:npm/@azure/*
                reason: migrating
                exit-plan: docs/exit-azure.md
              - purl: pkg:npm/firebase
                reason: migrating
                exit-plan: https://wiki.kommune.example/exit/firebase
            """.utf8).write(to: file)
        let policy = try TestSupport.loader.load(path: file.path)
        let oracle = Vendor(id: "oracle", name: "Oracle", country: "US", bloc: .us, governance: .company, sources: ["https://oracle.example"])
        let problems = PolicyReferences(vendors: [oracle]).problems(policy)
        #expect(problems.map(\.line) == [2, 7])
        #expect(problems[0].message.hasPrefix("'oracel' is not a vendor id or name in the rules; did you mean 'oracle'?"))
        #expect(problems[0].column == 10 && problems[0].key == "vendors.deny")
        #expect(problems[1].key == "exceptions[1].exit-plan" && problems[1].message.contains("'docs/exit-azure.md' does not exist"))
    }
}

/// The same, run as CI runs it.
struct PolicyLicenseIDsCommandTests {
    let cli = CheckCommandTests()

    @Test func aGPLComponentNoLongerPassesADeprecatedDeny() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("journal-print")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("deprecated-licence-id"), to: folder)
        let run = try cli.run(["check"], in: folder)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("warning: .sovscan.yml:3:10: key 'licenses.deny': 'GPL-3.0' is a deprecated SPDX id; it is read as 'GPL-3.0-only'"))
        #expect(run.stdout.contains("package.json:6:5  error     license-denied  pdf-stempel@2.4.1 is licensed GPL-3.0-only"), "\(run.stdout)")
        #expect(run.stdout.contains("      locked at package-lock.json:20:5\n"), "the lockfile entry is shown too")
        try Data("licenses:\n  deny: [GPL-3.O]\nvendors:\n  deny: [gogle]\n".utf8).write(to: folder.appendingPathComponent(".sovscan.yml"))
        let typo = try cli.run(["check"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("error: .sovscan.yml:2:10: key 'licenses.deny': 'GPL-3.O' is not a licence id"), "\(typo.stderr)")
        try Data("vendors:\n  deny: [gogle]\n".utf8).write(to: folder.appendingPathComponent(".sovscan.yml"))
        let vendor = try cli.run(["check"], in: folder)
        #expect(vendor.status == 2)
        #expect(vendor.stderr.contains("error: .sovscan.yml:2:10: key 'vendors.deny': 'gogle' is not a vendor id or name in the rules; did you mean 'google'?"),
                "\(vendor.stderr)")
    }
}
