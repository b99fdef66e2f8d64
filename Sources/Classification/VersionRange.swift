import Foundation

/// A set of versions, written in npm/semver style or in Maven's interval style.
///
/// - semver style: comparators `>=`, `>`, `<=`, `<`, `=` (or a bare version: exactly that version), `^1.2.3`
///   (`>=1.2.3 <2.0.0`; `^0.2.3` is `>=0.2.3 <0.3.0`), `~1.2.3` (`>=1.2.3 <1.3.0`), `*` (any). Comparators separated
///   by spaces must all hold; alternatives are separated by `||`. A space may follow an operator (`>= 7.11`).
/// - Maven style: intervals `[1.0,2.0)`, `[2.7,)`, `(,1.5.7]`, exact `[1.2.3]`, unions `[1,2),[3,4)`.
///
/// Versions are compared with `Version`.
public struct VersionRange: Sendable, Hashable, Codable, CustomStringConvertible {
    enum Operator: Sendable, Hashable {
        case greaterOrEqual, greater, lessOrEqual, less, equal
    }

    struct Comparator: Sendable, Hashable {
        var op: Operator
        var version: Version

        func holds(for candidate: Version) -> Bool {
            let order = Version.compare(candidate, version)
            switch op {
            case .greaterOrEqual: return order >= 0
            case .greater: return order > 0
            case .lessOrEqual: return order <= 0
            case .less: return order < 0
            case .equal: return order == 0
            }
        }
    }

    /// The range as written.
    public let text: String
    /// Alternatives, each a conjunction of comparators; an empty conjunction holds for every version.
    let alternatives: [[Comparator]]

    /// Parses a range; the error says what is wrong.
    public init(_ text: String) throws(RuleError) {
        self.text = text
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw RuleError("empty version range") }
        if trimmed.first == "[" || trimmed.first == "(" {
            alternatives = try Self.parseMaven(trimmed, original: text)
        } else {
            var parsed: [[Comparator]] = []
            for alternative in trimmed.components(separatedBy: "||") {
                parsed.append(try Self.parseConjunction(alternative, original: text))
            }
            alternatives = parsed
        }
    }

    public var description: String { text }

    /// Whether the version lies in the range.
    public func contains(_ version: String) -> Bool { contains(Version(version)) }

    /// Whether the version lies in the range.
    public func contains(_ version: Version) -> Bool {
        alternatives.contains { conjunction in conjunction.allSatisfy { $0.holds(for: version) } }
    }

    /// Whether any version lies in the range: in some alternative the highest lower bound is below the lowest
    /// upper bound (or equal to it with both inclusive), and an exact version meets every comparator
    /// (`>=2.0 <1.0` and `[2.0,1.0]` hold no version).
    public var isSatisfiable: Bool {
        alternatives.contains { conjunction in
            if let exact = conjunction.first(where: { $0.op == .equal }) {
                return conjunction.allSatisfy { $0.holds(for: exact.version) }
            }
            var lower: Comparator?
            var upper: Comparator?
            for comparator in conjunction {
                switch comparator.op {
                case .greaterOrEqual, .greater:
                    let order = lower.map { Version.compare(comparator.version, $0.version) } ?? 1
                    if order > 0 || (order == 0 && comparator.op == .greater) { lower = comparator }
                case .lessOrEqual, .less:
                    let order = upper.map { Version.compare(comparator.version, $0.version) } ?? -1
                    if order < 0 || (order == 0 && comparator.op == .less) { upper = comparator }
                case .equal:
                    break
                }
            }
            guard let lower, let upper else { return true }
            let order = Version.compare(lower.version, upper.version)
            return order < 0 || (order == 0 && lower.op == .greaterOrEqual && upper.op == .lessOrEqual)
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    // MARK: - semver style

    private static func parseConjunction(_ text: String, original: String) throws(RuleError) -> [Comparator] {
        var comparators: [Comparator] = []
        var pendingOperator: String?
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
            let operatorText = String(word.prefix { "<>=^~".contains($0) })
            let versionText = String(word.dropFirst(operatorText.count))
            if versionText.isEmpty {
                guard pendingOperator == nil, !operatorText.isEmpty else {
                    throw RuleError("version range '\(original)': '\(word)' is not a comparator")
                }
                pendingOperator = operatorText
                continue
            }
            let op = pendingOperator.map { $0 + operatorText } ?? operatorText
            pendingOperator = nil
            comparators += try comparatorsFor(op: op, versionText: versionText, original: original)
        }
        guard pendingOperator == nil else {
            throw RuleError("version range '\(original)': an operator lacks its version")
        }
        guard !comparators.isEmpty || text.contains("*") else {
            throw RuleError("version range '\(original)' has an empty alternative")
        }
        return comparators
    }

    private static func comparatorsFor(op: String, versionText: String, original: String) throws(RuleError)
        -> [Comparator] {
        if versionText == "*" || versionText.lowercased() == "x" {
            guard op.isEmpty else { throw RuleError("version range '\(original)': '\(op)*' makes no sense") }
            return []
        }
        guard versionText.contains(where: \.isNumber) else {
            throw RuleError("version range '\(original)': '\(versionText)' is not a version")
        }
        let version = Version(versionText)
        switch op {
        case ">=": return [Comparator(op: .greaterOrEqual, version: version)]
        case ">": return [Comparator(op: .greater, version: version)]
        case "<=": return [Comparator(op: .lessOrEqual, version: version)]
        case "<": return [Comparator(op: .less, version: version)]
        case "=", "==", "": return [Comparator(op: .equal, version: version)]
        case "^", "~":
            let numbers = version.numericPrefix
            let major = numbers.first ?? 0
            let minor = numbers.count > 1 ? numbers[1] : 0
            let upper: String
            if op == "~" {
                upper = "\(major).\(minor + 1).0-alpha"
            } else if major == 0, numbers.count > 1 {
                upper = "0.\(minor + 1).0-alpha"
            } else {
                upper = "\(major + 1).0.0-alpha"
            }
            return [Comparator(op: .greaterOrEqual, version: version), Comparator(op: .less, version: Version(upper))]
        default:
            throw RuleError("version range '\(original)': unknown operator '\(op)'")
        }
    }

    // MARK: - Maven style

    private static func parseMaven(_ text: String, original: String) throws(RuleError) -> [[Comparator]] {
        var alternatives: [[Comparator]] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard let open = rest.first else { break }
            guard open == "[" || open == "(",
                  let closeIndex = rest.firstIndex(where: { $0 == "]" || $0 == ")" }) else {
                throw RuleError("version range '\(original)': expected an interval like [1.0,2.0)")
            }
            let close = rest[closeIndex]
            let inside = rest[rest.index(after: rest.startIndex)..<closeIndex]
            rest = rest[rest.index(after: closeIndex)...]
            let bounds = inside.split(separator: ",", omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace() }
            if bounds.count == 1 {
                guard open == "[", close == "]", !bounds[0].isEmpty else {
                    throw RuleError("version range '\(original)': a single version must be written [1.2.3]")
                }
                alternatives.append([Comparator(op: .equal, version: Version(bounds[0]))])
                continue
            }
            guard bounds.count == 2 else {
                throw RuleError("version range '\(original)': an interval has two bounds")
            }
            var conjunction: [Comparator] = []
            if !bounds[0].isEmpty {
                conjunction.append(Comparator(op: open == "[" ? .greaterOrEqual : .greater, version: Version(bounds[0])))
            }
            if !bounds[1].isEmpty {
                conjunction.append(Comparator(op: close == "]" ? .lessOrEqual : .less, version: Version(bounds[1])))
            }
            alternatives.append(conjunction)
        }
        guard !alternatives.isEmpty else { throw RuleError("version range '\(original)' is empty") }
        return alternatives
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
