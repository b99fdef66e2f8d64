import SovScanModel

/// The components that run the program of one of the system's npm projects where the system runs, and what they
/// load (`Component.programRunnersProperty`, set by the npm cataloger: Dockge's `start` script runs its server with
/// tsx, so tsx, its esbuild and esbuild's platform binaries run with the server). Each comes with words saying why.
/// Such a runner is the language's implementation at run time (a TypeScript runner compiles the program as it
/// loads it), so what a rule files under development tooling among them is `programming-language` there, and none
/// of them is a tool that only builds (`BuildToolingReach`).
struct ProgramRunnerTrees {
    let system: SystemInventory
    /// Each component's dependencies, as positions in `system.components`.
    let children: [[Int]]
    /// The first-party projects that only serve development (`ToolingProject`): what runs their program, a mock
    /// server of the UI tests, does not run with the system.
    let toolingProjects: Set<Int>

    /// The shipping third-party components that a project's program runner is or loads, by position, each with
    /// words naming the runner, the project and its script; the closest runner names a component.
    func reasons() -> [Int: String] {
        let components = system.components
        var reasons: [Int: String] = [:]
        /// A shipping third-party component no runner names yet.
        func isUnnamed(_ index: Int) -> Bool {
            reasons[index] == nil && components[index].ships && !components[index].isFirstParty
        }
        var level: [Int] = []
        for (index, component) in components.enumerated() where component.isFirstParty
            && !toolingProjects.contains(index) {
            guard let value = component.properties[Component.programRunnersProperty] else { continue }
            let runners = DependencyEvidenceList.dependencies(in: value)
            for child in children[index] where isUnnamed(child) {
                guard let script = runners[components[child].displayName] else { continue }
                reasons[child] = "\(components[child].displayName) runs the program of \(component.displayName) "
                    + "(its \(script) script runs it where the system runs)"
                level.append(child)
            }
        }
        while !level.isEmpty {
            var next: [Int] = []
            for node in level {
                for child in children[node] where isUnnamed(child) {
                    reasons[child] = reasons[node]
                    next.append(child)
                }
            }
            level = next
        }
        return reasons
    }
}
