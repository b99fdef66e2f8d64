/// A shell-style glob: `*` matches within one path segment, `**` across segments, `?` one character,
/// `[abc]`/`[a-z]`/`[!x]` a character class. Matching is on Unicode scalars and case-sensitive.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let scalars: [Unicode.Scalar]

    /// Makes a glob; fails on an unclosed `[`.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        scalars = Array(pattern.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[" {
                guard Self.classEnd(scalars, from: index) != nil else { throw GlobError.unclosedClass(pattern) }
            }
            index += 1
        }
    }

    public var description: String { pattern }

    /// Whether the pattern has any wildcard at all.
    public var isLiteral: Bool { !scalars.contains { $0 == "*" || $0 == "?" || $0 == "[" } }

    /// Whether `text` matches the whole pattern.
    public func matches(_ text: String) -> Bool {
        let textScalars = Array(text.unicodeScalars)
        var memo = [Int: Bool]()
        return match(0, 0, textScalars, &memo)
    }

    private func match(_ p: Int, _ t: Int, _ text: [Unicode.Scalar], _ memo: inout [Int: Bool]) -> Bool {
        let key = p * (text.count + 1) + t
        if let known = memo[key] { return known }
        let result: Bool
        if p == scalars.count {
            result = t == text.count
        } else if scalars[p] == "*" {
            let isDouble = p + 1 < scalars.count && scalars[p + 1] == "*"
            let next = isDouble ? p + 2 : p + 1
            // `**/` also matches zero segments.
            if isDouble, next < scalars.count, scalars[next] == "/", match(next + 1, t, text, &memo) {
                result = true
            } else {
                var position = t
                var found = false
                while true {
                    if match(next, position, text, &memo) { found = true; break }
                    guard position < text.count, isDouble || text[position] != "/" else { break }
                    position += 1
                }
                result = found
            }
        } else if t < text.count {
            if scalars[p] == "?" {
                result = text[t] != "/" && match(p + 1, t + 1, text, &memo)
            } else if scalars[p] == "[", let end = Self.classEnd(scalars, from: p) {
                result = classMatches(p + 1, end, text[t]) && match(end + 1, t + 1, text, &memo)
            } else {
                result = scalars[p] == text[t] && match(p + 1, t + 1, text, &memo)
            }
        } else {
            result = false
        }
        memo[key] = result
        return result
    }

    private func classMatches(_ start: Int, _ end: Int, _ character: Unicode.Scalar) -> Bool {
        var index = start
        var negate = false
        if index < end, scalars[index] == "!" || scalars[index] == "^" { negate = true; index += 1 }
        var matched = false
        while index < end {
            if index + 2 < end, scalars[index + 1] == "-" {
                if scalars[index] <= character && character <= scalars[index + 2] { matched = true }
                index += 3
            } else {
                if scalars[index] == character { matched = true }
                index += 1
            }
        }
        return matched != negate
    }

    private static func classEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" { index += 1 }
        if index < scalars.count, scalars[index] == "]" { index += 1 }
        while index < scalars.count {
            if scalars[index] == "]" { return index }
            index += 1
        }
        return nil
    }
}

/// Why a glob pattern is invalid.
public enum GlobError: Error, Equatable, CustomStringConvertible {
    case unclosedClass(String)

    public var description: String {
        switch self {
        case .unclosedClass(let pattern): "glob '\(pattern)' has a '[' without ']'"
        }
    }
}
