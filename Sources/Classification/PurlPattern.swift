import Foundation
import SovScanModel

/// A glob over a purl without version, qualifiers and subpath: `pkg:maven/org.springframework*/*`,
/// `pkg:npm/@angular/*` (also written `%40angular`), `pkg:swift/github.com/apple/swift-nio`.
///
/// Matching is on the decoded key `pkg:TYPE/NAMESPACE/NAME` (see `PurlPattern.key(of:)`); `*` stays within one
/// `/`-separated segment, `**` crosses segments, `?` is one character.
public struct PurlPattern: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The pattern as written in the rule file.
    public let text: String
    /// The normalised, decoded pattern the key is matched against.
    public let normalized: String
    /// The characters before the first wildcard: every matching key starts with it.
    public let literalPrefix: String
    /// The glob of a pattern with a character class, which the byte matcher leaves to `Glob`; `nil` otherwise
    /// (made only where it is used: the compiled rules load thousands of patterns at every start).
    private let glob: Glob?
    /// The normalised pattern as bytes, for the matcher.
    private let bytes: [UInt8]

    /// Parses a pattern; the error says what is wrong.
    public init(_ text: String) throws(RuleError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("pkg:") else {
            throw RuleError("purl pattern '\(text)' must start with 'pkg:'")
        }
        let body = trimmed.dropFirst(4)
        guard let slash = body.firstIndex(of: "/"), slash != body.startIndex, body.index(after: slash) != body.endIndex
        else { throw RuleError("purl pattern '\(text)' needs a type and a name: pkg:TYPE/NAMESPACE/NAME") }
        let type = body[..<slash].lowercased()
        var path = Self.percentDecoded(String(body[body.index(after: slash)...]))
        if Self.caseInsensitiveTypes.contains(type) { path = path.lowercased() }
        guard !path.split(separator: "/").contains(where: { $0.dropFirst().contains("@") }) else {
            throw RuleError("purl pattern '\(text)' must not carry a version; use 'versions:'")
        }
        let normalized = "pkg:" + type + "/" + path
        let glob: Glob?
        do {
            glob = try Self.classGlob(normalized)
        } catch {
            throw RuleError("purl pattern '\(text)': \(error)")
        }
        self.init(text: text, normalized: normalized, glob: glob)
    }

    /// A pattern read back from its compiled form (`CompiledRules`): `normalized` is what `init(_:)` made of `text`,
    /// so only the glob of a character class is rebuilt. `nil` when that glob does not parse.
    init?(compiledText text: String, normalized: String) {
        let glob: Glob?
        do {
            glob = try Self.classGlob(normalized)
        } catch {
            return nil
        }
        self.init(text: text, normalized: normalized, glob: glob)
    }

    private init(text: String, normalized: String, glob: Glob?) {
        self.text = text
        self.normalized = normalized
        self.glob = glob
        bytes = Array(normalized.utf8)
        literalPrefix = Self.literalPrefix(of: bytes)
    }

    /// The glob of a pattern with a character class; `nil` for any other (`Glob` fails only on an unclosed class).
    private static func classGlob(_ normalized: String) throws(GlobError) -> Glob? {
        normalized.utf8.contains(UInt8(ascii: "[")) ? try Glob(normalized) : nil
    }

    /// The text before the first wildcard byte (`*`, `?`, `[`), as the byte matcher and `RuleIndex` read it.
    private static func literalPrefix(of bytes: [UInt8]) -> String {
        let end = bytes.firstIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") }
        return String(decoding: bytes[..<(end ?? bytes.count)], as: UTF8.self)
    }

    public var description: String { text }

    /// Whether the pattern has no wildcard.
    public var isLiteral: Bool { literalPrefix == normalized }

    /// How specific the pattern is: the length of its literal part, plus a bonus for an exact pattern. When several
    /// rules match a component, the most specific wins.
    public var specificity: Int { literalPrefix.count + (isLiteral ? 1000 : 0) }

    /// Whether the key (from `key(of:)`) matches.
    public func matches(_ key: String) -> Bool { matches(bytes: Array(key.utf8)) }

    /// Whether the key, as UTF-8 bytes, matches. Patterns with a character class use the model's `Glob`; all
    /// others a byte matcher with the same meaning of `*`, `**` and `?`.
    func matches(bytes key: [UInt8]) -> Bool {
        if isLiteral { return key == bytes }
        if let glob { return glob.matches(String(decoding: key, as: UTF8.self)) }
        return Self.match(bytes, 0, key, 0)
    }

    /// Backtracking glob match; recursion depth is bounded by the number of `*` in the pattern.
    private static func match(_ pattern: [UInt8], _ p: Int, _ text: [UInt8], _ t: Int) -> Bool {
        var p = p
        var t = t
        let star = UInt8(ascii: "*"), slash = UInt8(ascii: "/"), question = UInt8(ascii: "?")
        while p < pattern.count {
            let byte = pattern[p]
            if byte == star {
                let isDouble = p + 1 < pattern.count && pattern[p + 1] == star
                let next = isDouble ? p + 2 : p + 1
                if isDouble, next < pattern.count, pattern[next] == slash, match(pattern, next + 1, text, t) {
                    return true
                }
                var position = t
                while true {
                    if match(pattern, next, text, position) { return true }
                    guard position < text.count, isDouble || text[position] != slash else { return false }
                    position += 1
                }
            }
            guard t < text.count else { return false }
            if byte == question {
                guard text[t] != slash else { return false }
            } else if byte != text[t] {
                return false
            }
            p += 1
            t += 1
        }
        return t == text.count
    }

    /// The decoded match key of a purl: `pkg:TYPE/NAMESPACE/NAME` without version, qualifiers and subpath;
    /// lower-cased for npm, GitHub and Swift, whose names are case-insensitive.
    public static func key(of purl: PackageURL) -> String {
        var path = ""
        if let namespace = purl.namespace { path += namespace + "/" }
        path += purl.name
        if caseInsensitiveTypes.contains(purl.type) { path = path.lowercased() }
        return "pkg:" + purl.type + "/" + path
    }

    /// Purl types whose namespace and name are compared without case.
    static let caseInsensitiveTypes: Set<String> = ["npm", "github", "swift"]

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A problem with a rule value, reported with the rule's position by the loader.
public struct RuleError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
