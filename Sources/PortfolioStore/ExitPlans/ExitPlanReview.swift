import Analysis
import Foundation

/// The register held against the bindings of the latest runs: which bindings have no plan, which plans are past
/// their horizon or untested for more than a year, and which plans cover nothing.
public struct ExitPlanReview: Sendable, Hashable {
    /// What is wrong with a binding's exit plan.
    public enum Problem: String, Sendable, Hashable, Codable, CaseIterable {
        /// No plan in the register covers the binding.
        case noPlan = "no-plan"
        /// The plan was never tested, or last tested more than a year ago.
        case untested = "untested"
        /// The plan's last test is longer ago than its horizon.
        case pastHorizon = "past-horizon"
    }

    /// One binding of one system and the plan that covers it.
    public struct Entry: Sendable, Hashable {
        public var system: String
        public var binding: BindingRecord
        /// The covering plan (the first by id when several do); `nil` when none does.
        public var plan: ExitPlan?
        /// Empty when the plan is in order.
        public var problems: [Problem]
    }

    /// Bindings sorted by system and platform.
    public var entries: [Entry]
    /// Plans that cover no binding of any run (outdated entries, or misspelt platforms).
    public var unusedPlans: [ExitPlan]
    /// The day the plans were judged on.
    public var today: Date

    /// Reviews the bindings of `runs` (read with `.full` detail, so the bound components' purls are there).
    public init(register: ExitPlanRegister, runs: [RunRecord], today: Date) {
        self.today = today
        var used: Set<String> = []
        var entries: [Entry] = []
        for run in runs {
            for binding in run.bindings {
                let components = run.components.filter { $0.binding == binding.platform }.map(\.purl)
                let plan = register.plan(covering: run.system.name, platform: binding.platform, rule: binding.rule,
                                         components: components)
                if let plan { used.insert(plan.id) }
                entries.append(Entry(system: run.system.name, binding: binding, plan: plan,
                                     problems: Self.problems(of: plan, today: today)))
            }
        }
        self.entries = entries.sorted { ($0.system, $0.binding.platform, $0.binding.rule) < ($1.system, $1.binding.platform, $1.binding.rule) }
        unusedPlans = register.plans.filter { !used.contains($0.id) }
    }

    /// Entries with at least one problem.
    public var problems: [Entry] { entries.filter { !$0.problems.isEmpty } }

    private static func problems(of plan: ExitPlan?, today: Date) -> [Problem] {
        guard let plan else { return [.noPlan] }
        var problems: [Problem] = []
        let calendar = Self.calendar
        guard let tested = plan.lastTested else { return [.untested] }
        if let yearLater = calendar.date(byAdding: .year, value: 1, to: tested), yearLater < today { problems.append(.untested) }
        if let months = plan.horizonMonths, let due = calendar.date(byAdding: .month, value: months, to: tested), due < today {
            problems.append(.pastHorizon)
        }
        return problems
    }

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }
}
