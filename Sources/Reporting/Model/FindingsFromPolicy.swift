import Policy
import SovScanModel

extension ReportFinding {
    /// A policy finding laid out for the reports: active unless it is in the baseline or waived by an exception;
    /// the component is named as people know it (`left-pad@1.3.0`) in its own field, not in the message.
    public init(_ finding: Finding) {
        let severity: Reporting.Severity = switch finding.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        let status: Status = if let waiver = finding.waiver { .waived(waiver) } else if finding.inBaseline { .baselined } else { .active }
        let component = finding.component.map { purl in
            (purl.namespace.map { $0 + (purl.type == "maven" ? ":" : "/") } ?? "") + purl.name + (purl.version.map { "@" + $0 } ?? "")
        }
        self.init(rule: finding.rule.rawValue, severity: severity, message: finding.message, location: finding.location?.description,
                  component: component, subject: finding.subject, status: status)
    }
}
