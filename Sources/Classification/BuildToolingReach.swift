import SovScanModel

/// Finds the components that run only at build time because every path to them from the shipping direct
/// dependencies passes through development tooling (Metro, the React Native and Expo CLIs, bundlers, annotation
/// processors): the trees of build tools whose packages are declared, or locked, in a shipping scope.
struct BuildToolingReach {
    let system: SystemInventory
    let matches: [RuleMatch]
    /// Each component's dependencies, as positions in `system.components`.
    let children: [[Int]]

    /// For every transitive component reached from development tooling but not from the shipping direct
    /// dependencies without passing through development tooling, the name of the closest tool that brings it in;
    /// nil for every other component.
    func onlyThroughTooling() -> [String?] {
        let components = system.components
        func isTooling(_ index: Int) -> Bool {
            !components[index].ships || matches[index].technology?.level == .developmentTooling
        }
        // Reach from the shipping direct dependencies, never entering a tool.
        var shipped = [Bool](repeating: false, count: components.count)
        var frontier: [Int] = []
        for (index, component) in components.enumerated()
        where component.isDirect && !component.isFirstParty && !isTooling(index) {
            shipped[index] = true
            frontier.append(index)
        }
        while let node = frontier.popLast() {
            for child in children[node] where !shipped[child] && !isTooling(child) {
                shipped[child] = true
                frontier.append(child)
            }
        }
        // Reach from every tool, breadth first so the closest tool names the component.
        var tool = [String?](repeating: nil, count: components.count)
        var level: [Int] = components.indices.filter { isTooling($0) && !components[$0].isFirstParty }
        for index in level { tool[index] = components[index].displayName }
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
            guard component.ships, !component.isDirect, !component.isFirstParty, !shipped[index],
                  !isTooling(index) else { return nil }
            return tool[index]
        }
    }
}
