import SovScanModel

/// The systems a scan will read, found before any manifest is read (`Scanner.plan(paths:)`), so that a caller
/// knows every system's name before the first result arrives (a portfolio names its per-system pages up front).
public struct ScanPlan: Sendable {
    var targets: [ScanTarget]
    /// Paths that give no system (they do not exist, or are files sovscan does not read).
    public let diagnostics: [Diagnostic]

    init(targets: [ScanTarget], diagnostics: [Diagnostic]) {
        self.targets = targets
        self.diagnostics = diagnostics
    }

    /// Each system in scan order: its name (the folder's, until `renamed`) and its root as the caller gave it.
    public var systems: [(name: String, root: String)] { targets.map { ($0.name, $0.displayRoot) } }

    /// The plan with every system named by `name(name, root)` (the names a systems.yml gives).
    public func renamed(_ name: (_ name: String, _ root: String) -> String) -> ScanPlan {
        var plan = self
        for index in plan.targets.indices {
            plan.targets[index].name = name(plan.targets[index].name, plan.targets[index].displayRoot)
        }
        return plan
    }
}
