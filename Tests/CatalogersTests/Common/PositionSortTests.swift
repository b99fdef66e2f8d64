@testable import Catalogers
import Testing

/// `Array.permute(to:)` puts at position `i` the element that was at `order[i]`, for every shape of permutation.
struct PositionSortTests {
    /// Every permutation of five elements, each with a reference type inside, as components hold strings.
    @Test func everyPermutationOfFiveElements() {
        let original = ["a", "bb", "ccc", "dddd", "eeeee"].map { [$0] }
        var count = 0
        for order in permutations(of: Array(original.indices)) {
            var permuted = original
            permuted.permute(to: order)
            #expect(permuted == order.map { original[$0] })
            count += 1
        }
        #expect(count == 120)
    }

    /// A large permutation with long cycles, fixed points and two-element swaps (a seeded generator).
    @Test func largeSeededPermutation() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var order = Array(0..<10_000)
        for index in order.indices.reversed() where index > 0 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            order.swapAt(index, Int(state >> 33) % (index + 1))
        }
        let original = order.indices.map { "element \($0)" }
        var permuted = original
        permuted.permute(to: order)
        #expect(permuted == order.map { original[$0] })
        var unchanged = original
        unchanged.permute(to: Array(original.indices))
        #expect(unchanged == original)
    }

    private func permutations(of values: [Int]) -> [[Int]] {
        guard let first = values.first else { return [[]] }
        return permutations(of: Array(values.dropFirst())).flatMap { rest in
            (0...rest.count).map { position in
                var next = rest
                next.insert(first, at: position)
                return next
            }
        }
    }
}
