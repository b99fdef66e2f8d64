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
        let own = SovScanProperties.of(component, edgeScopes: edgeScopes)
        // Both lists are sorted by name and value: one merge drops the component's facts whose name the
        // classification has and interleaves the rest (issue 17: checking each of a component's facts, hundreds
        // of locations for a library every module uses, against every classification name was a tenth of the
        // CycloneDX writer).
        // By position: taking the first of a slice and dropping it copied each pair twice (perf18).
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(own.count + classified.count)
        var left = 0
        var right = 0
        while left < own.count, right < classified.count {
            if own[left].name == classified[right].name {
                left += 1
            } else if classified[right].name < own[left].name {
                result.append(classified[right])
                right += 1
            } else {
                result.append(own[left])
                left += 1
            }
        }
        result += own[left...]
        result += classified[right...]
        return result
    }
}
