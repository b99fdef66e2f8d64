import Classification
import SovScanModel

/// The classification of a component as `sovscan:` properties (`Classification.sbomProperties`) merged with the
/// component's own, sorted by name and value.
enum ClassificationProperties {
    /// The component's facts with its classification's: where both name a fact (`sovscan:oss`, whose verdict
    /// the classification refines with relicensing), the classification's value stands.
    static func merged(_ component: Component, edgeScopes: [(scope: Scope, to: PackageURL)] = [],
                       classification: Classification?) -> [(name: String, value: String)] {
        let classified = classification?.sbomProperties ?? []
        let names = Set(classified.map(\.name))
        return (SovScanProperties.of(component, edgeScopes: edgeScopes).filter { !names.contains($0.name) } + classified)
            .sorted { ($0.name, $0.value) < ($1.name, $1.value) }
    }
}
