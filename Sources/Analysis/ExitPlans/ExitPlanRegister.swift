import SovScanModel

/// The exit-plan register: every plan the organisation has to leave a platform it is bound to. It is the one list
/// behind every exit-plan question: the register file (`exit-plans.yml`), `--exit-plan PLATFORM` and a policy
/// exception's `exit-plan` all become entries of it, and the analysis, the policy and `sovscan exit-plans` ask it
/// which plan covers a binding.
///
/// Encoded (in an analysis document's options) as the sorted ids of its plans; decoding gives platform-only plans
/// of those ids, which is what documents written before the register held (`exitPlans: ["aws"]`).
public struct ExitPlanRegister: Sendable, Hashable, Codable {
    /// The plans, sorted by id.
    public var plans: [ExitPlan]
    /// What could not be read, with file and line.
    public var diagnostics: [Diagnostic]

    public init(plans: [ExitPlan] = [], diagnostics: [Diagnostic] = []) {
        self.plans = plans.sorted { $0.id < $1.id }
        self.diagnostics = diagnostics
    }

    /// Plans for platforms given by name or binding rule id (`--exit-plan AWS`), without a document.
    public static func platforms<Names: Sequence>(_ names: Names) -> ExitPlanRegister where Names.Element == String {
        ExitPlanRegister(plans: Set(names).map {
            ExitPlan(id: $0, platform: $0, purl: nil, plan: "", location: SourceLocation(file: ""), origin: .commandLine)
        })
    }

    /// Whether everything in the file was read.
    public var isComplete: Bool { !diagnostics.contains { $0.severity == .error } }

    /// The ids of the plans.
    public var ids: Set<String> { Set(plans.map(\.id)) }

    /// This register with the plans and diagnostics of another added.
    public func adding(_ other: ExitPlanRegister) -> ExitPlanRegister {
        ExitPlanRegister(plans: plans + other.plans, diagnostics: diagnostics + other.diagnostics)
    }

    /// The first plan (by id) that covers a binding of a system, or `nil`.
    public func plan(covering system: String, platform: String, rule: String? = nil, components: [String]) -> ExitPlan? {
        plans.first { $0.covers(system: system, platform: platform, rule: rule, components: components) }
    }

    public init(from decoder: any Decoder) throws {
        self = .platforms(try decoder.singleValueContainer().decode([String].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plans.map(\.id).sorted())
    }
}
