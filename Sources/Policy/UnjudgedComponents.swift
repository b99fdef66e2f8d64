import SovScanModel

/// Which third-party components a check left unjudged, and why: said beside the verdict so that a gate never
/// passes quietly over what it skipped.
public struct UnjudgedComponents: Sendable, Hashable, Encodable {
    /// Why a component is not judged.
    public enum Reason: Sendable, Hashable {
        /// Its scope is one the policy ignores (`ignore-scopes`).
        case scope
        /// Its classified stack level is one the policy ignores (`ignore-levels`): e.g. what only a project of
        /// tests or build tools declares, in whatever scope.
        case level
    }

    /// Components of an ignored scope.
    public var byScope: Int
    /// Components of a judged scope whose stack level is ignored.
    public var byLevel: Int
    /// Each component counted in `byLevel`, sorted: the manifest declares it in a judged scope, so only the
    /// classification keeps it from the gate, and a reviewer should be able to see which and why.
    public var levelIgnored: [UnjudgedComponent]

    public init(byScope: Int = 0, byLevel: Int = 0, levelIgnored: [UnjudgedComponent] = []) {
        self.byScope = byScope
        self.byLevel = byLevel
        self.levelIgnored = levelIgnored
    }

    /// Whether every component was judged.
    public var isEmpty: Bool { byScope == 0 && byLevel == 0 }
}

/// A component of a judged scope that the policy did not judge because of its classified stack level.
public struct UnjudgedComponent: Sendable, Hashable, Encodable, Comparable {
    /// The system it belongs to.
    public var system: String
    /// Its package URL.
    public var component: String
    /// The scope its manifest gives it (`compile`, `runtime` …): one the policy judges.
    public var scope: String
    /// The stack level the classification decided, one the policy ignores (`development-tooling`).
    public var level: String
    /// The decision that gave that level, as `explain` lists it, with the rule and where it is written.
    public var reason: String?
    /// Where the system declares it: the manifest line of the component, or of the direct dependency that brings
    /// it in.
    public var location: SovScanModel.SourceLocation?
    /// The dependency chain from that direct dependency to the component (one element for a direct one).
    public var path: [String]

    public init(system: String, component: String, scope: String, level: String, reason: String? = nil,
                location: SovScanModel.SourceLocation? = nil, path: [String] = []) {
        self.system = system
        self.component = component
        self.scope = scope
        self.level = level
        self.reason = reason
        self.location = location
        self.path = path
    }

    public static func < (lhs: UnjudgedComponent, rhs: UnjudgedComponent) -> Bool {
        (lhs.system, lhs.component) < (rhs.system, rhs.component)
    }
}
