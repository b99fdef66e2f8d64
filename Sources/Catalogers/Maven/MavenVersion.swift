/// A Maven version compared the way maven-resolver's generic scheme does: numbers numerically, known qualifiers
/// in the order alpha < beta < milestone < rc/cr < snapshot < release (`ga`, `final`) < sp, other words after
/// release and case-insensitively, trailing zeros insignificant (`1.0` equals `1`).
public struct MavenVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The version as written.
    public let text: String
    private let items: [Item]

    private enum Item: Hashable {
        case number(UInt64)
        case qualifier(Int)
        case word(String)
    }

    public init(_ text: String) {
        self.text = text
        items = Self.tokenize(text)
    }

    public var description: String { text }

    public static func == (lhs: MavenVersion, rhs: MavenVersion) -> Bool { compare(lhs.items, rhs.items) == 0 }

    public func hash(into hasher: inout Hasher) { hasher.combine(items) }

    public static func < (lhs: MavenVersion, rhs: MavenVersion) -> Bool { compare(lhs.items, rhs.items) < 0 }

    private static func compare(_ left: [Item], _ right: [Item]) -> Int {
        let count = max(left.count, right.count)
        for index in 0..<count {
            let a = index < left.count ? left[index] : nil
            let b = index < right.count ? right[index] : nil
            let order = compare(a, b)
            if order != 0 { return order }
        }
        return 0
    }

    private static func compare(_ a: Item?, _ b: Item?) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (let x?, nil): return compare(x, padding(for: x))
        case (nil, let y?): return compare(padding(for: y), y)
        case (let x?, let y?): return compare(x, y)
        }
    }

    private static func padding(for item: Item) -> Item {
        if case .number = item { return .number(0) }
        return .qualifier(0)
    }

    private static func compare(_ a: Item, _ b: Item) -> Int {
        switch (a, b) {
        case let (.number(x), .number(y)): return x == y ? 0 : (x < y ? -1 : 1)
        case let (.qualifier(x), .qualifier(y)): return x == y ? 0 : (x < y ? -1 : 1)
        case let (.word(x), .word(y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.number, _): return 1
        case (_, .number): return -1
        case (.word, .qualifier): return 1
        case (.qualifier, .word): return -1
        }
    }

    private static let qualifiers: [String: Int] = [
        "alpha": -5, "a": -5, "beta": -4, "b": -4, "milestone": -3, "m": -3, "cr": -2, "rc": -2,
        "snapshot": -1, "ga": 0, "final": 0, "release": 0, "": 0, "sp": 1,
    ]

    private static func tokenize(_ text: String) -> [Item] {
        var items: [Item] = []
        var current: [UInt8] = []
        var currentIsDigit = false
        func flush() {
            guard !current.isEmpty else { return }
            let token = String(decoding: current, as: UTF8.self)
            if currentIsDigit {
                items.append(.number(UInt64(token.prefix(18)) ?? UInt64.max))
            } else {
                let lowered = token.lowercased()
                if let value = qualifiers[lowered] {
                    items.append(.qualifier(value))
                } else {
                    items.append(.word(lowered))
                }
            }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                flush()
                continue
            }
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if !current.isEmpty, isDigit != currentIsDigit { flush() }
            currentIsDigit = isDigit
            current.append(byte)
        }
        flush()
        while let last = items.last, last == .number(0) || last == .qualifier(0) { items.removeLast() }
        return items
    }
}

/// A version requirement: a soft version (`1.2`: preferred, any version acceptable) or ranges (`[1.0,2.0)`).
public struct MavenVersionConstraint: Sendable, Hashable, CustomStringConvertible {
    /// One interval; `nil` bounds are open-ended.
    public struct Range: Sendable, Hashable {
        public var lower: MavenVersion?
        public var lowerInclusive: Bool
        public var upper: MavenVersion?
        public var upperInclusive: Bool

        func contains(_ version: MavenVersion) -> Bool {
            if let lower {
                if version < lower || (!lowerInclusive && version == lower) { return false }
            }
            if let upper {
                if upper < version || (!upperInclusive && version == upper) { return false }
            }
            return true
        }
    }

    public let text: String
    /// The intervals; empty for a soft version.
    public let ranges: [Range]

    /// Parses a version or a union of ranges; `nil` when a range is malformed.
    public init?(_ text: String) {
        self.text = text
        let trimmed = text.trimmingXMLWhitespace()
        guard trimmed.hasPrefix("[") || trimmed.hasPrefix("(") else {
            ranges = []
            return
        }
        var parsed: [Range] = []
        var rest = Substring(trimmed)
        while !rest.isEmpty {
            guard let open = rest.first, open == "[" || open == "(" else { return nil }
            guard let close = rest.firstIndex(where: { $0 == "]" || $0 == ")" }) else { return nil }
            let body = rest[rest.index(after: rest.startIndex)..<close]
            let upperInclusive = rest[close] == "]"
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingXMLWhitespace() }
            if parts.count == 1 {
                guard open == "[", upperInclusive, !parts[0].isEmpty else { return nil }
                let exact = MavenVersion(parts[0])
                parsed.append(Range(lower: exact, lowerInclusive: true, upper: exact, upperInclusive: true))
            } else if parts.count == 2 {
                parsed.append(Range(lower: parts[0].isEmpty ? nil : MavenVersion(parts[0]), lowerInclusive: open == "[",
                                    upper: parts[1].isEmpty ? nil : MavenVersion(parts[1]),
                                    upperInclusive: upperInclusive))
            } else {
                return nil
            }
            rest = rest[rest.index(after: close)...]
            while let first = rest.first, first == "," || first == " " { rest = rest.dropFirst() }
        }
        ranges = parsed
    }

    /// Whether this is a range (a hard requirement) rather than a soft version.
    public var isRange: Bool { !ranges.isEmpty }

    /// Whether `version` satisfies the constraint (a soft version accepts everything).
    public func contains(_ version: MavenVersion) -> Bool {
        ranges.isEmpty || ranges.contains { $0.contains(version) }
    }

    public var description: String { text }
}
