/// How many third-party components a check left unjudged, and why: said beside the verdict so that a gate never
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

    public init(byScope: Int = 0, byLevel: Int = 0) {
        self.byScope = byScope
        self.byLevel = byLevel
    }

    /// Whether every component was judged.
    public var isEmpty: Bool { byScope == 0 && byLevel == 0 }
}
