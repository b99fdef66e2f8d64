import Analysis
import Classification
import Policy
import SovScanModel
import Testing

/// Issue 18: `bindings.require-exit-plan` is judged against the exit-plan register; a policy exception's
/// `exit-plan` is an entry of that register (a document) or a reference to one of its plans (an id).
struct ExitPlanRegisterJudgeTests {
    private let purls = ["pkg:npm/%40aws-sdk/client-s3@3.500.0", "pkg:npm/%40azure/storage-blob@12.17.0"]

    private var subject: PolicySubject {
        var facts: [PackageURL: ComponentFacts] = [:]
        facts[TestSupport.purl(purls[0])] = ComponentFacts(binding: BindingFact(platform: "AWS", kind: "cloud", bloc: "US", rule: "aws"))
        facts[TestSupport.purl(purls[1])] = ComponentFacts(binding: BindingFact(platform: "Azure", kind: "cloud", bloc: "US", rule: "azure"))
        return PolicySubject(inventory: PolicyJudgeTests.system(purls.enumerated().map {
            TestSupport.component($1, license: .license(id: "Apache-2.0"), line: 10 + $0, file: "package.json")
        }), facts: facts)
    }

    private func plan(_ id: String, platform: String? = nil, purl: String? = nil, systems: [String] = []) throws -> ExitPlan {
        ExitPlan(id: id, platform: platform, purl: try purl.map { try PurlPattern($0) }, systems: systems,
                 plan: "docs/exit/\(id).md", location: SourceLocation(file: "exit-plans.yml", line: 3))
    }

    private func judge(_ policyText: String, register: ExitPlanRegister) throws -> [Finding] {
        PolicyJudge(policy: try TestSupport.load(policyText), knowledge: TestSupport.knowledge, today: TestSupport.day,
                    exitPlans: register).judge([subject])
    }

    private func missing(_ findings: [Finding]) -> [String] {
        findings.filter { $0.rule == .bindingWithoutExitPlan }.compactMap(\.component?.name).sorted()
    }

    @Test func aRegisterPlanSatisfiesTheRequirementByPlatformOrPurl() throws {
        let policy = "bindings:\n  require-exit-plan: true\n"
        #expect(missing(try judge(policy, register: ExitPlanRegister())) == ["client-s3", "storage-blob"])
        let byPlatform = ExitPlanRegister(plans: [try plan("aws-exit", platform: "aws")])
        #expect(missing(try judge(policy, register: byPlatform)) == ["storage-blob"])
        let byPurl = ExitPlanRegister(plans: [try plan("azure-exit", purl: "pkg:npm/@azure/*")])
        #expect(missing(try judge(policy, register: byPurl)) == ["client-s3"])
        // A plan for other systems covers nothing here.
        let elsewhere = ExitPlanRegister(plans: [try plan("aws-exit", platform: "AWS", systems: ["borgerportal"])])
        #expect(missing(try judge(policy, register: elsewhere)) == ["client-s3", "storage-blob"])
        // --exit-plan PLATFORM is a register entry as well.
        #expect(missing(try judge(policy, register: .platforms(["Azure", "AWS"]))).isEmpty)
        let message = try #require(try judge(policy, register: byPlatform).first { $0.rule == .bindingWithoutExitPlan }?.message)
        #expect(message.contains("exit-plan register"))
    }

    @Test func anExceptionNamingARegisterIDIsUsedWhenThatPlanCovers() throws {
        let policy = """
            bindings:
              require-exit-plan: true
            exceptions:
              - platform: AWS
                reason: "S3 until the 2027 tender"
                exit-plan: aws-exit
              - platform: Azure
                reason: "names a plan the register does not cover Azure with"
                exit-plan: aws-exit
            """
        let findings = try judge(policy, register: ExitPlanRegister(plans: [try plan("aws-exit", platform: "AWS")]))
        #expect(missing(findings) == ["storage-blob"], "an id adds no plan of its own: the register's plan decides")
        let unused = findings.filter { $0.rule == .exceptionUnused }
        #expect(unused.count == 1)
        #expect(unused.first?.message.contains("Azure") == true)
    }

    @Test func aDocumentInAnExceptionStillCoversWhatTheExceptionCovers() throws {
        let policy = """
            bindings:
              require-exit-plan: true
            exceptions:
              - purl: pkg:npm/%40azure/storage-blob@12.*
                reason: "blob storage until the 2027 tender"
                exit-plan: https://wiki.kommune.example/exit/azure
            """
        let parsed = try TestSupport.load(policy)
        let entries = parsed.exitPlanRegister(today: TestSupport.day, registerIDs: [])
        #expect(entries.plans.map(\.plan) == ["https://wiki.kommune.example/exit/azure"])
        #expect(entries.plans.first?.origin == .policyException(0))
        let findings = try judge(policy, register: ExitPlanRegister())
        #expect(missing(findings) == ["client-s3"])
        #expect(!findings.contains { $0.rule == .exceptionUnused })
        // Past its expiry day the exception's plan is no longer in the register.
        let later = PolicyDate("2030-01-01")!
        let expiring = policy + "\n    expires: 2027-01-01\n"
        #expect(try TestSupport.load(expiring).exitPlanRegister(today: later, registerIDs: []).plans.isEmpty)
        let expired = PolicyJudge(policy: try TestSupport.load(expiring), knowledge: TestSupport.knowledge, today: later).judge([subject])
        #expect(missing(expired) == ["client-s3", "storage-blob"])
    }

    @Test func anExitPlanMustBeARegisterIDAFileOrAURL() throws {
        let policy = try TestSupport.load("""
            exceptions:
              - platform: AWS
                reason: "S3"
                exit-plan: aws-exit
            """)
        let withoutRegister = PolicyReferences(vendors: []).problems(policy) { _ in false }.filter { $0.key.hasSuffix("exit-plan") }
        #expect(withoutRegister.count == 1)
        #expect(withoutRegister.first?.message.contains("is not an id of the exit-plan register") == true)
        let withRegister = PolicyReferences(vendors: [], exitPlanIDs: ["aws-exit"]).problems(policy) { _ in false }
        #expect(!withRegister.contains { $0.key.hasSuffix("exit-plan") })
    }
}
