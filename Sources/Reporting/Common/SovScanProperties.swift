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
        // The facts by name, each name once (a component's own properties are each a name of their own): sorting the
        // names and then each name's values is sorting the pairs, without comparing the names again for each of a
        // library's hundreds of locations and edges (perf18).
        var facts: [(name: String, values: [String])] = []
        // Room for every fact of the component at once (perf21: the list grew twice for most components).
        facts.reserveCapacity(12 + component.properties.count)
        facts.append((Names.scope, [component.scope.rawValue]))
        facts.append((Names.direct, [component.isDirect ? "true" : "false"]))
        facts.append((Names.firstParty, [component.isFirstParty ? "true" : "false"]))
        func add(_ name: String, _ values: [String]) {
            if !values.isEmpty { facts.append((name, values)) }
        }
        if component.isOptional { add(Names.optional, ["true"]) }
        add(Names.location, component.locations.map(\.description))
        add(Names.licenceFile, component.licenseFiles)
        if let concluded = component.concludedLicense {
            add(Names.licenceConfidence, [twoDecimals(concluded.confidence)])
            add(Names.licenceCategory, [concluded.category.rawValue])
            add(Names.oss, [concluded.isOSS.map { $0 ? "true" : "false" } ?? "unknown"])
            // The SBOM's licence field holds the concluded licence; keep the raw evidence beside it.
            var seen: Set<String> = []
            add(Names.declaredLicence, component.declaredLicenses.compactMap { declared in
                seen.insert(declared.text).inserted ? declared.text : nil
            })
            var sources: Set<String> = []
            // A licence read from an imported SBOM has that document as its source; naming it would make a re-import
            // of the written SBOM differ from the first.
            add(Names.licenceSource, component.declaredLicenses.compactMap { declared in
                guard declared.source != .sbom else { return nil }
                let source = declared.source.rawValue + (declared.location.map { " \($0)" } ?? "")
                return sources.insert(source).inserted ? source : nil
            })
        }
        // Joined, not interpolated: a library has hundreds of such edges, and interpolating a purl costs several
        // times more (issue 17).
        add(Names.dependencyScope, edgeScopes.map { $0.scope.rawValue + " " + $0.to.description })
        if !component.properties.isEmpty {
            // The facts above are a dozen names at most: looked through, not hashed into a set (perf21).
            let reserved = facts.count
            for (key, value) in component.properties {
                let name = Names.prefix + key
                if !facts[..<reserved].contains(where: { $0.name == name }) { facts.append((name, [value])) }
            }
        }
        facts.sort { $0.name < $1.name }
        var properties: [(name: String, value: String)] = []
        properties.reserveCapacity(facts.reduce(0) { $0 + $1.values.count })
        for fact in facts {
            for value in fact.values.count > 1 ? fact.values.sorted() : fact.values {
                properties.append((name: fact.name, value: value))
            }
        }
        return properties
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
