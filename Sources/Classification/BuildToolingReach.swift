import SovScanModel

/// Finds the components that run only at build time because every path to them from the system's shipping code
/// passes through development tooling (Metro, the React Native and Expo CLIs, bundlers, annotation processors, the
/// system's own test, documentation and build-tools projects) or through a build-time edge (a dependency that a
/// technology rule's `build-time:` says its package needs only for its own CLI or build scripts: svelte-i18n ->
/// sade): the trees of build tools whose packages are declared, or locked, in a shipping scope.
struct BuildToolingReach {
    let system: SystemInventory
    let matches: [RuleMatch]
    /// Each component's dependencies, as positions in `system.components`.
    let children: [[Int]]
    /// The first-party projects that only serve development (`ToolingProject`).
    let toolingProjects: Set<Int>

    /// For every shipping third-party component reached from development tooling but not from the system's
    /// shipping code without passing through development tooling, the name of the closest tool that brings it in;
    /// nil for every other component.
    func onlyThroughTooling() -> [String?] {
        let components = system.components
        func isTooling(_ index: Int) -> Bool {
            !components[index].ships || matches[index].technology?.level == .developmentTooling
                || toolingProjects.contains(index)
        }
        let buildTimeEdges = self.buildTimeEdges()
        var declaredByProject = [Bool](repeating: false, count: components.count)
        for (index, component) in components.enumerated() where component.isFirstParty {
            for child in children[index] { declaredByProject[child] = true }
        }
        // Reach from the system's own projects that are not tooling and from direct dependencies no project
        // declares, never entering a tool.
        var shipped = [Bool](repeating: false, count: components.count)
        var frontier: [Int] = []
        for (index, component) in components.enumerated() where !isTooling(index)
            && (component.isFirstParty || (component.isDirect && !declaredByProject[index])) {
            shipped[index] = true
            frontier.append(index)
        }
        while let node = frontier.popLast() {
            for child in children[node] where !shipped[child] && !isTooling(child)
                && !buildTimeEdges.contains(Edge(from: node, to: child)) {
                shipped[child] = true
                frontier.append(child)
            }
        }
        // Reach from every tool, breadth first so the closest tool names the component.
        var tool = [String?](repeating: nil, count: components.count)
        var level: [Int] = components.indices.filter {
            isTooling($0) && (!components[$0].isFirstParty || toolingProjects.contains($0))
        }
        for index in level {
            tool[index] = toolingProjects.contains(index)
                ? "\(components[index].displayName) (a project of tests, documentation or build tools by its name)"
                : components[index].displayName
        }
        // The dependencies at the end of a build-time edge are tools of their own, named after their parent.
        for edge in buildTimeEdges.sorted(by: { ($0.to, $0.from) < ($1.to, $1.from) }) where tool[edge.to] == nil {
            let rule = matches[edge.from].technology
            tool[edge.to] = "\(components[edge.to].displayName) (a build-time dependency of "
                + "\(components[edge.from].displayName) by rule \(rule?.id ?? "")\(rule?.buildTime.map { ": " + $0.source } ?? ""))"
            level.append(edge.to)
        }
        var seen = Set(level)
        while !level.isEmpty {
            var next: [Int] = []
            for node in level {
                for child in children[node] where !seen.contains(child) {
                    seen.insert(child)
                    tool[child] = tool[node]
                    next.append(child)
                }
            }
            level = next
        }
        return components.indices.map { index in
            let component = components[index]
            guard component.ships, !component.isFirstParty, !shipped[index],
                  !isTooling(index) else { return nil }
            return tool[index]
        }
    }

    /// An edge between two components, by position.
    private struct Edge: Hashable {
        let from: Int
        let to: Int
    }

    /// The edges from a component to a dependency that its technology rule's `build-time:` names.
    private func buildTimeEdges() -> Set<Edge> {
        let components = system.components
        var edges = Set<Edge>()
        for (index, component) in components.enumerated() {
            guard let buildTime = matches[index].technology?.buildTime, !children[index].isEmpty else { continue }
            let key = PurlPattern.key(of: component.purl)
            for child in children[index] where buildTime.covers(
                parentKey: key, parentVersion: component.purl.version,
                childKey: PurlPattern.key(of: components[child].purl), childVersion: components[child].purl.version) {
                edges.insert(Edge(from: index, to: child))
            }
        }
        return edges
    }
}
