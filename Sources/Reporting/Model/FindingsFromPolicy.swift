import Policy
import SovScanModel

extension ReportFinding {
    /// A policy finding laid out for the reports: new unless it is in the baseline or waived by an exception
    /// (the Markdown comment lists only new ones); the component and system go into the message's context.
    public init(_ finding: Finding) {
        let severity: Reporting.Severity = switch finding.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        var message = finding.message
        if let component = finding.component { message += " (\(component))" }
        if let waiver = finding.waiver { message += " – waived: \(waiver)" }
        self.init(rule: finding.rule.rawValue, severity: severity, message: message, location: finding.location?.description,
                  isNew: !finding.inBaseline && finding.waiver == nil)
    }
}
