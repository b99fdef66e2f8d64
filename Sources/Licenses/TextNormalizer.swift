import Foundation

/// Words of a text, normalised per the SPDX matching guidelines, stored as ranges into one byte buffer.
struct NormalizedWords {
    var storage: [UInt8] = []
    var words: [Range<Int>] = []

    /// FNV-1a 32 of every pair of neighbouring words (`first second`), sorted and unique.
    func bigramHashes() -> [UInt32] {
        guard words.count > 1 else { return [] }
        var hashes: [UInt32] = []
        hashes.reserveCapacity(words.count - 1)
        storage.withUnsafeBufferPointer { bytes in
            for index in 0..<(words.count - 1) {
                var hash = FNV.offset32
                for i in words[index] { hash = (hash ^ UInt32(bytes[i])) &* FNV.prime32 }
                hash = (hash ^ 0x20) &* FNV.prime32
                for i in words[index + 1] { hash = (hash ^ UInt32(bytes[i])) &* FNV.prime32 }
                hashes.append(hash)
            }
        }
        hashes.sort()
        var unique = 0
        for value in hashes where unique == 0 || hashes[unique - 1] != value {
            hashes[unique] = value
            unique += 1
        }
        hashes.removeLast(hashes.count - unique)
        return hashes
    }

    /// FNV-1a 64 of all words joined by single spaces: equal for texts that normalise alike.
    func exactHash() -> UInt64 {
        var hash = FNV.offset64
        for (number, word) in words.enumerated() {
            if number > 0 { hash = (hash ^ 0x20) &* FNV.prime64 }
            for i in word { hash = (hash ^ UInt64(storage[i])) &* FNV.prime64 }
        }
        return hash
    }
}

enum FNV {
    static let offset32: UInt32 = 0x811C_9DC5
    static let prime32: UInt32 = 0x0100_0193
    static let offset64: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime64: UInt64 = 0x0000_0100_0000_01B3

    static func hash64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash = offset64
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime64 }
        return hash
    }
}

/// Normalises licence text as SPDX's matching guidelines ask: letter case, punctuation, bullets and numbering,
/// copyright lines, equivalent words (`licence`/`license`, `sub-license`/`sublicense`...), markdown marks.
///
/// The rules must stay identical to `normalise` in `scripts/gen-licenses.py`, which prepared the index.
struct TextNormalizer: Sendable {
    /// Variant word (FNV-1a 64 of its bytes) -> canonical words.
    private let single: [UInt64: [[UInt8]]]
    /// Variant pair `a b` -> canonical words.
    private let pairs: [UInt64: [[UInt8]]]

    /// A 1024-bit filter of the variants' hashes: most words are no variant and skip the dictionary lookups.
    private let filter: [UInt64]

    init(single: [String: String], pairs: [String: String]) {
        func words(_ text: String) -> [[UInt8]] { text.split(separator: " ").map { Array($0.utf8) } }
        self.single = Dictionary(single.map { (FNV.hash64($0.key.utf8), words($0.value)) }) { first, _ in first }
        self.pairs = Dictionary(pairs.map { (FNV.hash64($0.key.utf8), words($0.value)) }) { first, _ in first }
        var filter = [UInt64](repeating: 0, count: 16)
        for hash in Array(self.single.keys) + Array(self.pairs.keys) {
            filter[Int((hash >> 6) & 15)] |= 1 << (hash & 63)
        }
        self.filter = filter
    }

    @inline(__always)
    private func mayBeVariant(_ hash: UInt64) -> Bool {
        filter[Int((hash >> 6) & 15)] & (1 << (hash & 63)) != 0
    }

    /// The variant words and pairs of `equivalent-words.json`, by the canonical words they stand for.
    struct EquivalentWords: Decodable, Equatable, Sendable {
        var single: [String: String]
        var pairs: [String: String]
    }

    init(_ equivalents: EquivalentWords) {
        self.init(single: equivalents.single, pairs: equivalents.pairs)
    }

    /// Reads `equivalent-words.json`.
    static func equivalentWords(rulesDirectory: URL) throws -> EquivalentWords {
        try RulesFile.json(rulesDirectory.appendingPathComponent("licenses/equivalent-words.json"), as: EquivalentWords.self)
    }

    /// Loads `equivalent-words.json`.
    static func load(rulesDirectory: URL) throws -> TextNormalizer {
        TextNormalizer(try equivalentWords(rulesDirectory: rulesDirectory))
    }

    func normalize(_ bytes: [UInt8]) -> NormalizedWords {
        var raw = NormalizedWords()
        raw.storage.reserveCapacity(bytes.count)
        var scalarCounts: [Int] = []
        bytes.withUnsafeBufferPointer { input in
            var lineStart = 0
            while lineStart < input.count {
                var lineEnd = lineStart
                while lineEnd < input.count, input[lineEnd] != 0x0A, input[lineEnd] != 0x0D { lineEnd += 1 }
                if !Self.isCopyrightLine(input, lineStart, lineEnd) {
                    Self.tokenize(input, lineStart, lineEnd, into: &raw, scalarCounts: &scalarCounts)
                }
                lineStart = lineEnd + 1
            }
        }
        return applyEquivalents(raw, scalarCounts: scalarCounts)
    }

    // MARK: - Lines

    private static let leadingMarkers: Set<UInt8> = Set(" \t#*/-;>!%'\"=|+".utf8)

    /// A `Copyright (c) 2020 ...`, `(c) ...`, `© ...` or `All rights reserved.` line.
    private static func isCopyrightLine(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, leadingMarkers.contains(input[i]) { i += 1 }
        func lower(_ index: Int) -> UInt8 {
            let byte = input[index]
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        func hasPrefix(_ prefix: String, at index: Int) -> Bool {
            var j = index
            for byte in prefix.utf8 {
                guard j < end, lower(j) == byte else { return false }
                j += 1
            }
            return true
        }
        func isCopyrightSign(at index: Int) -> Bool {
            (index + 1 < end && input[index] == 0xC2 && input[index + 1] == 0xA9) || (index < end && input[index] == 0xA9)
        }
        if isCopyrightSign(at: i) || hasPrefix("(c)", at: i) { return true }
        if hasPrefix("copyright", at: i) {
            var j = i + 9
            while j < end, input[j] == 0x20 || input[j] == 0x09 || input[j] == 0x3A { j += 1 }
            return hasPrefix("(c)", at: j) || isCopyrightSign(at: j) || (j < end && input[j] >= 0x30 && input[j] <= 0x39)
        }
        var last = end
        while last > i, input[last - 1] == 0x20 || input[last - 1] == 0x2E || input[last - 1] == 0x09 { last -= 1 }
        let phrase = "all rights reserved"
        return last - i == phrase.utf8.count && hasPrefix(phrase, at: i)
    }

    // MARK: - Words

    private static func tokenize(
        _ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into words: inout NormalizedWords,
        scalarCounts: inout [Int]
    ) {
        var wordStart = -1
        var scalars = 0
        func finish(_ words: inout NormalizedWords) {
            if wordStart >= 0 {
                words.words.append(wordStart..<words.storage.count)
                scalarCounts.append(scalars)
                wordStart = -1
                scalars = 0
            }
        }
        var i = start
        while i < end {
            let byte = input[i]
            if byte < 0x80 {
                let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                if isLetter || (byte >= 0x30 && byte <= 0x39) {
                    if wordStart < 0 { wordStart = words.storage.count }
                    words.storage.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    scalars += 1
                } else {
                    finish(&words)
                    if byte == 0x26 {  // '&' reads as "and"
                        words.words.append(words.storage.count..<(words.storage.count + 3))
                        words.storage.append(contentsOf: [0x61, 0x6E, 0x64])
                        scalarCounts.append(3)
                    }
                }
                i += 1
                continue
            }
            let (scalar, length) = decode(input, i, end)
            if isWordScalar(scalar) {
                if wordStart < 0 { wordStart = words.storage.count }
                if length > 0 {
                    for k in i..<(i + length) { words.storage.append(input[k]) }
                } else {
                    // A byte that is not UTF-8, read as Latin-1, stored as UTF-8.
                    words.storage.append(UInt8(0xC0 | (scalar >> 6)))
                    words.storage.append(UInt8(0x80 | (scalar & 0x3F)))
                }
                scalars += 1
            } else {
                finish(&words)
            }
            i += max(length, 1)
        }
        finish(&words)
    }

    /// The scalar at `i` and its length in bytes; length 0 when the bytes are not UTF-8 (the byte is then read as
    /// Latin-1).
    private static func decode(_ input: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        let lead = input[i]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: return (UInt32(lead), 0)
        }
        guard i + length <= end else { return (UInt32(lead), 0) }
        for k in 1..<length {
            let byte = input[i + k]
            guard byte & 0xC0 == 0x80 else { return (UInt32(lead), 0) }
            scalar = (scalar << 6) | UInt32(byte & 0x3F)
        }
        return (scalar, length)
    }

    private static func isWordScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x80...0xBF, 0xD7, 0xF7, 0xFEFF, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F:
            return false
        default:
            return true
        }
    }

    // MARK: - Equivalent words and filtering

    /// Roman numerals used for numbering, as their bytes packed into an integer.
    private static let romanNumerals: Set<UInt32> = Set(
        ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"].map { packed($0.utf8[...]) })

    private static func packed<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        bytes.reduce(0) { ($0 << 8) | UInt32($1) }
    }

    private func applyEquivalents(_ raw: NormalizedWords, scalarCounts: [Int]) -> NormalizedWords {
        var out = NormalizedWords()
        out.storage = raw.storage
        out.words.reserveCapacity(raw.words.count)
        let storage = raw.storage
        func append(_ words: [[UInt8]], to out: inout NormalizedWords) {
            for word in words {
                let start = out.storage.count
                out.storage.append(contentsOf: word)
                if Self.keeps(out.storage[start...], scalars: word.count) {
                    out.words.append(start..<out.storage.count)
                }
            }
        }
        var index = 0
        while index < raw.words.count {
            let word = raw.words[index]
            let hash = FNV.hash64(storage[word])
            if index + 1 < raw.words.count {
                var pairHash = (hash ^ 0x20) &* FNV.prime64
                for i in raw.words[index + 1] { pairHash = (pairHash ^ UInt64(storage[i])) &* FNV.prime64 }
                if mayBeVariant(pairHash), let canonical = pairs[pairHash] {
                    append(canonical, to: &out)
                    index += 2
                    continue
                }
            }
            if mayBeVariant(hash), let canonical = single[hash] {
                append(canonical, to: &out)
            } else if Self.keeps(storage[word], scalars: scalarCounts[index]) {
                out.words.append(word)
            }
            index += 1
        }
        return out
    }

    /// Drops one-letter words, numbers of up to three digits and roman numerals: bullets and numbering.
    private static func keeps(_ word: ArraySlice<UInt8>, scalars: Int) -> Bool {
        if scalars <= 1 { return false }
        if word.count <= 3, word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return false }
        if word.count <= 4, word.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }),
           romanNumerals.contains(packed(word)) {
            return false
        }
        return true
    }
}
