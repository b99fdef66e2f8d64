/// Turns the collected graph into what Maven 3.8 (maven-resolver 1.6) resolves: per conflict group (group,
/// artifact, extension, classifier) the nearest node wins, the first declaration breaking ties, ranges being hard
/// constraints; the winner's scope is the widest derived scope of all its paths (a direct declaration keeps its
/// own), and it is optional only if every path is. Groups are settled parents-first, and losers are cut out of the
/// graph with their subtrees before their descendants are considered.
final class ConflictResolver {
    private final class Item {
        let parent: ChildList?
        let node: DependencyNode
        var depth = 0
        var scopes: Set<String>
        var optionalities: (nonOptional: Bool, optional: Bool)

        init(parent: ChildList?, node: DependencyNode, scope: String, optional: Bool) {
            self.parent = parent
            self.node = node
            scopes = [scope]
            optionalities = (!optional, optional)
        }
    }

    private final class NodeInfo {
        var minDepth: Int
        var scopes: Set<String>
        var optionalities: (nonOptional: Bool, optional: Bool)
        var children: [Item] = []

        init(depth: Int, scope: String, optional: Bool) {
            minDepth = depth
            scopes = [scope]
            optionalities = (!optional, optional)
        }

        /// Records another visit; returns whether the derived scope (bit 1) or optionality (bit 2) is new.
        func update(depth: Int, scope: String, optional: Bool) -> Int {
            if depth < minDepth { minDepth = depth }
            var changes = scopes.insert(scope).inserted ? 1 : 0
            if optional ? !optionalities.optional : !optionalities.nonOptional {
                if optional { optionalities.optional = true } else { optionalities.nonOptional = true }
                changes |= 2
            }
            return changes
        }
    }

    private final class ConflictGroup {
        let id: Int
        var minDepth: Int
        var inDegree = 0
        var children: [ConflictGroup] = []
        var childIds: Set<Int> = []

        init(id: Int, depth: Int) {
            self.id = id
            minDepth = depth
        }
    }

    private var groupOf: [ObjectIdentifier: Int] = [:]
    private var resolved: [Int: DependencyNode?] = [:]
    // Per-group walk state.
    private var currentId = -1
    private var potentialAncestors: Set<Int> = []
    private var items: [Item] = []
    private var infos: [ObjectIdentifier: NodeInfo] = [:]
    private var stack: Set<ObjectIdentifier> = []
    private var parentInfos: [NodeInfo?] = []
    private var parentNodes: [DependencyNode] = []
    private var parentScopes: [String] = []
    private var parentOptionals: [Bool] = []

    /// For every child list, the conflict groups that occur in it or below it (an over-approximation as the
    /// graph shrinks): a group's walk skips lists that cannot lead to one of its nodes.
    private var reachable = GroupReachability()

    /// Resolves the graph under `root` in place.
    func resolve(_ root: DependencyNode) {
        markConflictGroups(root)
        reachable = GroupReachability(root: root, groupOf: groupOf)
        for id in sortedGroups(root) {
            prepare(id)
            _ = gather(root, isRoot: true)
            finish()
            if !items.isEmpty, let winner = selectVersion() {
                winner.node.scope = selectScope(winner)
                winner.node.isOptional = selectOptionality()
                removeLosers(winner)
                resolved[id] = .some(winner.node)
            } else {
                resolved[id] = .some(nil)
            }
        }
        removeLeftoverLosers(root)
    }

    /// Drops nodes of settled groups that lost, wherever the pruned walks did not pass: what a walk over the whole
    /// graph after the last group would have dropped.
    private func removeLeftoverLosers(_ root: DependencyNode) {
        var visited: Set<ObjectIdentifier> = []
        var pending = [root.children]
        while let list = pending.popLast() {
            guard visited.insert(ObjectIdentifier(list)).inserted else { continue }
            list.nodes.removeAll { node in
                guard let id = groupOf[ObjectIdentifier(node)], let winner = resolved[id], let winner else { return false }
                return winner !== node
            }
            pending.append(contentsOf: list.nodes.map(\.children))
        }
    }

    // MARK: - Conflict groups

    /// Gives every node the id of its conflict group: nodes sharing a key (or a key of what they were relocated
    /// from) belong together.
    private func markConflictGroups(_ root: DependencyNode) {
        var parent: [String: String] = [:]
        func find(_ key: String) -> String {
            var current = key
            while let next = parent[current], next != current { current = next }
            var walk = key
            while let next = parent[walk], next != current { parent[walk] = current; walk = next }
            return current
        }
        var nodes: [DependencyNode] = []
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var pending = root.children.nodes.reversed() as [DependencyNode]
        while let node = pending.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            nodes.append(node)
            let keys = [node.artifact.conflictKey] + node.relocations.map(\.conflictKey)
            for key in keys where parent[key] == nil { parent[key] = key }
            let first = find(keys[0])
            for key in keys.dropFirst() {
                let other = find(key)
                if other != first { parent[other] = first }
            }
            pending.append(contentsOf: node.children.nodes.reversed())
        }
        var numbers: [String: Int] = [:]
        for node in nodes {
            let representative = find(node.artifact.conflictKey)
            let number = numbers[representative] ?? numbers.count
            numbers[representative] = number
            groupOf[ObjectIdentifier(node)] = number
        }
    }

    /// Conflict groups in topological order (parents first, nearer first), breaking cycles at the nearest group.
    private func sortedGroups(_ root: DependencyNode) -> [Int] {
        var groups: [Int: ConflictGroup] = [:]
        var order: [ConflictGroup] = []
        var visited: Set<ObjectIdentifier> = []
        // Iterative depth-first walk: (node, its group, depth of its children).
        var pending: [(DependencyNode, ConflictGroup?, Int)] = [(root, nil, 1)]
        while let (node, group, depth) = pending.popLast() {
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            var next: [(DependencyNode, ConflictGroup?, Int)] = []
            for child in node.children.nodes {
                guard let id = groupOf[ObjectIdentifier(child)] else { continue }
                let childGroup: ConflictGroup
                if let existing = groups[id] {
                    childGroup = existing
                    if depth < existing.minDepth { existing.minDepth = depth }
                } else {
                    childGroup = ConflictGroup(id: id, depth: depth)
                    groups[id] = childGroup
                    order.append(childGroup)
                }
                if let group, group.childIds.insert(id).inserted {
                    group.children.append(childGroup)
                    childGroup.inDegree += 1
                }
                next.append((child, childGroup, depth + 1))
            }
            pending.append(contentsOf: next.reversed())
        }
        var sorted: [Int] = []
        var queue: [ConflictGroup] = []
        func enqueue(_ group: ConflictGroup) {
            var index = queue.count
            while index > 0, queue[index - 1].minDepth > group.minDepth { index -= 1 }
            queue.insert(group, at: index)
        }
        func drain() {
            while !queue.isEmpty {
                let group = queue.removeFirst()
                sorted.append(group.id)
                for child in group.children {
                    child.inDegree -= 1
                    if child.inDegree == 0 { enqueue(child) }
                }
            }
        }
        for group in order where group.inDegree <= 0 { enqueue(group) }
        drain()
        while sorted.count < order.count {
            var nearest: ConflictGroup?
            for group in order where group.inDegree > 0 {
                if let best = nearest, !(group.minDepth < best.minDepth
                    || (group.minDepth == best.minDepth && group.inDegree < best.inDegree)) { continue }
                nearest = group
            }
            guard let nearest else { break }
            nearest.inDegree = 0
            enqueue(nearest)
            drain()
        }
        return sorted
    }

    // MARK: - Gathering the items of one group

    private func prepare(_ id: Int) {
        currentId = id
        items.removeAll()
        infos.removeAll()
    }

    private func finish() {
        var previous: ChildList?
        var depth = 0
        for item in items.reversed() {
            if let parent = item.parent, parent === previous {
                item.depth = depth
            } else if let parent = item.parent {
                previous = parent
                depth = (infos[ObjectIdentifier(parent)]?.minDepth ?? 0) + 1
                item.depth = depth
            }
        }
        potentialAncestors.insert(currentId)
    }

    /// Walks the graph; returns false when `node` is a leftover loser its parent must drop.
    private func gather(_ node: DependencyNode, isRoot: Bool = false) -> Bool {
        let id = isRoot ? nil : groupOf[ObjectIdentifier(node)]
        if let id, id == currentId {
            add(node)
        } else if let id, let winner = resolved[id], let winner, winner !== node {
            return false
        } else if !isRoot, !reachable.contains(currentId, below: node) {
            return true
        } else if push(node, id: id, isRoot: isRoot) {
            let list = node.children
            var index = 0
            while index < list.nodes.count {
                if gather(list.nodes[index]) {
                    index += 1
                } else {
                    list.nodes.remove(at: index)
                }
            }
            pop()
        }
        return true
    }

    private func push(_ node: DependencyNode, id: Int?, isRoot: Bool) -> Bool {
        if !isRoot {
            guard let id, potentialAncestors.contains(id) else { return false }
        }
        let list = ObjectIdentifier(node.children)
        guard stack.insert(list).inserted else { return false }
        let depth = parentNodes.count
        let scope = deriveScope(node, id: id, isRoot: isRoot)
        let optional = deriveOptional(node, id: id, isRoot: isRoot)
        if let info = infos[list] {
            let changes = info.update(depth: depth, scope: scope, optional: optional)
            if changes == 0 {
                stack.remove(list)
                return false
            }
            parentInfos.append(nil)
            parentNodes.append(node)
            parentScopes.append(scope)
            parentOptionals.append(optional)
            if changes & 1 != 0 {
                for item in info.children.reversed() { item.scopes.insert(deriveScope(item.node, id: nil, isRoot: false)) }
            }
            if changes & 2 != 0 {
                for item in info.children.reversed() {
                    if deriveOptional(item.node, id: nil, isRoot: false) {
                        item.optionalities.optional = true
                    } else {
                        item.optionalities.nonOptional = true
                    }
                }
            }
        } else {
            let info = NodeInfo(depth: depth, scope: scope, optional: optional)
            infos[list] = info
            parentInfos.append(info)
            parentNodes.append(node)
            parentScopes.append(scope)
            parentOptionals.append(optional)
        }
        return true
    }

    private func pop() {
        parentInfos.removeLast()
        parentScopes.removeLast()
        parentOptionals.removeLast()
        let node = parentNodes.removeLast()
        stack.remove(ObjectIdentifier(node.children))
    }

    private func add(_ node: DependencyNode) {
        guard let parent = parentNodes.last else {
            items.append(Item(parent: nil, node: node, scope: deriveScope(node, id: nil, isRoot: false),
                              optional: deriveOptional(node, id: nil, isRoot: false)))
            return
        }
        guard let info = parentInfos.last, let info else { return }
        let item = Item(parent: parent.children, node: node, scope: deriveScope(node, id: nil, isRoot: false),
                        optional: deriveOptional(node, id: nil, isRoot: false))
        info.children.append(item)
        items.append(item)
    }

    private func isResolved(_ id: Int?) -> Bool {
        guard let id else { return false }
        return resolved[id] != nil
    }

    private func deriveScope(_ node: DependencyNode, id: Int?, isRoot: Bool) -> String {
        if isRoot { return "" }
        if node.isScopeManaged || isResolved(id) { return node.scope }
        let depth = parentNodes.count
        guard depth > 0 else { return node.scope }
        return Self.derive(parent: parentScopes[depth - 1], child: node.scope)
    }

    /// Maven's scope propagation: test and system stay; under compile (or at the top) the child's scope stays;
    /// under test or runtime the parent's; under provided or system, provided; otherwise runtime.
    static func derive(parent: String, child: String) -> String {
        if child == "system" || child == "test" { return child }
        if parent.isEmpty || parent == "compile" { return child }
        if parent == "test" || parent == "runtime" { return parent }
        if parent == "system" || parent == "provided" { return "provided" }
        return "runtime"
    }

    private func deriveOptional(_ node: DependencyNode, id: Int?, isRoot: Bool) -> Bool {
        if isRoot { return false }
        if node.isOptional || node.isOptionalManaged || isResolved(id) { return node.isOptional }
        let depth = parentNodes.count
        return depth > 0 ? parentOptionals[depth - 1] : false
    }

    // MARK: - Selection

    private func selectVersion() -> Item? {
        var winner: Item?
        var candidates: [Item] = []
        var constraints: [MavenVersionConstraint] = []
        func acceptable(_ item: Item) -> Bool {
            let version = MavenVersion(item.node.artifact.version)
            return constraints.allSatisfy { $0.contains(version) }
        }
        func nearer(_ a: Item, _ b: Item) -> Bool {
            if a.parent != nil, a.parent === b.parent {
                return MavenVersion(b.node.artifact.version) < MavenVersion(a.node.artifact.version)
            }
            return a.depth < b.depth
        }
        func backtrack() {
            winner = nil
            candidates.removeAll { !acceptable($0) }
            for candidate in candidates where winner == nil || nearer(candidate, winner!) { winner = candidate }
        }
        for item in items {
            var mustBacktrack = false
            if let constraint = item.node.constraint, constraint.isRange, !constraints.contains(constraint) {
                constraints.append(constraint)
                if let current = winner, !constraint.contains(MavenVersion(current.node.artifact.version)) {
                    mustBacktrack = true
                }
            }
            if acceptable(item) {
                candidates.append(item)
                if mustBacktrack {
                    backtrack()
                } else if winner == nil || nearer(item, winner!) {
                    winner = item
                }
            } else if mustBacktrack {
                backtrack()
            }
        }
        return winner ?? items.first
    }

    private func selectScope(_ winner: Item) -> String {
        if winner.node.scope == "system" { return "system" }
        var scopes: Set<String> = []
        for item in items {
            if item.depth <= 1 { return item.node.scope }
            scopes.formUnion(item.scopes)
        }
        if scopes.count > 1 { scopes.remove("system") }
        if scopes.count == 1, let only = scopes.first { return only }
        for scope in ["compile", "runtime", "provided", "test"] where scopes.contains(scope) { return scope }
        return ""
    }

    /// A direct declaration (met first) decides; otherwise optional only if no path is non-optional.
    private func selectOptionality() -> Bool {
        var optional = true
        for item in items {
            if item.depth <= 1 { return item.node.isOptional }
            if item.optionalities.nonOptional { optional = false }
        }
        return optional
    }

    private func removeLosers(_ winner: Item) {
        for item in items where item !== winner {
            guard let parent = item.parent else { continue }
            parent.nodes.removeAll { $0 === item.node }
        }
    }
}
