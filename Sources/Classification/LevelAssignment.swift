import SovScanModel

/// Decides the stack level of every component of a system, in this order:
/// 1. a component in a scope that does not ship (test, dev) is `development-tooling`;
/// 2. a technology rule with a level decides;
/// 3. a direct dependency (and first-party code) without one takes its ecosystem's default: npm and Swift are
///    `frontend` when the system is a frontend app of that ecosystem (a direct dependency of that ecosystem has a
///    rule level `frontend`, or first-party code of it is a client app, `Component.clientAppProperty`), else
///    `backend`; Maven is `backend`; container images are `platform`; CI/CD building blocks are `ops-support`;
///    other components (Terraform providers count through their binding) get no level, nor do services
///    (`Component.serviceProperty`, such as hosted CI runners), which count through their binding;
/// 4. a transitive dependency without one takes the level of the closest direct dependencies that bring it in
///    (fewest edges in the dependency graph); among several at that distance the most common level wins, ties by
///    the order of the levels in DESIGN section 4. Direct dependencies at `development-tooling` are only
///    considered when no other direct dependency reaches the component;
/// 5. a transitive dependency that no direct dependency reaches takes its ecosystem's default (3).
struct LevelAssignment {
    let system: SystemInventory
    let matches: [RuleMatch]

    func assign() -> [(StackLevel?, Decision)] {
        let components = system.components
        var result = [(StackLevel?, Decision)?](repeating: nil, count: components.count)
        // Steps 1 and 2.
        for (index, component) in components.enumerated() {
            if !component.ships {
                result[index] = (.developmentTooling, Decision(
                    fact: "level", value: StackLevel.developmentTooling.rawValue,
                    reason: "scope '\(component.scope.rawValue)' does not ship"))
            } else if let rule = matches[index].technology, let level = rule.level {
                result[index] = (level, Decision(fact: "level", value: level.rawValue,
                                                 reason: "level of technology \(rule.name)",
                                                 rule: rule.id, location: rule.location))
            }
        }
        let frontendApps = frontendEcosystems()
        // Step 3.
        for (index, component) in components.enumerated() where result[index] == nil
            && (component.isDirect || component.isFirstParty) && component.properties[Component.serviceProperty] == nil {
            result[index] = ecosystemDefault(component, frontendApps: frontendApps,
                                             why: component.isFirstParty ? "first-party code" : "direct dependency")
        }
        // Step 4: first from direct dependencies that ship outside development tooling, then from the rest.
        let levels = result.map { $0?.0 }
        let children = childIndices()
        let undecided = result.map { $0 == nil }
        let fromShipping = inheritance(levels: levels, children: children, wanted: undecided) { $0 != .developmentTooling }
        let stillUndecided = components.indices.map { undecided[$0] && fromShipping[$0] == nil }
        let fromAny = stillUndecided.contains(true)
            ? inheritance(levels: levels, children: children, wanted: stillUndecided) { _ in true } : fromShipping
        for (index, component) in components.enumerated() where result[index] == nil {
            if component.properties[Component.serviceProperty] != nil {
                result[index] = (nil, Decision(fact: "level", value: "none",
                                               reason: "a provider's service: it counts through its binding"))
            } else if let (level, origins, distance) = fromShipping[index] ?? fromAny[index] {
                let names = origins.prefix(3).map { components[$0].displayName }.joined(separator: ", ")
                let more = origins.count > 3 ? " and \(origins.count - 3) more" : ""
                result[index] = (level, Decision(
                    fact: "level", value: level.rawValue,
                    reason: "inherited from direct dependency \(names)\(more) at distance \(distance)"))
            } else {
                // Step 5.
                result[index] = ecosystemDefault(component, frontendApps: frontendApps,
                                                 why: "no direct dependency brings it in")
            }
        }
        return result.map { $0 ?? (nil, Decision(fact: "level", value: "none", reason: "no rule")) }
    }

    /// The ecosystems in which the system is a frontend app, each with the evidence: first-party code marked as a
    /// client app, else the first direct shipping dependency (by purl) with rule level `frontend`.
    private func frontendEcosystems() -> [Ecosystem: String] {
        var result: [Ecosystem: String] = [:]
        for component in system.components where component.isFirstParty {
            if let evidence = component.properties[Component.clientAppProperty], result[component.ecosystem] == nil {
                result[component.ecosystem] = evidence
            }
        }
        // Components are sorted by purl, so the first one found is the first by purl.
        for (index, component) in system.components.enumerated()
        where component.isDirect && component.ships && matches[index].technology?.level == .frontend
            && result[component.ecosystem] == nil {
            result[component.ecosystem] = "direct dependency \(component.displayName) is frontend"
        }
        return result
    }

    private func ecosystemDefault(_ component: Component, frontendApps: [Ecosystem: String], why: String)
        -> (StackLevel?, Decision) {
        let level: StackLevel?
        let reason: String
        switch component.ecosystem {
        case .npm, .swift:
            if let evidence = frontendApps[component.ecosystem] {
                level = .frontend
                reason = "\(why); \(component.ecosystem.rawValue) default in a frontend app (\(evidence))"
            } else {
                level = .backend
                reason = "\(why); \(component.ecosystem.rawValue) default outside a frontend app"
            }
        case .maven:
            level = .backend
            reason = "\(why); Maven default"
        case .container:
            level = .platform
            reason = "\(why); container image default (the image the system runs on)"
        case .ci:
            level = .opsSupport
            reason = "\(why); CI/CD default"
        case .terraform, .generic:
            level = nil
            reason = "\(why); no default for this ecosystem"
        }
        return (level, Decision(fact: "level", value: level?.rawValue ?? "none", reason: reason))
    }

    /// The positions each component's dependencies have in `system.components` (self-edges left out).
    private func childIndices() -> [[Int]] {
        let components = system.components
        var indexOf: [PackageURL: Int] = [:]
        indexOf.reserveCapacity(components.count)
        for (index, component) in components.enumerated() { indexOf[component.purl] = index }
        var children = [[Int]](repeating: [], count: components.count)
        for edge in system.graph.edges {
            guard let from = indexOf[edge.from], let to = indexOf[edge.to], from != to else { continue }
            children[from].append(to)
        }
        return children
    }

    /// For every `wanted` component, the level inherited from the closest direct dependencies that reach it, the
    /// indices of those direct dependencies (sorted by purl) and the distance. A breadth-first search from all direct
    /// third-party dependencies whose level passes `source` at once; each node keeps the set of origins first
    /// reaching it.
    private func inheritance(levels: [StackLevel?], children: [[Int]], wanted: [Bool],
                             source: (StackLevel) -> Bool) -> [(StackLevel, [Int], Int)?] {
        let components = system.components
        var distance = [Int](repeating: -1, count: components.count)
        var origins = [Set<Int>](repeating: [], count: components.count)
        var frontier: [Int] = []
        for (index, component) in components.enumerated()
        where component.isDirect && !component.isFirstParty && levels[index].map(source) == true {
            distance[index] = 0
            origins[index] = [index]
            frontier.append(index)
        }
        var depth = 0
        while !frontier.isEmpty {
            depth += 1
            var next: [Int] = []
            for node in frontier {
                for child in children[node] {
                    if distance[child] == -1 {
                        distance[child] = depth
                        next.append(child)
                    }
                    if distance[child] == depth { origins[child].formUnion(origins[node]) }
                }
            }
            frontier = next
        }
        return components.indices.map { index -> (StackLevel, [Int], Int)? in
            guard wanted[index], distance[index] > 0, !origins[index].isEmpty else { return nil }
            var counts: [StackLevel: Int] = [:]
            for origin in origins[index] { if let level = levels[origin] { counts[level, default: 0] += 1 } }
            guard let level = counts.max(by: { left, right in
                left.value != right.value ? left.value < right.value : left.key > right.key
            })?.key else { return nil }
            // Components are sorted by purl, so index order is purl order.
            let sources = origins[index].filter { levels[$0] == level }.sorted()
            return (level, sources, distance[index])
        }
    }
}
