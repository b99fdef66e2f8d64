import Foundation
import SovScanModel

/// The `sovscan:<fact>` properties every machine-readable report carries for a component, sorted by name and
/// value. Repeated facts (locations, licence files) are one property each, so no value needs a separator.
/// `SovScanPropertyNames` lists the names; the SBOM importer reads them back.
public enum SovScanProperties {
    /// The facts about one component as (name, value) pairs. `edgeScopes` are the component's outgoing
    /// dependencies whose scope differs from the scope of the component they reach (CycloneDX's graph has no
    /// scope per edge), as (scope, target purl).
    public static func of(_ component: Component, edgeScopes: [(scope: Scope, to: PackageURL)] = []) -> [(name: String, value: String)] {
        typealias Names = SovScanPropertyNames
        var facts: [(name: String, value: String)] = [
            (Names.scope, component.scope.rawValue),
            (Names.direct, component.isDirect ? "true" : "false"),
            (Names.firstParty, component.isFirstParty ? "true" : "false"),
        ]
        if component.isOptional { facts.append((Names.optional, "true")) }
        facts += component.locations.map { (Names.location, $0.description) }
        facts += component.licenseFiles.map { (Names.licenceFile, $0) }
        if let concluded = component.concludedLicense {
            facts.append((Names.licenceConfidence, twoDecimals(concluded.confidence)))
            facts.append((Names.licenceCategory, concluded.category.rawValue))
            facts.append((Names.oss, concluded.isOSS.map { $0 ? "true" : "false" } ?? "unknown"))
            // The SBOM's licence field holds the concluded licence; keep the raw evidence beside it.
            var seen: Set<String> = []
            for declared in component.declaredLicenses where seen.insert(declared.text).inserted {
                facts.append((Names.declaredLicence, declared.text))
            }
            var sources: Set<String> = []
            // A licence read from an imported SBOM has that document as its source; naming it would make a re-import
            // of the written SBOM differ from the first.
            for declared in component.declaredLicenses where declared.source != .sbom {
                let source = declared.source.rawValue + (declared.location.map { " \($0)" } ?? "")
                if sources.insert(source).inserted { facts.append((Names.licenceSource, source)) }
            }
        }
        facts += edgeScopes.map { (Names.dependencyScope, "\($0.scope.rawValue) \($0.to)") }
        if !component.properties.isEmpty {
            let reserved = Set(facts.map(\.name))
            for (key, value) in component.properties where !reserved.contains(Names.prefix + key) {
                facts.append((Names.prefix + key, value))
            }
        }
        // Name, then value, without building a tuple of both (four string copies) per comparison.
        return facts.sorted { $0.name != $1.name ? $0.name < $1.name : $0.value < $1.value }
    }

    /// `String(format: "%.2f", value)` without Foundation's formatter, which cost more than the rest of a
    /// component's facts (issue 17). Rounding the value times 100 gives the digits of rounding the exact value
    /// unless the product lies within a hair of a half-hundredth; there (and for negative, huge or non-finite
    /// values) Foundation decides.
    static func twoDecimals(_ value: Double) -> String {
        let scaled = value * 100
        let hundredths = scaled.rounded()
        guard value.sign == .plus, value.isFinite, scaled < 1e15, abs(abs(scaled - hundredths) - 0.5) > 1e-6 else {
            return String(format: "%.2f", value)
        }
        let whole = Int(hundredths) / 100
        let fraction = Int(hundredths) % 100
        return "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
