import Foundation

/// The reference texts of every SPDX licence and exception as sets of hashed word bigrams (generated into
/// `Rules/licenses/text-index.json`), with an inverted index from bigram to texts for fast candidate scoring.
struct LicenseTextIndex: Sendable {
    struct Entry: Sendable {
        /// The id reported; `twins` have the same text after normalisation (`GPL-3.0-or-later` for
        /// `GPL-3.0-only`).
        let id: String
        let twins: [String]
        let isException: Bool
        /// Sorted, unique bigram hashes of the text without its optional parts.
        let bigrams: [UInt32]
        /// Sorted bigram hashes only the optional parts (`<optional>` in SPDX's markup) add: they count when the
        /// file has them and cost nothing when it does not.
        let optionalBigrams: [UInt32]
    }

    let entries: [Entry]
    /// Whole-text hash -> entry.
    let exact: [UInt64: Int]
    /// Open-addressing table from bigram hash to its postings: `slotKeys[i]` is the hash in slot `i`,
    /// `slotStarts[i]..<slotStarts[i] + slotCounts[i]` its range in `postings` (count 0: empty slot).
    private let slotKeys: [UInt32]
    private let slotStarts: [Int32]
    private let slotCounts: [Int32]
    private let slotShift: UInt32
    /// A posting is `entry * 2`, plus 1 for an optional bigram.
    private let postings: [Int32]

    init(entries: [Entry], exact: [UInt64: Int]) {
        self.entries = entries
        self.exact = exact
        // Every (bigram, posting) pair as one integer, sorted: postings come out grouped by bigram.
        var pairs: [UInt64] = []
        pairs.reserveCapacity(entries.reduce(0) { $0 + $1.bigrams.count + $1.optionalBigrams.count })
        for (number, entry) in entries.enumerated() {
            for hash in entry.bigrams { pairs.append(UInt64(hash) << 32 | UInt64(number * 2)) }
            for hash in entry.optionalBigrams { pairs.append(UInt64(hash) << 32 | UInt64(number * 2 + 1)) }
        }
        pairs.sort()
        var distinct = 0
        for index in pairs.indices where index == 0 || pairs[index] >> 32 != pairs[index - 1] >> 32 { distinct += 1 }
        var bits: UInt32 = 4
        while (1 << bits) < distinct * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt32](repeating: 0, count: capacity)
        var starts = [Int32](repeating: 0, count: capacity)
        var lengths = [Int32](repeating: 0, count: capacity)
        var postings = [Int32](repeating: 0, count: pairs.count)
        var index = 0
        while index < pairs.count {
            let hash = UInt32(truncatingIfNeeded: pairs[index] >> 32)
            var end = index
            while end < pairs.count, UInt32(truncatingIfNeeded: pairs[end] >> 32) == hash {
                postings[end] = Int32(truncatingIfNeeded: pairs[end] & 0xFFFF_FFFF)
                end += 1
            }
            var slot = Self.slot(hash, shift: 32 - bits)
            while lengths[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = hash
            starts[slot] = Int32(index)
            lengths[slot] = Int32(end - index)
            index = end
        }
        self.slotKeys = keys
        self.slotStarts = starts
        self.slotCounts = lengths
        self.slotShift = 32 - bits
        self.postings = postings
    }

    @inline(__always)
    private static func slot(_ hash: UInt32, shift: UInt32) -> Int {
        Int((hash &* 0x9E37_79B1) >> shift)
    }

    /// For every entry `n`, how many of `bigrams` (sorted, unique) are among its required bigrams (`counts[2n]`)
    /// and among its optional ones (`counts[2n + 1]`).
    func intersectionCounts(_ bigrams: [UInt32]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: entries.count * 2)
        let mask = slotKeys.count - 1
        let shift = slotShift
        postings.withUnsafeBufferPointer { postings in
            slotKeys.withUnsafeBufferPointer { keys in
                slotStarts.withUnsafeBufferPointer { starts in
                    slotCounts.withUnsafeBufferPointer { lengths in
                        counts.withUnsafeMutableBufferPointer { counts in
                            for hash in bigrams {
                                var slot = Self.slot(hash, shift: shift)
                                while lengths[slot] != 0, keys[slot] != hash { slot = (slot + 1) & mask }
                                let length = Int(lengths[slot])
                                guard length > 0 else { continue }
                                let start = Int(starts[slot])
                                for i in start..<(start + length) { counts[Int(postings[i])] += 1 }
                            }
                        }
                    }
                }
            }
        }
        return counts
    }

    /// Loads `text-index.json`.
    static func load(rulesDirectory: URL) throws -> LicenseTextIndex {
        struct File: Decodable {
            struct Row: Decodable {
                let id: String
                let twins: [String]
                let kind: String
                let exact: [String]
                let bigrams: String
                let optionalBigrams: String
            }
            let entries: [Row]
        }
        let url = rulesDirectory.appendingPathComponent("licenses/text-index.json")
        let file = try RulesFile.json(url, as: File.self)
        var entries: [Entry] = []
        var exact: [UInt64: Int] = [:]
        for row in file.entries {
            guard let bigrams = words(row.bigrams), let optional = words(row.optionalBigrams) else {
                throw LicenseDataError(file: url.path, message: "\(row.id): bigrams are not base64 of 32-bit words")
            }
            for hex in row.exact {
                guard let value = UInt64(hex, radix: 16) else {
                    throw LicenseDataError(file: url.path, message: "\(row.id): bad exact hash \(hex)")
                }
                exact[value] = exact[value] ?? entries.count
            }
            entries.append(Entry(
                id: row.id, twins: row.twins, isException: row.kind == "exception", bigrams: bigrams,
                optionalBigrams: optional))
        }
        return LicenseTextIndex(entries: entries, exact: exact)
    }

    /// Base64 of little-endian 32-bit words.
    private static func words(_ base64: String) -> [UInt32]? {
        guard let data = Data(base64Encoded: base64), data.count % 4 == 0 else { return nil }
        var words = [UInt32](repeating: 0, count: data.count / 4)
        data.withUnsafeBytes { raw in
            for i in 0..<words.count {
                words[i] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
            }
        }
        return words
    }
}
