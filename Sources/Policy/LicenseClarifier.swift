import Foundation
import Licenses
import SovScanModel

/// Applies a policy's `licenses.clarify` to an enriched inventory, before classification: a covered third-party
/// component gets the stated licence (confidence 1, reason naming the policy line) and the property
/// `licence-clarified` (written to SBOMs as `sovscan:licence-clarified`). A clarification whose evidence file is
/// missing or has another SHA-256 does not apply, and says so as a warning at the clarification's line.
public struct LicenseClarifier: Sendable {
    let enricher: LicenseEnricher

    public init(enricher: LicenseEnricher) {
        self.enricher = enricher
    }

    /// The inventory with the clarifications applied (first matching clarification wins).
    public func apply(_ clarifications: [LicenseClarification], to inventory: Inventory) -> Inventory {
        guard !clarifications.isEmpty else { return inventory }
        var result = inventory
        for systemIndex in result.systems.indices {
            var system = result.systems[systemIndex]
            var evidence: [Int: String?] = [:]
            for componentIndex in system.components.indices where !system.components[componentIndex].isFirstParty {
                let component = system.components[componentIndex]
                guard let index = clarifications.firstIndex(where: { $0.covers(component.purl) }) else { continue }
                let clarification = clarifications[index]
                if evidence[index] == nil { evidence[index] = .some(evidenceProblem(clarification, root: system.root)) }
                if let problem = evidence[index] ?? nil {
                    system.diagnostics.append(Diagnostic(.warning, "the licence clarification for \(component.purl) does not apply: \(problem)",
                                                         at: clarification.location))
                    continue
                }
                guard let expression = try? enricher.normalizer.resolver.parse(clarification.license).expression else { continue }
                var concluded = ConcludedLicense(
                    expression: expression, confidence: 1,
                    reason: "clarified by \(clarification.location): \(clarification.reason)"
                        + (component.concludedLicense.map { "; the metadata said \($0.expression?.spdx ?? $0.unmappedText ?? "nothing usable")" } ?? ""))
                concluded.category = enricher.category(of: concluded)
                switch enricher.isOSS(concluded) {
                case .yes: concluded.isOSS = true
                case .no: concluded.isOSS = false
                case .unknown: concluded.isOSS = nil
                }
                system.components[componentIndex].concludedLicense = concluded
                system.components[componentIndex].properties["licence-clarified"] = "\(clarification.location): \(clarification.reason)"
            }
            result.systems[systemIndex] = system
        }
        return result
    }

    /// Why the evidence does not hold (a missing file, another hash); `nil` when it holds or none is given.
    private func evidenceProblem(_ clarification: LicenseClarification, root: String) -> String? {
        guard let evidence = clarification.evidence else { return nil }
        let path = evidence.file.hasPrefix("/") ? evidence.file : (root as NSString).appendingPathComponent(evidence.file)
        guard let data = FileManager.default.contents(atPath: path) else {
            return "its evidence file \(evidence.file) is missing"
        }
        let actual = SHA256.hex(data)
        return actual == evidence.sha256 ? nil
            : "its evidence file \(evidence.file) changed (SHA-256 \(actual), the policy says \(evidence.sha256)); check the licence again"
    }
}
