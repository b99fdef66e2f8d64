import SovScanModel

/// How the human-readable reports name a component's licence.
enum ComponentText {
    /// The concluded expression, else the unmapped text, else the declared texts joined by ` | `; empty when
    /// nothing is known.
    static func licence(_ component: Component) -> String {
        if let concluded = component.concludedLicense {
            if let expression = concluded.expression { return expression.spdx }
            if let text = concluded.unmappedText { return text }
        }
        var seen: Set<String> = []
        return component.declaredLicenses.map(\.text).filter { seen.insert($0).inserted }.joined(separator: " | ")
    }
}
