import Catalogers
import Foundation
import Testing

/// Differential tests against real Maven 3.8.7: the committed oracle cases always run; `MAVEN_ORACLE_CASES`
/// (a `:`-separated list of case folders, set by `scripts/maven-oracle.sh`) adds freshly generated ones.
@Suite struct MavenOracleTests {
    static var committedCases: [String] {
        guard let base = Bundle.module.resourcePath.map({ $0 + "/Fixtures/maven/oracle" }),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        return entries.sorted().map { base + "/" + $0 }
    }

    @Test func committedOracleCasesMatchMaven() {
        let cases = Self.committedCases
        #expect(!cases.isEmpty, "the committed oracle cases are missing")
        for folder in cases {
            let differences = MavenOracleComparison.differences(caseFolder: folder)
            #expect(differences.isEmpty, "\(folder):\n\(differences.joined(separator: "\n"))")
        }
    }

    @Test func generatedOracleCasesMatchMaven() {
        guard let list = ProcessInfo.processInfo.environment["MAVEN_ORACLE_CASES"], !list.isEmpty else {
            print("skipped: MAVEN_ORACLE_CASES is not set (scripts/maven-oracle.sh sets it)")
            return
        }
        var failed = 0
        let cases = list.split(separator: ":").map(String.init)
        for folder in cases {
            let differences = MavenOracleComparison.differences(caseFolder: folder)
            if !differences.isEmpty {
                failed += 1
                print("ORACLE-DIFF \(folder)\n" + differences.joined(separator: "\n"))
            }
        }
        print("ORACLE-SUMMARY cases=\(cases.count) differing=\(failed)")
        #expect(failed == 0)
    }
}
