import Foundation
import SovScanModel

/// The `sovscan:<fact>` properties every machine-readable report carries for a component, sorted by name.
public enum SovScanProperties {
    /// The facts about one component as (name, value) pairs.
    public static func of(_ component: Component) -> [(name: String, value: String)] {
        var facts: [String: String] = [
            "sovscan:scope": component.scope.rawValue,
            "sovscan:direct": component.isDirect ? "true" : "false",
            "sovscan:first-party": component.isFirstParty ? "true" : "false",
        ]
        if component.isOptional { facts["sovscan:optional"] = "true" }
        if !component.locations.isEmpty {
            facts["sovscan:locations"] = component.locations.map(\.description).joined(separator: " ")
        }
        if let concluded = component.concludedLicense {
            facts["sovscan:licence-confidence"] = String(format: "%.2f", concluded.confidence)
            facts["sovscan:licence-category"] = concluded.category.rawValue
            facts["sovscan:oss"] = concluded.isOSS.map { $0 ? "true" : "false" } ?? "unknown"
        }
        for (key, value) in component.properties where facts["sovscan:" + key] == nil {
            facts["sovscan:" + key] = value
        }
        return facts.keys.sorted().map { ($0, facts[$0]!) }
    }
}
