import Foundation
import Testing
@testable import Classification
import SovScanModel

/// The repository's `Rules/` directory, found from this file's path.
let bundledRules = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Rules")

@Suite struct BundledRulesTests {
    @Test func bundledRulesAreValid() {
        let diagnostics = validateRules(at: [bundledRules])
        for diagnostic in diagnostics { print(diagnostic) }
        #expect(diagnostics.isEmpty)
    }

    @Test func bundledRulesHaveTheRequiredData() {
        let (rules, _) = RuleSet.load(directories: [bundledRules])
        #expect(rules.vendors.count >= 80)
        #expect(rules.relicensing.count >= 20)
        for id in ["digst", "os2", "kombit", "digital-identity", "magenta", "hetzner", "ovhcloud", "scaleway", "ionos",
                   "stackit"] {
            #expect(rules.vendors[id] != nil, "vendor \(id)")
        }
        let platforms = Set(rules.bindings.map(\.id))
        for id in ["aws", "azure", "google-cloud", "firebase", "oracle-db", "ibm-cloud", "alibaba-cloud", "tencent-cloud",
                   "huawei-cloud", "salesforce", "sap", "datadog", "newrelic", "sentry", "auth0", "okta", "stripe",
                   "twilio", "elastic-cloud", "mongodb-atlas", "hetzner", "ovhcloud", "scaleway", "ionos", "stackit"] {
            #expect(platforms.contains(id), "binding \(id)")
        }
        #expect(rules.vendors.values.allSatisfy { !$0.sources.isEmpty })
        #expect(rules.relicensing.allSatisfy { !$0.sources.isEmpty })
    }

    /// A dependency listed twice in one `build-time:` or `known-dependencies:` statement says nothing more, and hides
    /// which line a later edit should change (React's build-time list once named commander, yargs and glob twice).
    @Test func noStatementListsADependencyTwice() {
        let (rules, _) = RuleSet.load(directories: [bundledRules])
        for rule in rules.technologies {
            for statement in [rule.buildTime].compactMap({ $0 }) + rule.knownDependencies {
                let texts = statement.dependencies.map(\.pattern.text)
                let repeated = Set(texts.filter { text in texts.filter { $0 == text }.count > 1 })
                #expect(repeated.isEmpty, "\(rule.id): \(repeated.sorted())")
            }
        }
    }
}
