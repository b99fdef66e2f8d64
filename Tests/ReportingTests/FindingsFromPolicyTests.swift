import Policy
import Reporting
import SovScanModel
import Testing

struct FindingsFromPolicyTests {
    @Test func baselinedAndWaivedFindingsAreNotNew() {
        let purl = TestInventories.purl("pkg:npm/left-pad@1.3.0")
        let fresh = ReportFinding(Finding(rule: .licenseDenied, severity: .error, message: "GPL-3.0-only is denied", system: "s",
                                          component: purl, location: SovScanModel.SourceLocation(file: "package-lock.json", line: 7, column: 5)))
        #expect(fresh.rule == "license-denied")
        #expect(fresh.severity == .error)
        #expect(fresh.location == "package-lock.json:7:5")
        #expect(fresh.message == "GPL-3.0-only is denied (pkg:npm/left-pad@1.3.0)")
        #expect(fresh.isNew)
        #expect(!ReportFinding(Finding(rule: .licenseUnknown, severity: .warning, message: "m", system: "s", inBaseline: true)).isNew)
        let waived = ReportFinding(Finding(rule: .licenseUnknown, severity: .note, message: "m", system: "s", waiver: "exit plan X"))
        #expect(!waived.isNew)
        #expect(waived.message.hasSuffix("waived: exit plan X"))
    }
}
