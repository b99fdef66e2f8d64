import SovScanModel

/// Connects SwiftPM pins that no manifest connects (`UnconnectedPins.isUnconnected`: offline, without checkouts) to
/// the packages that the rules say need them: a third-party package of the same lockfile whose technology rule states
/// the pin as a dependency of it, in `known-dependencies:` (Firebase's companions under firebase-ios-sdk) or in
/// `build-time:` (the packages a build plugin such as swift-openapi-generator runs with). The parent may be declared,
/// connected by a manifest, or a pin no manifest connects itself (a lockfile pins what its packages need, so the
/// parent's own dependencies are pinned beside it). The edge replaces the one the cataloguer hung off the project, so
/// the pin takes its parent's level, or its parent's build-time status, as if the parent's manifest had been read.
/// A statement that names the products needing the dependencies (`products:`) says more: where the parent's project
/// links one of them, the pin is needed by it; where it links none, the pin was only resolved with the parent (SwiftPM
/// resolves a package's whole manifest, but builds only what linked products need). So a pin hangs off the parents that
/// need it, and off a parent that only resolved it just when no parent is known to need it: in Pocket Casts, which
/// links Firebase's Analytics, Performance and Remote Config beside Google Sign-In, the session fetcher that Firebase
/// needs only for Auth, Functions and Storage is Google Sign-In's; LevelDB, which only Firestore and the Realtime
/// Database need, still comes with Firebase (the labelled sets' convention for pins no linked product needs).
///
/// A pin that hangs off parents that only resolved it (`Connections.unlinked`) is not built into the app: it runs
/// nothing and calls no service, so the platform its binding rule names does not bind it (openHAB's app links
/// Firebase's Messaging and Crashlytics, not App Check, whose AppCheckCore package Firebase still pins).
struct KnownDependencyEdges {
    let system: SystemInventory
    let matches: [RuleMatch]

    /// What `connect` found: by pin, words naming its first parent, rule and source; and the pins that every parent
    /// only resolved, none needs.
    struct Connections {
        var why: [Int: String] = [:]
        var unlinked: Set<Int> = []
    }

    /// Adds the stated edges to `children` (positions in `system.components`), drops the edges from first-party
    /// projects to each pin so connected, and returns how each pin was connected.
    func connect(_ children: inout [[Int]]) -> Connections {
        let components = system.components
        let unconnected = components.indices.filter { UnconnectedPins.isUnconnected(components[$0]) }
        guard !unconnected.isEmpty else { return Connections() }
        let byLockfile = UnconnectedPins.byLockfile(components) { !$0.isFirstParty }
        var found = Connections()
        for pin in unconnected {
            let parents = Set(UnconnectedPins.lockfiles(components[pin]).flatMap { byLockfile[$0] ?? [] })
                .subtracting([pin]).sorted()
            let stated = parents.compactMap { parent in statement(from: parent, to: pin).map { (parent, $0) } }
            let needing = stated.filter(\.1.needed)
            let chosen = needing.isEmpty ? stated : needing
            guard let first = chosen.first else { continue }
            for (parent, _) in chosen { children[parent].append(pin) }
            found.why[pin] = first.1.words
            if needing.isEmpty { found.unlinked.insert(pin) }
        }
        for index in components.indices where components[index].isFirstParty {
            children[index].removeAll { found.why[$0] != nil }
        }
        return found
    }

    /// Words for the edge from `parent` to `pin` when the parent's technology rule states it, and whether the parent
    /// needs the pin (false when the statement's products are known not to be linked); nil when no rule states it.
    private func statement(from parent: Int, to pin: Int) -> (words: String, needed: Bool)? {
        guard let rule = matches[parent].technology else { return nil }
        let (from, to) = (system.components[parent], system.components[pin])
        func covers(_ stated: StatedDependencies) -> Bool { stated.covers(from: from.purl, to: to.purl) }
        let known = rule.knownDependencies.filter(covers)
        let linked = from.properties[Component.linkedProductsProperty]
        for statement in known {
            guard let needing = statement.productsNeeding(linked: linked) else {
                return ("a known dependency of \(from.displayName) by rule \(rule.id): \(statement.source)", true)
            }
            if !needing.isEmpty {
                return ("a known dependency of \(from.displayName)'s \(needing.joined(separator: ", ")) by rule "
                    + "\(rule.id): \(statement.source)", true)
            }
        }
        if let resolved = known.first {
            return ("resolved with \(from.displayName), whose linked products do not need it (only "
                + "\(resolved.products.joined(separator: ", ")) \(resolved.products.count == 1 ? "does" : "do")), and "
                + "known to no other package by rule "
                + "\(rule.id): \(resolved.source)", false)
        }
        if let buildTime = rule.buildTime, covers(buildTime) {
            return ("a build-time dependency of \(from.displayName) by rule \(rule.id): \(buildTime.source)", true)
        }
        return nil
    }
}
