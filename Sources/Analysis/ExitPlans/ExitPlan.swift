import Classification
import Foundation
import SovScanModel

/// One entry of the exit-plan register: how the organisation would leave a platform, for which systems, who owns
/// the plan and when it was last tested.
public struct ExitPlan: Sendable, Hashable {
    /// Where an entry of the register was written.
    public enum Origin: Sendable, Hashable {
        /// An entry of the register file (`exit-plans.yml`).
        case register
        /// `--exit-plan PLATFORM` on the command line: a plan for the platform, with no document.
        case commandLine
        /// A policy exception's `exit-plan` naming a document rather than a register id; the index is the
        /// exception's position in the policy.
        case policyException(Int)
    }

    public var id: String
    /// The platform of a binding (`AWS`, `Oracle Database`) or its binding rule id (`aws`), compared without case.
    public var platform: String?
    /// Components whose purl matches (`pkg:npm/@aws-sdk/*`) are covered, whatever platform they bind to.
    public var purl: PurlPattern?
    /// The systems the plan covers; empty: every system.
    public var systems: [String]
    /// Where the plan is written (a document or URL).
    public var plan: String
    /// Within how many months of its last test the plan must be tested again.
    public var horizonMonths: Int?
    /// When the plan was last tested (an exit exercise or a review).
    public var lastTested: Date?
    public var owner: String?
    /// Where the entry is written (the register file, the policy file; empty for the command line).
    public var location: SourceLocation
    public var origin: Origin

    public init(id: String, platform: String?, purl: PurlPattern?, systems: [String] = [], plan: String,
                horizonMonths: Int? = nil, lastTested: Date? = nil, owner: String? = nil, location: SourceLocation,
                origin: Origin = .register) {
        self.id = id
        self.platform = platform
        self.purl = purl
        self.systems = systems
        self.plan = plan
        self.horizonMonths = horizonMonths
        self.lastTested = lastTested
        self.owner = owner
        self.location = location
        self.origin = origin
    }

    /// Whether the plan covers a binding of a system: the system is listed (or none are), and the platform (or the
    /// binding rule id) is the plan's, or one of the binding's components matches the plan's purl pattern.
    public func covers(system: String, platform bound: String, rule: String? = nil, components: [String]) -> Bool {
        guard systems.isEmpty || systems.contains(system) else { return false }
        if let platform {
            if platform.caseInsensitiveCompare(bound) == .orderedSame { return true }
            if let rule, platform.caseInsensitiveCompare(rule) == .orderedSame { return true }
        }
        guard let purl else { return false }
        return components.contains { text in
            (try? PackageURL(parsing: text)).map { purl.matches(PurlPattern.key(of: $0)) } ?? false
        }
    }
}
