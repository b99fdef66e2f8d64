import Foundation
import SovScanModel

/// Chooses the CycloneDX licence field for a component's licence.
enum CycloneDXLicenses {
    /// The concluded licence when there is one (one SPDX id → `license.id`; an expression → `expression`;
    /// unmapped text → `license.name`), otherwise every declared text as `license.name` with its URL.
    static func choices(for component: Component) -> [CycloneDXDocument.LicenseChoice] {
        if let concluded = component.concludedLicense {
            if let expression = concluded.expression {
                if let id = expression.singleLicenseID { return [.id(id, acknowledgement: "concluded")] }
                if case .license(let id, false, nil) = expression { return [.name(id, acknowledgement: "concluded")] }
                return [.expression(expression.spdx, acknowledgement: "concluded")]
            }
            if let text = concluded.unmappedText { return [.name(text, acknowledgement: "concluded")] }
        }
        var seen: Set<String> = []
        return component.declaredLicenses.compactMap { declared in
            let text = declared.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, seen.insert(text).inserted else { return nil }
            return .name(text, acknowledgement: "declared", url: declared.url.flatMap { $0.contains("://") ? $0 : nil })
        }
    }
}
