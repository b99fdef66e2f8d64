import Policy
import SovScanModel
import Testing

/// Issue 14: exceptions scoped to licences and platforms, warnings before they expire, severity overrides, and
/// fingerprints that change with the version.
struct ExceptionScopeTests {
    func judge(_ policyText: String, _ subject: PolicySubject, today: PolicyDate = TestSupport.day) throws -> [Finding] {
        PolicyJudge(policy: try TestSupport.load(policyText), knowledge: TestSupport.knowledge, today: today).judge([subject])
    }

    /// An exception for one AGPL component waives its AGPL finding, but not the finding of a later release under
    /// the SSPL: the relicensing must be looked at, not waived silently.
    @Test func aLicenceScopedExceptionDoesNotWaiveARelicensing() throws {
        let policy = """
            licenses:
              deny: [network-copyleft, source-available]
            vendors:
              deny: [mongo]
            exceptions:
              - purl: pkg:maven/org.mongodb/mongodb-driver-sync
                allow: [AGPL-3.0-only]
                reason: "the driver is AGPL in this fork; legal reviewed 2026-09"
            """
        let agpl = PolicySubject(
            inventory: PolicyJudgeTests.system([TestSupport.component("pkg:maven/org.mongodb/mongodb-driver-sync@4.11.0",
                                                                      license: .license(id: "AGPL-3.0-only"), line: 40)]),
            facts: [TestSupport.purl("pkg:maven/org.mongodb/mongodb-driver-sync@4.11.0"): ComponentFacts(vendorID: "mongo")])
        let waived = try judge(policy, agpl)
        #expect(waived.first { $0.rule == .licenseDenied }?.waiver?.contains("legal reviewed") == true)
        #expect(waived.first { $0.rule == .vendorDenied }?.waiver == nil, "a licence-scoped exception waives licence findings only")
        let relicensed = PolicySubject(inventory: PolicyJudgeTests.system([
            TestSupport.component("pkg:maven/org.mongodb/mongodb-driver-sync@5.0.0", license: .license(id: "SSPL-1.0"), line: 40),
        ]))
        let findings = try judge(policy, relicensed)
        let denied = try #require(findings.first { $0.rule == .licenseDenied })
        #expect(denied.subject == "SSPL-1.0" && denied.waiver == nil && denied.fails)
        #expect(findings.contains { $0.rule == .exceptionUnused })
    }

    /// `platform: Azure` instead of one exception per SDK purl.
    @Test func aPlatformScopedExceptionCoversEverySDKOfThePlatform() throws {
        let purls = ["pkg:npm/%40azure/storage-blob@12.17.0", "pkg:npm/%40azure/identity@4.0.1", "pkg:npm/firebase@10.7.0"]
        var facts: [PackageURL: ComponentFacts] = [:]
        facts[TestSupport.purl(purls[0])] = ComponentFacts(binding: BindingFact(platform: "Azure", kind: "cloud", bloc: "US", rule: "azure"))
        facts[TestSupport.purl(purls[1])] = ComponentFacts(binding: BindingFact(platform: "Azure", kind: "cloud", bloc: "US", rule: "azure"))
        facts[TestSupport.purl(purls[2])] = ComponentFacts(binding: BindingFact(platform: "Firebase", kind: "platform", bloc: "US", rule: "firebase"))
        let subject = PolicySubject(
            inventory: PolicyJudgeTests.system(purls.enumerated().map {
                TestSupport.component($1, license: .license(id: "MIT"), line: 10 + $0, file: "package.json")
            }), facts: facts)
        let findings = try judge("""
            bindings:
              require-exit-plan: true
              allow-blocs: [EU]
            exceptions:
              - platform: azure
                reason: "citizen portal on Azure until the 2027 tender"
                exit-plan: https://wiki.kommune.example/exit/azure
            """, subject)
        let blocs = findings.filter { $0.rule == .bindingBlocNotAllowed }
        #expect(blocs.count == 3)
        #expect(blocs.filter { $0.waiver != nil }.compactMap(\.component?.name).sorted() == ["identity", "storage-blob"])
        #expect(blocs.first { $0.component?.name == "firebase" }?.fails == true)
        let exitPlans = findings.filter { $0.rule == .bindingWithoutExitPlan }
        #expect(exitPlans.compactMap(\.component?.name) == ["firebase"], "the platform exception's exit plan covers both Azure SDKs")
        #expect(try TestSupport.loadError("exceptions:\n  - reason: nothing named\n")?.message.contains("'platform'") == true)
    }

    @Test func anExceptionWarnsBeforeItExpires() throws {
        let subject = PolicySubject(inventory: PolicyJudgeTests.system([
            TestSupport.component("pkg:maven/a/busl@1", license: .license(id: "BUSL-1.1"), line: 70),
        ]))
        let policy = """
            licenses:
              deny: [source-available]
            exceptions:
              - purl: "pkg:maven/a/busl"
                reason: "until the rewrite"
                exit-plan: https://wiki.kommune.example/exit/busl
                expires: 2026-12-20
            """
        // TestSupport.day is 2026-11-29: 21 days left, within the default 30.
        let soon = try judge(policy, subject)
        let warning = try #require(soon.first { $0.rule == .exceptionExpiring })
        #expect(warning.severity == .warning && warning.location?.line == 4)
        #expect(warning.message.contains("expires on 2026-12-20, in 21 day(s)"))
        #expect(soon.first { $0.rule == .licenseDenied }?.waiver != nil, "the exception still holds")
        #expect(try judge(policy + "\nexpiry-warning-days: 7\n", subject).allSatisfy { $0.rule != .exceptionExpiring })
        #expect(try judge(policy, subject, today: PolicyDate("2026-12-20")!).contains { $0.rule == .exceptionExpiring },
                "the last day still warns")
        #expect(try judge(policy, subject, today: PolicyDate("2026-12-21")!).contains { $0.rule == .exceptionExpired })
        #expect(PolicyDate("2026-11-29")!.days(until: PolicyDate("2027-03-01")!) == 92)
        #expect(PolicyDate("2024-02-28")!.days(until: PolicyDate("2024-03-01")!) == 2)
    }

    @Test func severityOverridesReplaceARulesOwn() throws {
        let subject = PolicySubject(inventory: PolicyJudgeTests.system([
            TestSupport.component("pkg:maven/a/none@1", license: nil, line: 15),
        ]))
        let warned = try judge("licenses:\n  unknown: warn\n", subject)
        #expect(warned.map(\.severity) == [.warning] && !warned[0].fails)
        let raised = try judge("licenses:\n  unknown: warn\nseverity:\n  license-unknown: error\n", subject)
        #expect(raised.map(\.severity) == [.error] && raised[0].fails)
        let lowered = try judge("exceptions:\n  - purl: pkg:npm/x\n    reason: r\nseverity: { exception-unused: note }\n", subject)
        #expect(lowered.first { $0.rule == .exceptionUnused }?.severity == .note)
        #expect(try TestSupport.loadError("severity:\n  license-unkown: error\n")?.line == 2)
        #expect(try TestSupport.loadError("severity:\n  license-unknown: fatal\n") != nil)
    }

    @Test func fingerprintsIncludeTheVersion() {
        func finding(_ purl: String) -> Finding {
            Finding(rule: .licenseDenied, severity: .error, message: "m", system: "s", component: TestSupport.purl(purl),
                    location: SovScanModel.SourceLocation(file: "pom.xml", line: 3), subject: "SSPL-1.0")
        }
        #expect(finding("pkg:maven/a/b@1.0").fingerprint != finding("pkg:maven/a/b@2.0").fingerprint)
        var moved = finding("pkg:maven/a/b@1.0")
        moved.location?.line = 90
        #expect(moved.fingerprint == finding("pkg:maven/a/b@1.0").fingerprint, "the line still does not count")
    }
}
