/// Which conflict groups can be reached from each node's children: one bit set per child list, computed once
/// before conflict resolution. Walks for a group need only enter lists whose set holds it; since resolution only
/// removes nodes, the sets stay a safe over-approximation.
struct GroupReachability {
    private var index: [ObjectIdentifier: Int] = [:]
    private var bits: [[UInt64]] = []

    init() {}

    init(root: DependencyNode, groupOf: [ObjectIdentifier: Int]) {
        let groups = (groupOf.values.max() ?? -1) + 1
        let words = max(1, (groups + 63) / 64)
        // Child lists in discovery order; processing them backwards settles children before parents in a DAG.
        var lists: [ChildList] = []
        var pending = [root.children]
        while let list = pending.popLast() {
            guard index[ObjectIdentifier(list)] == nil else { continue }
            index[ObjectIdentifier(list)] = lists.count
            lists.append(list)
            pending.append(contentsOf: list.nodes.map(\.children))
        }
        bits = Array(repeating: Array(repeating: 0, count: words), count: lists.count)
        // Cycles need more than one pass; repeat until nothing changes.
        var changed = true
        while changed {
            changed = false
            for position in lists.indices.reversed() {
                var set = bits[position]
                for node in lists[position].nodes {
                    if let group = groupOf[ObjectIdentifier(node)] { set[group >> 6] |= 1 << UInt64(group & 63) }
                    if let child = index[ObjectIdentifier(node.children)] {
                        for word in 0..<words { set[word] |= bits[child][word] }
                    }
                }
                if set != bits[position] {
                    bits[position] = set
                    changed = true
                }
            }
        }
    }

    /// Whether a node of `group` may occur among `node`'s descendants.
    func contains(_ group: Int, below node: DependencyNode) -> Bool {
        guard let position = index[ObjectIdentifier(node.children)] else { return true }
        return bits[position][group >> 6] & (1 << UInt64(group & 63)) != 0
    }
}
