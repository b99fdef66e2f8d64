import Analysis
import Classification
import SovScanModel

extension Policy {
    /// The entries a policy adds to the exit-plan register: every exception in force on `today` whose `exit-plan`
    /// names a document (a path or URL) rather than a plan of the register (`registerIDs`) becomes a plan for what
    /// the exception covers (its platform and the packages of its purl pattern). An exception that names a register
    /// id adds nothing: the register's plan decides what it covers.
    public func exitPlanRegister(today: PolicyDate, registerIDs: Set<String>) -> ExitPlanRegister {
        ExitPlanRegister(plans: exceptions.indices.compactMap { index in
            let exception = exceptions[index]
            guard let plan = exception.exitPlan, !registerIDs.contains(plan), !exception.isExpired(on: today) else { return nil }
            return ExitPlan(id: "\(exception.location.file):\(exception.location.line ?? 0) \(exception.subject)",
                            platform: exception.platform, purl: exception.purl?.packages, plan: plan,
                            location: exception.location, origin: .policyException(index))
        })
    }
}
