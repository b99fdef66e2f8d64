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
        #expect(fresh.message == "GPL-3.0-only is denied", "the component has its own field, not a repeat in the message")
        #expect(fresh.component == "left-pad@1.3.0")
        #expect(fresh.status == .active)
        #expect(fresh.isNew)
        let baselined = ReportFinding(Finding(rule: .licenseUnknown, severity: .warning, message: "m", system: "s", inBaseline: true))
        #expect(!baselined.isNew)
        #expect(baselined.status == .baselined)
        let waived = ReportFinding(Finding(rule: .licenseUnknown, severity: .note, message: "m", system: "s", waiver: "exit plan X"))
        #expect(!waived.isNew)
        #expect(waived.status == .waived("exit plan X"))
        #expect(waived.message == "m")
    }
}
