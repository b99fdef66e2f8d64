/// A version range for `exceptions[].versions`: comparators in npm style (`>=1.2 <2`, alternatives with `||`,
/// `*` for any) or Maven intervals (`[1.0,2.0)`, `[2.7,)`, `(,1.5]`, `[1.2.3]`, unions `[1,2),[3,4)`).
///
/// Versions compare token by token (numbers numerically; a pre-release word such as `rc1` sorts before the
/// release; a missing token counts as 0). The classification rules carry a richer comparator for relicensing
/// predicates; this one covers what a policy exception needs.
public struct PolicyVersionRange: Sendable, Hashable, CustomStringConvertible {
    private enum Operator: Sendable, Hashable { case atLeast, above, atMost, below, exactly }

    private struct Comparator: Sendable, Hashable {
        var op: Operator
        var version: [VersionToken]

        func holds(_ candidate: [VersionToken]) -> Bool {
            let order = VersionToken.compare(candidate, version)
            switch op {
            case .atLeast: return order >= 0
            case .above: return order > 0
            case .atMost: return order <= 0
            case .below: return order < 0
            case .exactly: return order == 0
            }
        }
    }

    /// The range as written.
    public let text: String
    private let alternatives: [[Comparator]]

    /// Parses a range; the error says what is wrong.
    public init(_ text: String) throws(PatternError) {
        self.text = text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw PatternError("empty version range") }
        if trimmed.first == "[" || trimmed.first == "(" {
            alternatives = try Self.maven(trimmed, original: text)
        } else {
            var parsed: [[Comparator]] = []
            for alternative in trimmed.components(separatedBy: "||") {
                var conjunction: [Comparator] = []
                var words = alternative.split(separator: " ").map(String.init)[...]
                while let word = words.popFirst() {
                    var op = String(word.prefix { "<>=".contains($0) })
                    var version = String(word.dropFirst(op.count))
                    if version.isEmpty, !op.isEmpty, let next = words.popFirst() { version = next }
                    if version == "*" && op.isEmpty { continue }
                    guard let first = version.first, first.isNumber || first == "v" else {
                        throw PatternError("version range '\(text)': '\(word)' is not a comparator")
                    }
                    if op == "==" { op = "=" }
                    let operators: [String: Operator] = [">=": .atLeast, ">": .above, "<=": .atMost, "<": .below,
                                                         "=": .exactly, "": .exactly]
                    guard let parsedOp = operators[op] else {
                        throw PatternError("version range '\(text)': unknown operator '\(op)'")
                    }
                    conjunction.append(Comparator(op: parsedOp, version: VersionToken.tokens(of: version)))
                }
                parsed.append(conjunction)
            }
            alternatives = parsed
        }
    }

    public var description: String { text }

    /// Whether a version lies in the range.
    public func contains(_ version: String) -> Bool {
        let tokens = VersionToken.tokens(of: version)
        return alternatives.contains { $0.allSatisfy { $0.holds(tokens) } }
    }

    private static func maven(_ text: String, original: String) throws(PatternError) -> [[Comparator]] {
        var result: [[Comparator]] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard let open = rest.first else { break }
            guard open == "[" || open == "(", let closeIndex = rest.firstIndex(where: { $0 == "]" || $0 == ")" }) else {
                throw PatternError("version range '\(original)': expected an interval like [1.0,2.0)")
            }
            let close = rest[closeIndex]
            let bounds = rest[rest.index(after: rest.startIndex)..<closeIndex]
                .split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rest = rest[rest.index(after: closeIndex)...]
            if bounds.count == 1, open == "[", close == "]", !bounds[0].isEmpty {
                result.append([Comparator(op: .exactly, version: VersionToken.tokens(of: bounds[0]))])
                continue
            }
            guard bounds.count == 2 else { throw PatternError("version range '\(original)': an interval has two bounds") }
            var conjunction: [Comparator] = []
            if !bounds[0].isEmpty {
                conjunction.append(Comparator(op: open == "[" ? .atLeast : .above, version: VersionToken.tokens(of: bounds[0])))
            }
            if !bounds[1].isEmpty {
                conjunction.append(Comparator(op: close == "]" ? .atMost : .below, version: VersionToken.tokens(of: bounds[1])))
            }
            result.append(conjunction)
        }
        return result
    }
}

/// One piece of a version: a number or a word.
private enum VersionToken: Sendable, Hashable {
    case number(UInt64)
    case word(String)

    /// Splits at `.`, `-`, `_`, `+` and at changes between digits and letters; drops a leading `v`.
    static func tokens(of text: String) -> [VersionToken] {
        var body = Substring(text)
        if body.first == "v" || body.first == "V" { body = body.dropFirst() }
        var result: [VersionToken] = []
        var current = ""
        var currentIsDigit = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentIsDigit, let value = UInt64(current) { result.append(.number(value)) } else { result.append(.word(current.lowercased())) }
            current = ""
        }
        for character in body {
            if ".-_+".contains(character) { flush(); continue }
            let isDigit = character.isASCII && character.isNumber
            if !current.isEmpty, isDigit != currentIsDigit { flush() }
            currentIsDigit = isDigit
            current.append(character)
        }
        flush()
        return result
    }

    /// Orders two token lists: numbers numerically and above words; a missing token is 0 against a number and a
    /// release against a word (so `1.0` = `1.0.0` and `2.0.0-rc1` < `2.0.0`); release words (`final`, `ga`,
    /// `release`) equal a release; other words compare alphabetically below a release.
    static func compare(_ lhs: [VersionToken], _ rhs: [VersionToken]) -> Int {
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : nil
            let right = index < rhs.count ? rhs[index] : nil
            let order = compare(left, right)
            if order != 0 { return order }
        }
        return 0
    }

    private static func compare(_ lhs: VersionToken?, _ rhs: VersionToken?) -> Int {
        switch (normalised(lhs), normalised(rhs)) {
        case (nil, nil): return 0
        case let (.number(a)?, .number(b)?): return a == b ? 0 : (a < b ? -1 : 1)
        case (.number?, .word?): return 1
        case (.word?, .number?): return -1
        case let (.word(a)?, .word(b)?): return a == b ? 0 : (a < b ? -1 : 1)
        case let (.number(a)?, nil): return a == 0 ? 0 : 1
        case let (nil, .number(b)?): return b == 0 ? 0 : -1
        case (.word?, nil): return -1
        case (nil, .word?): return 1
        }
    }

    private static func normalised(_ token: VersionToken?) -> VersionToken? {
        if case .word(let word)? = token, ["final", "ga", "release"].contains(word) { return nil }
        return token
    }
}

import Foundation
