/// A version as Maven, npm and SwiftPM write them, ordered by a small "semver-ish" comparator.
///
/// The text is split into numbers and words at `.`, `-`, `_` and at every change between digits and letters
/// (`1.0.0-rc1` → 1, 0, 0, rc, 1); a leading `v` and semver build metadata (`+...`) are ignored. Tokens compare
/// pairwise: numbers numerically, a number above any word; words by rank: `alpha`/`a` < `beta`/`b` <
/// `milestone`/`m` < `rc`/`cr`/`pre`/`preview` < `snapshot`/`dev`/`canary`/`next`/`nightly` < release
/// (`ga`, `final`, `release`, or nothing) < `sp` < any other word (alphabetically). A missing token counts as `0`
/// against a number and as a release against a word, so `7.11` = `7.11.0` and `2.0.0-beta` < `2.0.0`.
public struct Version: Sendable, Hashable, Comparable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case number(UInt64)
        case word(String)
    }

    /// The text as given.
    public let text: String
    let tokens: [Token]

    public init(_ text: String) {
        self.text = text
        tokens = Self.tokenize(text)
    }

    public var description: String { text }

    /// The leading numbers (`[7, 11, 0]` for `7.11.0-rc1`).
    var numericPrefix: [UInt64] {
        var result: [UInt64] = []
        for token in tokens {
            guard case .number(let value) = token else { break }
            result.append(value)
        }
        return result
    }

    public static func < (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) < 0 }

    public static func == (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        var trimmed = tokens
        while let last = trimmed.last, Self.isNeutral(last) { trimmed.removeLast() }
        hasher.combine(trimmed)
    }

    /// -1, 0 or 1.
    static func compare(_ lhs: Version, _ rhs: Version) -> Int {
        let count = max(lhs.tokens.count, rhs.tokens.count)
        for index in 0..<count {
            let left = index < lhs.tokens.count ? lhs.tokens[index] : nil
            let right = index < rhs.tokens.count ? rhs.tokens[index] : nil
            let order = compare(left, right)
            if order != 0 { return order }
        }
        return 0
    }

    private static func compare(_ lhs: Token?, _ rhs: Token?) -> Int {
        switch (lhs, rhs) {
        case (nil, nil): return 0
        case (.number(let left)?, nil): return left == 0 ? 0 : 1
        case (nil, .number(let right)?): return right == 0 ? 0 : -1
        case (.word(let left)?, nil): return sign(wordRank(left).rank - releaseRank)
        case (nil, .word(let right)?): return sign(releaseRank - wordRank(right).rank)
        case (.number(let left)?, .number(let right)?): return left == right ? 0 : (left < right ? -1 : 1)
        case (.number?, .word?): return 1
        case (.word?, .number?): return -1
        case (.word(let left)?, .word(let right)?):
            let (leftRank, leftText) = wordRank(left)
            let (rightRank, rightText) = wordRank(right)
            if leftRank != rightRank { return leftRank < rightRank ? -1 : 1 }
            return leftText == rightText ? 0 : (leftText < rightText ? -1 : 1)
        }
    }

    private static let releaseRank = 5

    private static func wordRank(_ word: String) -> (rank: Int, text: String) {
        switch word {
        case "alpha", "a": (0, "")
        case "beta", "b": (1, "")
        case "milestone", "m": (2, "")
        case "rc", "cr", "pre", "preview": (3, "")
        case "snapshot", "dev", "canary", "next", "nightly": (4, "")
        case "ga", "final", "release": (releaseRank, "")
        case "sp": (6, "")
        default: (7, word)
        }
    }

    private static func isNeutral(_ token: Token) -> Bool {
        switch token {
        case .number(let value): value == 0
        case .word(let word): wordRank(word).rank == releaseRank
        }
    }

    private static func sign(_ value: Int) -> Int { value == 0 ? 0 : (value < 0 ? -1 : 1) }

    private static func tokenize(_ text: String) -> [Token] {
        var body = Substring(text)
        if let plus = body.firstIndex(of: "+") { body = body[..<plus] }
        if body.first == "v" || body.first == "V" { body = body.dropFirst() }
        var tokens: [Token] = []
        var current = ""
        var currentIsDigit = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentIsDigit {
                tokens.append(.number(UInt64(current.suffix(18)) ?? 0))
            } else {
                tokens.append(.word(current.lowercased()))
            }
            current = ""
        }
        for character in body {
            if character == "." || character == "-" || character == "_" {
                flush()
                continue
            }
            let isDigit = character.isASCII && character.isNumber
            if !current.isEmpty, isDigit != currentIsDigit { flush() }
            currentIsDigit = isDigit
            current.append(character)
        }
        flush()
        return tokens
    }
}
