import Analysis
import Foundation
import Testing
@testable import PortfolioStore

struct ExitPlanTests {
    @Test func theRegisterIsRead() throws {
        let register = ExitPlanRegister.load(file: StoreTestSupport.fixture("exit-plans/exit-plans.yml").path)
        #expect(register.diagnostics.isEmpty)
        #expect(register.plans.map(\.id) == ["aws-storage", "azure-blob", "oracle-database"])
        let aws = register.plans[0]
        #expect(aws.platform == "AWS")
        #expect(aws.systems == ["borgerportal"])
        #expect(aws.horizonMonths == 12)
        #expect(aws.lastTested.map(RunClock.iso) == "2026-01-10T00:00:00Z")
        #expect(aws.owner == "Driftschef")
        #expect(aws.location.line == 3)
        #expect(register.plans[1].purl?.text == "pkg:maven/com.azure/*")
        #expect(register.plans[1].covers(system: "any", platform: "Azure Storage", components: ["pkg:maven/com.azure/azure-storage-blob@12.28.1"]))
        #expect(!register.plans[1].covers(system: "any", platform: "Azure", components: ["pkg:npm/@azure/storage-blob@12.25.0"]))
        #expect(!aws.covers(system: "other", platform: "AWS", components: []))
        #expect(aws.covers(system: "borgerportal", platform: "aws", components: []))
    }

    @Test func mistakesAreReportedWithTheirLinesAndTheRestIsRead() throws {
        let file = StoreTestSupport.fixture("exit-plans/broken.yml").path
        let register = ExitPlanRegister.load(file: file)
        // The first aws-storage is refused for its unknown key, so the second one is no duplicate.
        #expect(register.plans.map(\.id) == ["aws-storage", "azure"])
        #expect(register.plans.first?.plan == "docs/exit/aws-copy.md")
        let messages = register.diagnostics.map(\.description)
        #expect(messages.count == 3)
        #expect(messages.contains { $0.contains("broken.yml:5") && $0.contains("unknown key 'horizon'") })
        #expect(messages.contains { $0.contains("broken.yml:9") && $0.contains("'last-tested' is a day") })
        #expect(messages.contains { $0.contains("broken.yml:13") && $0.contains("needs 'platform' or 'purl'") })
        #expect(!register.isComplete)
    }

    @Test func theReviewAndTheDORARegister() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        let sbom = folder.appendingPathComponent("bom.json").path
        #expect(try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "cyclonedx:\(sbom)", "--store", store]).status == 0)
        #expect(try StoreTestSupport.run(["import", sbom, "--system", "selvbetjening", "--store", store]).status == 0)
        #expect(try StoreTestSupport.run(["import", StoreTestSupport.fixture("sbom/ydelsesportal.cdx.json").path, "--store", store]).status == 0)
        let csv = folder.appendingPathComponent("dora.csv").path
        let result = try StoreTestSupport.run(["exit-plans", "--register", StoreTestSupport.fixture("exit-plans/exit-plans.yml").path,
                                               "--store", store, "--format", "table", "--format", "csv:\(csv)"],
                                              environment: ["SOURCE_DATE_EPOCH": "1780272000"])  // 2026-06-01
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("Exit plans on 2026-06-01: 3 bindings, 2 with a problem"))
        #expect(result.stdout.contains("unused plan oracle-database"))
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n").map(String.init)
        #expect(rows.first == ExitPlanCSVWriter.header.joined(separator: ","))
        #expect(rows.contains("Ydelsesportal,Azure,microsoft,US,cloud-hosting,true,true,azure-blob,docs/exit/azure-blob.md,6,2024-06-01,Arkitekturkontoret,untested past-horizon"))
        #expect(rows.contains { $0.hasPrefix("borgerportal,AWS,amazon,US,cloud-hosting,true,true,aws-storage,") && $0.hasSuffix(",ok") })
        #expect(rows.contains { $0.hasPrefix("selvbetjening,AWS,amazon,US,cloud-hosting,true,false,") && $0.hasSuffix(",no-plan") })
    }

    /// One mechanism: `scan` and `check` read the same register as `exit-plans`; `--exit-plan` adds to it.
    @Test func scanAndCheckAskTheRegister() throws {
        let folder = try StoreTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = folder.appendingPathComponent("borgerportal")
        try StoreTestSupport.checkOut("borgerportal-v2", into: repository)
        let register = StoreTestSupport.fixture("exit-plans/exit-plans.yml").path
        func awsHasPlan(_ extra: [String]) throws -> Bool? {
            let output = folder.appendingPathComponent("scan-\(UUID().uuidString).json").path
            let result = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "json:\(output)"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let document = try StoreTestSupport.json(try String(contentsOfFile: output, encoding: .utf8)) as? [String: Any]
            let systems = (document?["analysis"] as? [String: Any])?["systems"] as? [[String: Any]]
            let aws = (systems?.first?["bindings"] as? [[String: Any]])?.first { $0["platform"] as? String == "AWS" }
            return aws?["hasExitPlan"] as? Bool
        }
        #expect(try awsHasPlan([]) == false)
        #expect(try awsHasPlan(["--exit-plan-register", register]) == true)
        #expect(try awsHasPlan(["--exit-plan", "aws"]) == true)

        let policy = folder.appendingPathComponent("policy.yml")
        try Data("bindings:\n  require-exit-plan: true\n".utf8).write(to: policy)
        let failing = try StoreTestSupport.run(["check", repository.path, "--policy", policy.path, "--format", "json"])
        #expect(failing.status == 1, "\(failing.stderr)")
        #expect(failing.stdout.contains("binding-without-exit-plan"))
        let passing = try StoreTestSupport.run(["check", repository.path, "--policy", policy.path, "--format", "json",
                                                "--exit-plan-register", register])
        #expect(passing.status == 0, "\(passing.stderr)")
        #expect(!passing.stdout.contains("binding-without-exit-plan"))

        // An exception may name the register's plan by id; an id the register does not hold is refused.
        try Data("""
            bindings:
              require-exit-plan: true
            exceptions:
              - platform: AWS
                reason: "S3 until the 2027 tender"
                exit-plan: aws-storage
            """.utf8).write(to: policy)
        let byID = try StoreTestSupport.run(["check", repository.path, "--policy", policy.path, "--format", "json",
                                             "--exit-plan-register", register])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(!byID.stdout.contains("exception-unused"))
        let unknownID = try StoreTestSupport.run(["check", repository.path, "--policy", policy.path, "--format", "json"])
        #expect(unknownID.status == 2)
        #expect(unknownID.stderr.contains("the exit plan 'aws-storage' does not exist"))
        #expect(unknownID.stderr.contains("is not an id of the exit-plan register"))

        let broken = try StoreTestSupport.run(["scan", repository.path, "--quiet", "--format", "table:/dev/null",
                                               "--exit-plan-register", StoreTestSupport.fixture("exit-plans/broken.yml").path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.yml:5"))
    }
}
