extension Array {
    /// Rearranges the elements so that position `i` holds the element now at `order[i]` (`order` is a
    /// permutation of the indices), moving each element once and without a second array: for sorting large
    /// values (components, edges), sort their positions, then apply them with this.
    mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            // Follow the cycle through `start`: each position takes its element from the next one on the cycle.
            let first = self[start]
            var target = start
            while true {
                placed[target] = true
                let source = order[target]
                if source == start {
                    self[target] = first
                    break
                }
                self[target] = self[source]
                target = source
            }
        }
    }
}
