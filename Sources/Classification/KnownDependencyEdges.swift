import SovScanModel

/// Connects SwiftPM pins that no manifest connects (`UnconnectedPins.isUnconnected`: offline, without checkouts) to
/// the packages that the rules say need them: a third-party package of the same lockfile whose technology rule states
/// the pin as a dependency of it, in `known-dependencies:` (Firebase's companions under firebase-ios-sdk) or in
/// `build-time:` (the packages a build plugin such as swift-openapi-generator runs with). The parent may be declared,
/// connected by a manifest, or a pin no manifest connects itself (a lockfile pins what its packages need, so the
/// parent's own dependencies are pinned beside it). The edge replaces the one the cataloguer hung off the project, so
/// the pin takes its parent's level, or its parent's build-time status, as if the parent's manifest had been read.
struct KnownDependencyEdges {
    let system: SystemInventory
    let matches: [RuleMatch]

    /// Adds the stated edges to `children` (positions in `system.components`), drops the edges from first-party
    /// projects to each pin so connected, and returns, by pin, words naming its first parent, rule and source.
    func connect(_ children: inout [[Int]]) -> [Int: String] {
        let components = system.components
        let unconnected = components.indices.filter { UnconnectedPins.isUnconnected(components[$0]) }
        guard !unconnected.isEmpty else { return [:] }
        let byLockfile = UnconnectedPins.byLockfile(components) { !$0.isFirstParty }
        var why: [Int: String] = [:]
        for pin in unconnected {
            let parents = Set(UnconnectedPins.lockfiles(components[pin]).flatMap { byLockfile[$0] ?? [] })
                .subtracting([pin]).sorted()
            let stated = parents.compactMap { parent in statement(from: parent, to: pin).map { (parent, $0) } }
            guard let first = stated.first else { continue }
            for (parent, _) in stated { children[parent].append(pin) }
            why[pin] = first.1
        }
        for index in components.indices where components[index].isFirstParty {
            children[index].removeAll { why[$0] != nil }
        }
        return why
    }

    /// Words for the edge from `parent` to `pin` when the parent's technology rule states it, else nil.
    private func statement(from parent: Int, to pin: Int) -> String? {
        guard let rule = matches[parent].technology else { return nil }
        let (from, to) = (system.components[parent], system.components[pin])
        func covers(_ stated: StatedDependencies) -> Bool { stated.covers(from: from.purl, to: to.purl) }
        if let known = rule.knownDependencies.first(where: covers) {
            return "a known dependency of \(from.displayName) by rule \(rule.id): \(known.source)"
        }
        if let buildTime = rule.buildTime, covers(buildTime) {
            return "a build-time dependency of \(from.displayName) by rule \(rule.id): \(buildTime.source)"
        }
        return nil
    }
}
