extension Array {
    /// Rearranges the elements so that position `i` holds the element now at `order[i]` (`order` is a
    /// permutation of the indices), moving each element once and without a second array: for sorting large
    /// values (components, edges), sort their positions, then apply them with this. Elements are swapped, never
    /// copied, so no reference they hold is retained or released.
    mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            // Follow the cycle through `start`: each position takes its element from the next one on the cycle, and
            // the element that was at `start` travels along to the last position of the cycle.
            placed[start] = true
            var target = start
            var source = order[start]
            while source != start {
                swapAt(target, source)
                placed[source] = true
                target = source
                source = order[target]
            }
        }
    }
}
