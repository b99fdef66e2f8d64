/// A set of scope names as the conflict resolver collects them per path. Maven's five scopes are bits, so the
/// sets made for every node of every group's walk allocate nothing; any other text (a typo, an unresolved
/// property) is kept by name.
struct ScopeSet {
    private static let known = ["compile", "runtime", "provided", "test", "system"]
    private var bits: UInt8 = 0
    private var others: Set<String> = []

    init() {}

    init(_ scope: String) { insert(scope) }

    private static func bit(of scope: String) -> UInt8? {
        switch scope {
        case "compile": 1
        case "runtime": 2
        case "provided": 4
        case "test": 8
        case "system": 16
        default: nil
        }
    }

    var count: Int { bits.nonzeroBitCount + others.count }

    /// The one member of a set of one (of a larger set, some member).
    var first: String? {
        for (index, name) in Self.known.enumerated() where bits & (1 << index) != 0 { return name }
        return others.first
    }

    func contains(_ scope: String) -> Bool {
        if let bit = Self.bit(of: scope) { return bits & bit != 0 }
        return others.contains(scope)
    }

    @discardableResult
    mutating func insert(_ scope: String) -> (inserted: Bool, memberAfterInsert: String) {
        if let bit = Self.bit(of: scope) {
            let inserted = bits & bit == 0
            bits |= bit
            return (inserted, scope)
        }
        return others.insert(scope)
    }

    mutating func remove(_ scope: String) {
        if let bit = Self.bit(of: scope) {
            bits &= ~bit
        } else {
            others.remove(scope)
        }
    }

    mutating func formUnion(_ other: ScopeSet) {
        bits |= other.bits
        if !other.others.isEmpty { others.formUnion(other.others) }
    }
}
