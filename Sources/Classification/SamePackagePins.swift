import SovScanModel

/// The level of a pin that no manifest connects (`UnconnectedPins.isUnconnected`) when the system uses the same
/// package at another version with a level that its rule or the products a project links decide: one system uses
/// one package for one purpose. GOV.UK One Login's app pins Firebase 12 for a logging package whose manifest is not
/// read offline, while its own AppIntegrity package links Firebase 11's App Check (`ops-support`); the app's pin takes
/// that level instead of the ecosystem's default. The pins that technology rules state as dependencies of such a pin
/// (`KnownDependencyEdges`: GoogleAppMeasurement under Firebase) follow it, as they would inherit from a parent whose
/// manifest was read, and so do those stated below a pin whose own rule gives it a level (swift-argument-parser under
/// Core ML Stable Diffusion, which only its command-line sample needs: it comes with the package that resolved it).
struct SamePackagePins {
    let system: SystemInventory

    /// Levels for the `undecided` pins no manifest connects, by position: from `decided` (the levels that rules and
    /// linked products gave, by position) of another version of the same package, then down `children` (the graph
    /// with the stated edges) to undecided pins below them and below pins whose rule decided their level. Versions
    /// that disagree decide nothing.
    func levels(decided: [(StackLevel?, Decision)?], undecided: [Bool], children: [[Int]]) -> [Int: (StackLevel?, Decision)] {
        let components = system.components
        let pins = components.indices.filter { undecided[$0] && UnconnectedPins.isUnconnected(components[$0]) }
        guard !pins.isEmpty else { return [:] }
        var byPackage: [PackageURL: [StackLevel: [String]]] = [:]
        for (index, decision) in decided.enumerated() where decision?.1.rule != nil {
            guard let level = decision?.0, level != .developmentTooling else { continue }
            byPackage[components[index].purl.versionless, default: [:]][level, default: []]
                .append(components[index].purl.version ?? "")
        }
        var result: [Int: (StackLevel?, Decision)] = [:]
        // A pin with a level by its own rule passes it down as well (Core ML Stable Diffusion's argument parser).
        var frontier = components.indices.filter { index in
            UnconnectedPins.isUnconnected(components[index]) && decided[index]?.1.rule != nil
                && decided[index]?.0 != nil && decided[index]?.0 != .developmentTooling
        }
        for index in pins {
            guard let levels = byPackage[components[index].purl.versionless], levels.count == 1,
                  let (level, versions) = levels.first else { continue }
            let at = versions.sorted().joined(separator: ", ")
            result[index] = (level, Decision(
                fact: "level", value: level.rawValue,
                reason: "no manifest connects this pin; the system uses \(components[index].displayName) at \(at) "
                    + "as \(level.rawValue), so this version serves the same"))
            frontier.append(index)
        }
        while let parent = frontier.popLast() {
            guard let level = result[parent]?.0 ?? decided[parent]?.0 else { continue }
            for child in children[parent] where undecided[child] && result[child] == nil
                && UnconnectedPins.isUnconnected(components[child]) {
                result[child] = (level, Decision(
                    fact: "level", value: level.rawValue,
                    reason: "no manifest connects this pin; it inherits \(level.rawValue) from "
                        + "\(components[parent].displayName) at \(components[parent].purl.version ?? "its version"), "
                        + "which depends on it"))
                frontier.append(child)
            }
        }
        return result
    }
}
