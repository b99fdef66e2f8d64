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
        // A dozen names at most: a scan is cheaper than hashing them into a set.
        let own = SovScanProperties.of(component, edgeScopes: edgeScopes)
            .filter { fact in !classified.contains { $0.name == fact.name } }
        // Both lists are sorted by name and value and share no name: merging them is sorting their union.
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(own.count + classified.count)
        var left = own[...]
        var right = classified[...]
        while let a = left.first, let b = right.first {
            if (b.name, b.value) < (a.name, a.value) {
                result.append(b)
                right = right.dropFirst()
            } else {
                result.append(a)
                left = left.dropFirst()
            }
        }
        return result + left + right
    }
}
