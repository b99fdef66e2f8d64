/// Which conflict groups can be reached from each node's children: one bit set per child list, computed once
/// before conflict resolution. Walks for a group need only enter lists whose set holds it; since resolution only
/// removes nodes, the sets stay a safe over-approximation.
struct GroupReachability {
    private var words = 1
    private var bits: [UInt64] = []
    /// How many child lists were numbered.
    private(set) var listCount = 0
    init() {}

    /// Numbers every child list under `root` (`ChildList.index`, in discovery order) and computes its set; nodes
    /// must carry their conflict group.
    init(root: DependencyNode, groups: Int) {
        words = max(1, (groups + 63) / 64)
        // Child lists in discovery order; processing them backwards settles children before parents in a DAG.
        var lists: [ChildList] = []
        var pending = [root.children]
        while let list = pending.popLast() {
            guard list.index < 0 else { continue }
            list.index = lists.count
            lists.append(list)
            pending.append(contentsOf: list.nodes.map(\.children))
        }
        listCount = lists.count
        bits = Array(repeating: 0, count: lists.count * words)
        // Cycles need more than one pass; repeat until nothing changes.
        var set = [UInt64](repeating: 0, count: words)
        var changed = true
        while changed {
            changed = false
            for position in lists.indices.reversed() {
                let base = position * words
                for word in 0..<words { set[word] = bits[base + word] }
                for node in lists[position].nodes {
                    let group = node.group
                    if group >= 0 { set[group >> 6] |= 1 << UInt64(group & 63) }
                    let child = node.children.index
                    if child >= 0 {
                        let childBase = child * words
                        for word in 0..<words { set[word] |= bits[childBase + word] }
                    }
                }
                for word in 0..<words where set[word] != bits[base + word] {
                    bits[base + word] = set[word]
                    changed = true
                }
            }
        }
    }

    /// Every group that may occur among `node`'s descendants, in ascending order.
    func forEachGroup(below node: DependencyNode, _ body: (Int) -> Void) {
        let position = node.children.index
        guard position >= 0 else { return }
        for word in 0..<words {
            var bits = self.bits[position * words + word]
            while bits != 0 {
                body(word * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }

    /// Whether a node of `group` may occur among `node`'s descendants.
    func contains(_ group: Int, below node: DependencyNode) -> Bool {
        let position = node.children.index
        guard position >= 0 else { return true }
        return bits[position * words + (group >> 6)] & (1 << UInt64(group & 63)) != 0
    }
}

/// The children of one child list by conflict group: for each group, the positions of the children that are of
/// it or may lead to it (`GroupReachability`), in list order. A group's walk of a long list visits only these.
struct GroupEntries {
    /// (group, position) pairs sorted by group, then position.
    private let pairs: [(group: Int, position: Int)]

    init(_ list: ChildList, reachable: GroupReachability) {
        var pairs: [(group: Int, position: Int)] = []
        for (position, node) in list.nodes.enumerated() {
            if node.group >= 0 { pairs.append((node.group, position)) }
            reachable.forEachGroup(below: node) { group in
                if group != node.group { pairs.append((group, position)) }
            }
        }
        pairs.sort { ($0.group, $0.position) < ($1.group, $1.position) }
        self.pairs = pairs
    }

    /// The positions of the children that are of `group` or may lead to it, ascending.
    func positions(of group: Int) -> [Int] {
        var low = 0
        var high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].group < group { low = middle + 1 } else { high = middle }
        }
        var positions: [Int] = []
        while low < pairs.count, pairs[low].group == group {
            positions.append(pairs[low].position)
            low += 1
        }
        return positions
    }
}
