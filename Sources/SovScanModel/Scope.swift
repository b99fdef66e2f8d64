/// How a dependency is used. Scopes are kept as the manifest states them, never collapsed.
///
/// Maven's `compile`, `runtime`, `provided`, `system` and `test`; npm's production (`runtime`), `dev` and `peer`.
/// Whether a dependency is optional is a separate flag on `Component`, because npm has dev *and* optional packages.
public enum Scope: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case compile
    case runtime
    case provided
    case system
    case peer
    case test
    case dev

    /// Whether components in this scope ship with the system (and so count in shares).
    public var ships: Bool {
        switch self {
        case .compile, .runtime, .provided, .system, .peer: true
        case .test, .dev: false
        }
    }

    /// Rank used when one component is reached in several scopes: the lower rank (the one that ships most) wins.
    public var strength: Int {
        switch self {
        case .compile: 0
        case .runtime: 1
        case .provided: 2
        case .system: 3
        case .peer: 4
        case .test: 5
        case .dev: 6
        }
    }

    /// The stronger of two scopes (the one that ships most).
    public func strongest(_ other: Scope) -> Scope { strength <= other.strength ? self : other }

    public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs.strength < rhs.strength }
}
