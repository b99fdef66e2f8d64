/// The source files of a project that only its build scripts use: the files such a script runs
/// (`ScriptRunFiles`) and the files they import by relative path, less every file that anything else reaches.
/// Any other file may be loaded when the system runs (an entry point, a page a framework finds by its folder), and
/// so may what it imports; test files (`ProjectSources.isTestFile`) reach nothing that ships.
enum BuildTimeFiles {
    /// Each build-time file with the script that reaches it first. `buildEntries` are the files build scripts run,
    /// in script order, each with its script; `runtimeEntries` the files that scripts run where the system runs
    /// (`start`, migrations) or that run the system itself (`dev`, `serve`).
    static func find(in sources: ProjectSources, buildEntries: [(file: String, script: String)],
                     runtimeEntries: Set<String>) -> [String: String] {
        var script: [String: String] = [:]
        var frontier: [String] = []
        for entry in buildEntries where script[entry.file] == nil && !runtimeEntries.contains(entry.file) {
            script[entry.file] = entry.script
            frontier.append(entry.file)
        }
        var next = 0
        while next < frontier.count {
            let file = frontier[next]
            next += 1
            for imported in sources.files(importedBy: file) where script[imported] == nil {
                script[imported] = script[file]
                frontier.append(imported)
            }
        }
        var runtime = runtimeEntries.union(sources.specifiers.keys.filter { script[$0] == nil && !sources.isTestFile($0) })
        var pending = Array(runtime).sorted()
        while let file = pending.popLast() {
            for imported in sources.files(importedBy: file) where !runtime.contains(imported) {
                runtime.insert(imported)
                pending.append(imported)
            }
        }
        return script.filter { !runtime.contains($0.key) }
    }
}
