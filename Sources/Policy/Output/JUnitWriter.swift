import Foundation
import SovScanModel

/// Writes findings as JUnit XML: one test suite per rule, one test case per rule and component. Failing findings
/// are `<failure>`s, waived or baselined ones `<skipped>`, warnings and notes pass with the message in
/// `<system-out>`; a rule without findings has one passing case, so CI dashboards list every rule.
public struct JUnitWriter: Sendable {
    /// The words of the messages (`--lang`); names, types and rule ids stay as they are.
    public var words: FindingWords

    public init(words: FindingWords = .english) {
        self.words = words
    }

    public func write(_ result: CheckResult) -> Data {
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var totalSkipped = 0
        for rule in RuleID.allCases.sorted() {
            let findings = result.findings.filter { $0.rule == rule }
            var cases: [String] = []
            var failures = 0
            var skipped = 0
            if findings.isEmpty {
                cases.append("    <testcase classname=\"sovscan.\(rule.rawValue)\" name=\"no findings\"/>")
            }
            for finding in findings {
                let subject = finding.component?.description ?? (finding.subject.isEmpty ? finding.system : finding.subject)
                let name = finding.system.isEmpty ? subject : "\(subject) [\(finding.system)]"
                var attributes = "classname=\"sovscan.\(rule.rawValue)\" name=\"\(XMLText.escape(name, inAttribute: true))\""
                if let location = finding.location {
                    attributes += " file=\"\(XMLText.escape(location.file, inAttribute: true))\""
                    if let line = location.line { attributes += " line=\"\(line)\"" }
                }
                let detail = XMLText.escape(words.message(finding) + words.pathSuffix(finding)
                    + (finding.location.map { "\nat \($0)" } ?? ""), inAttribute: false)
                let body: String
                if let waiver = finding.waiver {
                    skipped += 1
                    body = "      <skipped message=\"\(XMLText.escape(words.waivedBy + " " + waiver, inAttribute: true))\"/>"
                } else if finding.inBaseline {
                    skipped += 1
                    body = "      <skipped message=\"\(XMLText.escape(words.inTheBaseline, inAttribute: true))\"/>"
                } else if finding.fails {
                    failures += 1
                    body = "      <failure type=\"\(rule.rawValue)\" message=\"\(XMLText.escape(words.message(finding), inAttribute: true))\">\(detail)</failure>"
                } else {
                    body = "      <system-out>\(XMLText.escape(words.severity(finding.severity), inAttribute: false)): \(detail)</system-out>"
                }
                cases.append("    <testcase \(attributes)>\n\(body)\n    </testcase>")
            }
            let tests = cases.count
            totalTests += tests
            totalFailures += failures
            totalSkipped += skipped
            suites.append("  <testsuite name=\"\(rule.rawValue)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
                + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"sovscan check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" skipped=\"\(totalSkipped)\">\n"
            + suites.joined(separator: "\n") + "\n</testsuites>\n"
        return Data(xml.utf8)
    }
}
