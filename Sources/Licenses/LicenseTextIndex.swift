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
    /// Bigram hash -> range in `postings`; a posting is `entry * 2`, plus 1 for an optional bigram.
    private let postingRanges: [UInt32: Range<Int>]
    private let postings: [Int32]

    init(entries: [Entry], exact: [UInt64: Int]) {
        self.entries = entries
        self.exact = exact
        var counts: [UInt32: Int] = [:]
        for entry in entries {
            for hash in entry.bigrams { counts[hash, default: 0] += 1 }
            for hash in entry.optionalBigrams { counts[hash, default: 0] += 1 }
        }
        var ranges: [UInt32: Range<Int>] = [:]
        ranges.reserveCapacity(counts.count)
        var next = 0
        for (hash, count) in counts {
            ranges[hash] = next..<next
            next += count
        }
        var postings = [Int32](repeating: 0, count: next)
        for (number, entry) in entries.enumerated() {
            for (list, flag) in [(entry.bigrams, 0), (entry.optionalBigrams, 1)] {
                for hash in list {
                    if let range = ranges[hash] {
                        postings[range.upperBound] = Int32(number * 2 + flag)
                        ranges[hash] = range.lowerBound..<(range.upperBound + 1)
                    }
                }
            }
        }
        self.postingRanges = ranges
        self.postings = postings
    }

    /// For every entry `n`, how many of `bigrams` (sorted, unique) are among its required bigrams (`counts[2n]`)
    /// and among its optional ones (`counts[2n + 1]`).
    func intersectionCounts(_ bigrams: [UInt32]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: entries.count * 2)
        postings.withUnsafeBufferPointer { postings in
            counts.withUnsafeMutableBufferPointer { counts in
                for hash in bigrams {
                    guard let range = postingRanges[hash] else { continue }
                    for i in range { counts[Int(postings[i])] += 1 }
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
