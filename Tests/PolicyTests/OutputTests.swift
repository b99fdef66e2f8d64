import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Policy
import SovScanModel
import Testing

/// Every output format, on one result with a failing, a waived, a baselined, a warning and a policy finding.
struct OutputTests {
    static let result: CheckResult = {
        let express = TestSupport.purl("pkg:npm/express@4.19.2")
        let qs = TestSupport.purl("pkg:npm/qs@6.11.0")
        return CheckResult(
            systems: ["web"], policySources: [".sovscan.yml"],
            findings: [
                Finding(rule: .licenseDenied, severity: .error, message: "qs@6.11.0 is licensed GPL-3.0-only; GPL-3.0-only is denied by the policy",
                        system: "web", component: qs, location: SovScanModel.SourceLocation(file: "frontend/package.json", line: 12, column: 5),
                        path: [express, qs], subject: "GPL-3.0-only"),
                Finding(rule: .licenseUnknown, severity: .warning, message: "express@4.19.2 has no known licence, \"quoted\" & <odd>",
                        system: "web", component: express, location: SovScanModel.SourceLocation(file: "frontend/package.json", line: 12, column: 5)),
                Finding(rule: .packageDenied, severity: .error, message: "left-pad is denied", system: "web",
                        component: TestSupport.purl("pkg:npm/left-pad@1.3.0"),
                        location: SovScanModel.SourceLocation(file: "frontend/package.json", line: 14), subject: "pkg:npm/left-pad",
                        waiver: "pkg:npm/left-pad (.sovscan.yml:8): legacy"),
                Finding(rule: .vendorDenied, severity: .error, message: "ojdbc11 comes from Oracle", system: "web",
                        component: TestSupport.purl("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.5.0"),
                        location: SovScanModel.SourceLocation(file: "backend/pom.xml", line: 30), subject: "oracle", inBaseline: true),
                Finding(rule: .exceptionUnused, severity: .warning, message: "the exception for pkg:npm/x matches no finding; remove it",
                        system: "", location: SovScanModel.SourceLocation(file: ".sovscan.yml", line: 20, column: 5), subject: "pkg:npm/x"),
            ])
    }()

    func json(_ data: Data) throws -> Any { try JSONSerialization.jsonObject(with: data) }

    @Test func exitCodes() {
        #expect(Self.result.failing.map(\.rule) == [.licenseDenied])
        #expect(Self.result.exitCode == 1)
        var passing = Self.result
        passing.findings.removeAll { $0.rule == .licenseDenied }
        #expect(passing.exitCode == 0)
        passing.gaps = [Diagnostic(.error, "invalid JSON", at: SovScanModel.SourceLocation(file: "web/package.json", line: 1))]
        #expect(passing.incomplete)
        #expect(passing.exitCode == 3, "an incomplete scan never passes")
        var failingAndIncomplete = Self.result
        failingAndIncomplete.gaps = passing.gaps
        #expect(failingAndIncomplete.exitCode == 3)
        passing.allowIncomplete = true
        #expect(passing.exitCode == 0, "--allow-incomplete judges what was read")
        failingAndIncomplete.allowIncomplete = true
        #expect(failingAndIncomplete.exitCode == 1)
    }

    /// Issue 14: a transitive upgrade changes only the lockfile; the finding is shown there too.
    @Test func lockfileEntriesAreRelatedLocations() throws {
        var result = Self.result
        let qs = try #require(result.findings.firstIndex { $0.rule == .licenseDenied })
        result.findings[qs].relatedLocations = [SovScanModel.SourceLocation(file: "frontend/package-lock.json", line: 812, column: 5)]
        let log = try #require(try json(SARIFWriter().write(result, toolVersion: "1")) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let denied = try #require(results.first { $0["ruleId"] as? String == "license-denied" })
        let related = try #require(denied["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1 && related[0]["id"] as? Int == 1)
        let physical = try #require(related[0]["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "frontend/package-lock.json")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 812)
        #expect(results.filter { $0["relatedLocations"] != nil }.count == 1)
        let annotations = GitHubAnnotationsWriter().write(result)
        #expect(annotations.contains("::error file=frontend/package.json,line=12,col=5,title=sovscan license-denied::"))
        #expect(annotations.contains("::error file=frontend/package-lock.json,line=812,col=5,title=sovscan license-denied::"))
        #expect(FindingsTerminalWriter(colors: false).write(result).contains("      locked at frontend/package-lock.json:812:5\n"))
        let document = try #require(try json(CheckJSONWriter().write(result, tool: "t", timestamp: "0")) as? [String: Any])
        let entry = try #require((document["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "license-denied" })
        #expect((entry["relatedLocations"] as? [[String: Any]])?.first?["line"] as? Int == 812)
    }

    @Test func hiddenFindingsLeaveTheTableButStayCounted() {
        let all = FindingsTerminalWriter(colors: false).write(Self.result)
        #expect(all.contains("left-pad is denied") && all.contains("ojdbc11 comes from Oracle"))
        let hidden = FindingsTerminalWriter(colors: false, hidden: [.waived, .baselined]).write(Self.result)
        #expect(!hidden.contains("left-pad is denied") && !hidden.contains("ojdbc11 comes from Oracle"))
        #expect(hidden.contains("qs@6.11.0 is licensed GPL-3.0-only"))
        #expect(hidden.contains("1 waived, 1 in the baseline"))
        let onlyWaived = FindingsTerminalWriter(colors: false, hidden: [.waived]).write(Self.result)
        #expect(!onlyWaived.contains("left-pad is denied") && onlyWaived.contains("ojdbc11 comes from Oracle"))
    }

    @Test func sarifHasRulesResultsLocationsAndSuppressions() throws {
        let data = try SARIFWriter(hasBaseline: true).write(Self.result, toolVersion: "9.9.9")
        let log = try #require(try json(data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["version"] as? String == "9.9.9")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleID.allCases.map(\.rawValue).sorted())
        #expect(rules.allSatisfy { ($0["shortDescription"] as? [String: Any])?["text"] is String && $0["help"] is [String: Any] })
        let online = try #require(try json(SARIFWriter(documentationURL: "https://example.org/policy.md").write(Self.result, toolVersion: "1"))
            as? [String: Any])
        let onlineRules = (((online["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(onlineRules?.first?["helpUri"] as? String == "https://example.org/policy.md#binding-bloc-not-allowed")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5)
        let denied = try #require(results.first { $0["ruleId"] as? String == "license-denied" })
        #expect(denied["level"] as? String == "error")
        #expect(denied["baselineState"] as? String == "new")
        let index = try #require(denied["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "license-denied")
        let physical = try #require(((denied["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "frontend/package.json")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 12)
        #expect(((denied["message"] as? [String: Any])?["text"] as? String)?.contains("through pkg:npm/express@4.19.2 → pkg:npm/qs@6.11.0") == true)
        let waived = try #require(results.first { $0["ruleId"] as? String == "package-denied" })
        #expect(((waived["suppressions"] as? [[String: Any]])?.first)?["kind"] as? String == "external")
        let baselined = try #require(results.first { $0["ruleId"] as? String == "vendor-denied" })
        #expect(baselined["baselineState"] as? String == "unchanged")
        #expect(try SARIFWriter().write(Self.result, toolVersion: "9.9.9") == SARIFWriter().write(Self.result, toolVersion: "9.9.9"))
        #expect(SARIFWriter.uri("/tmp/a b/pom.xml") == "file:///tmp/a%20b/pom.xml")
    }

    @Test func junitIsWellFormedWithOneCasePerRuleAndComponent() throws {
        let data = JUnitWriter().write(Self.result)
        let document = try XMLDocument(data: data)
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "skipped")?.stringValue == "2")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == RuleID.allCases.count)
        let denied = try #require(suites.first { $0.attribute(forName: "name")?.stringValue == "license-denied" })
        let testCase = try #require(denied.elements(forName: "testcase").first)
        #expect(testCase.attribute(forName: "name")?.stringValue == "pkg:npm/qs@6.11.0 [web]")
        #expect(testCase.attribute(forName: "file")?.stringValue == "frontend/package.json")
        #expect(testCase.attribute(forName: "line")?.stringValue == "12")
        #expect(testCase.elements(forName: "failure").first?.attribute(forName: "type")?.stringValue == "license-denied")
        let unknown = try #require(suites.first { $0.attribute(forName: "name")?.stringValue == "license-unknown" })
        let warning = try #require(unknown.elements(forName: "testcase").first)
        #expect(warning.elements(forName: "failure").isEmpty)
        #expect(warning.elements(forName: "system-out").first?.stringValue?.contains("\"quoted\" & <odd>") == true)
        let quiet = try #require(suites.first { $0.attribute(forName: "name")?.stringValue == "share-below-minimum" })
        #expect(quiet.elements(forName: "testcase").first?.attribute(forName: "name")?.stringValue == "no findings")
    }

    @Test func githubAnnotations() {
        let text = GitHubAnnotationsWriter().write(Self.result)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.contains { $0.hasPrefix("::error file=frontend/package.json,line=12,col=5,title=sovscan license-denied::qs@6.11.0 is licensed") })
        #expect(lines.contains { $0.hasPrefix("::warning file=.sovscan.yml,line=20,col=5,title=sovscan exception-unused::") })
        #expect(lines.contains { $0.hasPrefix("::notice file=frontend/package.json,line=14,title=sovscan package-denied::") && $0.contains("waived") })
        #expect(GitHubAnnotationsWriter.escapeData("50% done\nnext") == "50%25 done%0Anext")
        #expect(GitHubAnnotationsWriter.escapeProperty("a:b,c") == "a%3Ab%2Cc")
    }

    @Test func gitlabCodeQualityListsActiveFindings() throws {
        let issues = try #require(try json(GitLabCodeQualityWriter().write(Self.result)) as? [[String: Any]])
        #expect(issues.count == 3, "waived and baselined findings are left out")
        let denied = try #require(issues.first { $0["check_name"] as? String == "license-denied" })
        #expect(denied["severity"] as? String == "major")
        #expect(((denied["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 12)
        #expect((denied["location"] as? [String: Any])?["path"] as? String == "frontend/package.json")
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 3 && fingerprints.allSatisfy { $0.count == 16 })
        #expect(issues.first { $0["check_name"] as? String == "license-unknown" }?["severity"] as? String == "minor")
    }

    @Test func terminalGroupsByFile() {
        let text = FindingsTerminalWriter(colors: false).write(Self.result)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let files = lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty && !$0.hasPrefix("policy check") }
        #expect(files == [".sovscan.yml", "backend/pom.xml", "frontend/package.json"])
        #expect(lines.contains("  frontend/package.json:12:5  error     license-denied  qs@6.11.0 is licensed GPL-3.0-only; GPL-3.0-only is denied by the policy"))
        #expect(lines.contains { $0.contains("through pkg:npm/express@4.19.2 → pkg:npm/qs@6.11.0") })
        #expect(lines.contains { $0.contains("baseline") && $0.contains("vendor-denied") })
        #expect(text.hasSuffix("policy check FAILED: 1 error(s), 2 warning(s), 0 note(s), 1 waived, 1 in the baseline\n"))
        #expect(!text.contains("\u{1B}"))
        #expect(FindingsTerminalWriter(colors: true).write(Self.result).contains("\u{1B}[31m"))
    }

    @Test func jsonRoundTripsThroughTheBaseline() throws {
        let data = try CheckJSONWriter().write(Self.result, tool: "sovscan test", timestamp: "2026-11-29T00:00:00Z")
        let document = try #require(try json(data) as? [String: Any])
        #expect(document["schema"] as? String == "sovscan-check/1")
        #expect(document["passed"] as? Bool == false)
        let baseline = try Baseline(data: data, file: "baseline.json")
        #expect(baseline.fingerprints == Set(Self.result.findings.map(\.fingerprint)))

        var next = Self.result
        next.apply(baseline)
        #expect(next.failing.isEmpty)
        #expect(next.exitCode == 0)

        // A new finding fails even with the baseline, and so does a new version of a baselined component (issue 14:
        // the fingerprint includes the version, so a baseline never carries over to a relicensed release).
        var later = Self.result
        later.findings.append(Finding(rule: .licenseDenied, severity: .error, message: "new", system: "web",
                                      component: TestSupport.purl("pkg:npm/new@1.0.0"), subject: "GPL-3.0-only"))
        let qs = try #require(later.findings.firstIndex { $0.rule == .licenseDenied })
        later.findings[qs].component = TestSupport.purl("pkg:npm/qs@6.12.0")
        later.findings[qs].location?.line = 15
        later.findings[qs].system = "checkout-with-another-name"
        later.apply(baseline)
        #expect(later.failing.compactMap { $0.component?.name }.sorted() == ["new", "qs"])
        var sameVersion = Self.result
        sameVersion.findings[qs].location?.line = 15
        sameVersion.findings[qs].system = "checkout-with-another-name"
        sameVersion.apply(baseline)
        #expect(sameVersion.failing.isEmpty, "the line and the checkout's name do not count")

        // The same finding brought in by another manifest is new.
        var moved = Self.result
        moved.findings[qs].location?.file = "admin/package.json"
        moved.apply(baseline)
        #expect(moved.failing.map { $0.component?.name } == ["qs"])
    }

    @Test func badBaselinesAreRefused() {
        #expect(throws: PolicyError.self) { try Baseline(data: Data("[]".utf8), file: "b.json") }
        #expect(throws: PolicyError.self) {
            try Baseline(data: Data(#"{"schema":"sovscan-scan/1","findings":[]}"#.utf8), file: "b.json")
        }
    }
}
