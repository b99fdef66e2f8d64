import Classification
import SovScanModel

/// Finds the risks of a system: proprietary and source-available components, relicensed versions in use,
/// single-company control outside the EU, proprietary bindings without an exit plan and unknown licences.
/// Risks are grouped by technology (or platform) and sorted by severity, kind and subject.
struct RiskFinder {
    func risks(population: some Collection<Classification>, bindings: [BindingUse]) -> [Risk] {
        var grouped: [RiskKey: [String]] = [:]
        for item in population {
            let purl = item.purl.description
            func add(_ kind: RiskKind, _ severity: RiskSeverity, _ message: String) {
                grouped[RiskKey(kind: kind, severity: severity, subject: item.technology, message: message),
                        default: []].append(purl)
            }
            switch item.license.category {
            case .proprietary: add(.proprietary, .high, "proprietary licence")
            case .sourceAvailable: add(.sourceAvailable, .high, "source-available licence (not OSS)")
            default: break
            }
            for event in item.relicensing {
                add(.relicensed, event.ossAfter ? .low : .high,
                    "\(event.project) changed licence \(event.from) → \(event.to) for versions \(event.versions) "
                        + "(\(event.date))")
            }
            if let vendor = item.vendor, vendor.governance == .company, vendor.bloc != .eu {
                add(.nonEUSingleCompany, .medium,
                    "controlled by one company outside the EU: \(vendor.name) (\(vendor.country ?? vendor.bloc.rawValue))")
            }
            if item.isOSS == nil { add(.unknownLicense, .medium, "licence unknown") }
        }
        var risks = grouped.map { key, purls in
            Risk(kind: key.kind, severity: key.severity, subject: key.subject, components: purls.sorted(),
                 message: key.message)
        }
        for binding in bindings where binding.proprietary && !binding.hasExitPlan {
            risks.append(Risk(kind: .bindingWithoutExitPlan, severity: binding.bloc == .eu ? .medium : .high,
                              subject: binding.platform, components: binding.components,
                              message: "bound to the proprietary \(binding.kind.rawValue) service \(binding.platform) "
                                  + "(\(binding.bloc.rawValue)) without a documented exit plan"))
        }
        return risks.sorted { ($0.severity, $0.kind, $0.subject, $0.message) < ($1.severity, $1.kind, $1.subject, $1.message) }
    }

    private struct RiskKey: Hashable {
        var kind: RiskKind
        var severity: RiskSeverity
        var subject: String
        var message: String
    }
}
