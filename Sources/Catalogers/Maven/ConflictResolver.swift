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
        var scopes: ScopeSet
        var optionalities: (nonOptional: Bool, optional: Bool)

        init(parent: ChildList?, node: DependencyNode, scope: String, optional: Bool) {
            self.parent = parent
            self.node = node
            scopes = ScopeSet(scope)
            optionalities = (!optional, optional)
        }
    }

    private final class NodeInfo {
        var minDepth: Int
        var scopes: ScopeSet
        var optionalities: (nonOptional: Bool, optional: Bool)
        var children: [Item] = []

        init(depth: Int, scope: String, optional: Bool) {
            minDepth = depth
            scopes = ScopeSet(scope)
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

    // Per group, indexed by group number: whether it is settled, and its winner (nil when it has none).
    private var settled: [Bool] = []
    private var winners: [DependencyNode?] = []
    /// Groups whose nodes may lead to the current group's nodes (the groups settled so far).
    private var potentialAncestors: [Bool] = []
    // Per-group walk state.
    private var currentId = -1
    private var items: [Item] = []
    // Per child list, indexed by `ChildList.index`: its info in the current walk (valid when `infoGroup` is the
    // current group) and whether it is on the walk's stack.
    private var infos: [NodeInfo?] = []
    private var infoGroup: [Int] = []
    private var onStack: [Bool] = []
    private var parentInfos: [NodeInfo?] = []
    private var parentNodes: [DependencyNode] = []
    private var parentScopes: [String] = []
    private var parentOptionals: [Bool] = []

    /// For every child list, the conflict groups that occur in it or below it (an over-approximation as the
    /// graph shrinks): a group's walk skips lists that cannot lead to one of its nodes.
    private var reachable = GroupReachability()
    /// Long child lists by list number (`ChildList.index`), their children indexed by the groups they lead to,
    /// made on first use: a group's walk then touches only its own entries of a list of hundreds of direct
    /// dependencies instead of every child, which would make a module's resolution quadratic in them.
    private var entries: [GroupEntries?] = []
    /// Lists with at least this many children are indexed (`GroupEntries`); shorter ones are scanned.
    static let indexedListLength = 32

    /// A resolver for one collected graph. It reads only the graph (artifact and key numbers are on its nodes),
    /// so it may run on another thread than the collector that made the graph.
    init() {}

    /// Resolves the graph under `root` in place.
    func resolve(_ root: DependencyNode) {
        let groups = markConflictGroups(root)
        settled = Array(repeating: false, count: groups)
        winners = Array(repeating: nil, count: groups)
        potentialAncestors = Array(repeating: false, count: groups)
        reachable = GroupReachability(root: root, groups: groups)
        infos = Array(repeating: nil, count: reachable.listCount)
        infoGroup = Array(repeating: -1, count: reachable.listCount)
        onStack = Array(repeating: false, count: reachable.listCount)
        entries = Array(repeating: nil, count: reachable.listCount)
        for id in sortedGroups(root, groupCount: groups) {
            prepare(id)
            gather(below: root, isRoot: true)
            finish()
            if !items.isEmpty, let winner = selectVersion() {
                winner.node.scope = selectScope(winner)
                winner.node.isOptional = selectOptionality()
                removeLosers(winner)
                winners[id] = winner.node
            }
            settled[id] = true
        }
        removeLeftoverLosers(root)
    }

    /// Drops the nodes that lost: those cut while resolving, and nodes of settled groups that lost wherever the
    /// pruned walks did not pass (what a walk over the whole graph after the last group would have dropped).
    private func removeLeftoverLosers(_ root: DependencyNode) {
        var visited: Set<ObjectIdentifier> = []
        var pending = [root.children]
        while let list = pending.popLast() {
            guard visited.insert(ObjectIdentifier(list)).inserted else { continue }
            list.nodes.removeAll { node in
                if node.isCut { return true }
                guard node.group >= 0, let winner = winners[node.group] else { return false }
                return winner !== node
            }
            pending.append(contentsOf: list.nodes.map(\.children))
        }
    }

    // MARK: - Conflict groups

    /// Gives every node the number of its conflict group (`DependencyNode.group`): nodes sharing a key (or a key of
    /// what they were relocated from) belong together. Returns how many groups there are.
    private func markConflictGroups(_ root: DependencyNode) -> Int {
        // Union-find over the distinct keys (numbered by the artifact table, renumbered densely here).
        var keyNumbers: [Int: Int] = [:]
        var parent: [Int] = []
        func number(_ key: Int) -> Int {
            if let known = keyNumbers[key] { return known }
            keyNumbers[key] = parent.count
            parent.append(parent.count)
            return parent.count - 1
        }
        func find(_ key: Int) -> Int {
            var current = key
            while parent[current] != current { current = parent[current] }
            var walk = key
            while parent[walk] != current {
                let next = parent[walk]
                parent[walk] = current
                walk = next
            }
            return current
        }
        var nodes: [DependencyNode] = []
        var keys: [Int] = []
        // Marks a node as seen before it has a group.
        let seen = -2
        var pending = root.children.nodes.reversed() as [DependencyNode]
        while let node = pending.popLast() {
            guard node.group == -1 else { continue }
            node.group = seen
            nodes.append(node)
            let first = number(node.conflictKey)
            keys.append(first)
            for relocationKey in node.relocationKeys {
                let other = find(number(relocationKey))
                let representative = find(first)
                if other != representative { parent[other] = representative }
            }
            pending.append(contentsOf: node.children.nodes.reversed())
        }
        var groupOfKey = Array(repeating: -1, count: parent.count)
        var groups = 0
        for (node, key) in zip(nodes, keys) {
            let representative = find(key)
            if groupOfKey[representative] < 0 {
                groupOfKey[representative] = groups
                groups += 1
            }
            node.group = groupOfKey[representative]
        }
        return groups
    }

    /// Conflict groups in topological order (parents first, nearer first), breaking cycles at the nearest group.
    private func sortedGroups(_ root: DependencyNode, groupCount: Int) -> [Int] {
        var groups = [ConflictGroup?](repeating: nil, count: groupCount)
        var order: [ConflictGroup] = []
        var visited: Set<ObjectIdentifier> = []
        // Iterative depth-first walk: (node, its group, depth of its children).
        var pending: [(DependencyNode, ConflictGroup?, Int)] = [(root, nil, 1)]
        while let (node, group, depth) = pending.popLast() {
            guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
            var next: [(DependencyNode, ConflictGroup?, Int)] = []
            for child in node.children.nodes {
                let id = child.group
                guard id >= 0 else { continue }
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
    }

    /// The info of a child list in the current group's walk.
    private func info(of list: ChildList) -> NodeInfo? {
        infoGroup[list.index] == currentId ? infos[list.index] : nil
    }

    private func finish() {
        var previous: ChildList?
        var depth = 0
        for item in items.reversed() {
            if let parent = item.parent, parent === previous {
                item.depth = depth
            } else if let parent = item.parent {
                previous = parent
                depth = (info(of: parent)?.minDepth ?? 0) + 1
                item.depth = depth
            }
        }
        potentialAncestors[currentId] = true
    }

    /// Walks the graph below `node` (the root, or a node whose subtree may hold the current group's nodes),
    /// collecting the group's items.
    private func gather(below node: DependencyNode, isRoot: Bool) {
        guard push(node, id: isRoot ? nil : node.group, isRoot: isRoot) else { return }
        let list = node.children
        if list.nodes.count >= Self.indexedListLength {
            if entries[list.index] == nil { entries[list.index] = GroupEntries(list, reachable: reachable) }
            for position in entries[list.index]?.positions(of: currentId) ?? [] { visit(list.nodes[position]) }
        } else {
            for child in list.nodes { visit(child) }
        }
        pop()
    }

    /// One child in a group's walk: an item of the group, a leftover loser to cut, or a way further down.
    private func visit(_ node: DependencyNode) {
        let id = node.group
        guard !node.isCut, id >= 0 else { return }
        if id == currentId {
            add(node)
        } else if let winner = winners[id], winner !== node {
            node.isCut = true
        } else if reachable.contains(currentId, below: node) {
            gather(below: node, isRoot: false)
        }
    }

    private func push(_ node: DependencyNode, id: Int?, isRoot: Bool) -> Bool {
        if !isRoot {
            guard let id, potentialAncestors[id] else { return false }
        }
        let list = node.children.index
        guard !onStack[list] else { return false }
        onStack[list] = true
        let depth = parentNodes.count
        let scope = deriveScope(node, id: id, isRoot: isRoot)
        let optional = deriveOptional(node, id: id, isRoot: isRoot)
        if let info = info(of: node.children) {
            let changes = info.update(depth: depth, scope: scope, optional: optional)
            if changes == 0 {
                onStack[list] = false
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
            infoGroup[list] = currentId
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
        onStack[node.children.index] = false
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
        return settled[id]
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
            if constraints.isEmpty { return true }
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
        var scopes = ScopeSet()
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

    /// Cuts the group's other nodes out of the graph (with their subtrees); `removeLeftoverLosers` drops them.
    private func removeLosers(_ winner: Item) {
        for item in items where item !== winner && item.parent != nil { item.node.isCut = true }
    }
}
