import Classification
import SovScanModel

/// The classification of a component as `sovscan:` properties (level, technology, vendor, bloc, governance,
/// SEAL, licence category, OSS, binding, relicensing), sorted by name and value.
enum ClassificationProperties {
    /// The component's facts with its classification's: where both name a fact (`sovscan:oss`, whose verdict
    /// the classification refines with relicensing), the classification's value stands.
    static func merged(_ component: Component, edgeScopes: [(scope: Scope, to: PackageURL)] = [],
                       classification: Classification?) -> [(name: String, value: String)] {
        let classified = of(classification)
        let names = Set(classified.map(\.name))
        return (SovScanProperties.of(component, edgeScopes: edgeScopes).filter { !names.contains($0.name) } + classified)
            .sorted { ($0.name, $0.value) < ($1.name, $1.value) }
    }

    static func of(_ classification: Classification?) -> [(name: String, value: String)] {
        guard let classification else { return [] }
        typealias Names = SovScanPropertyNames
        var facts: [(name: String, value: String)] = [
            (Names.technology, classification.technology),
            (Names.bloc, classification.bloc.rawValue),
            (Names.licenceCategory, classification.license.category.rawValue),
        ]
        if let level = classification.level { facts.append((Names.level, level.rawValue)) }
        if let vendor = classification.vendor { facts.append((Names.vendor, vendor.name)) }
        if let governance = classification.governance { facts.append((Names.governance, governance.rawValue)) }
        if let seal = classification.seal { facts.append((Names.seal, "SEAL-\(seal)")) }
        if let oss = classification.isOSS { facts.append((Names.oss, oss ? "true" : "false")) }
        if let binding = classification.binding { facts.append((Names.binding, binding.platform)) }
        facts += classification.relicensing.map { (Names.relicensing, "\($0.event): \($0.from) -> \($0.to) (\($0.date))") }
        return facts.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
    }
}
