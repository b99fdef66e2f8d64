import SovScanModel

/// Finds the runtime dependencies of a first-party npm project that run the project's own program where the system
/// runs (issue 15): a script that starts or deploys the system (`ScriptOnlyDependencies.isOperations`: `start`,
/// `start:prod`, migrations; not `dev`, `watch` or `start:dev`) runs a source file with the dependency's executable,
/// one of the runners of `ScriptRunFiles` (Dockge's `"start": "tsx ./backend/index.ts"`), or makes Node.js load the
/// dependency before the file (`node --import tsx server.ts`, `node --loader ts-node/esm`, `node -r
/// ts-node/register`), or runs an entry file that registers a run-time compiler first (`EntryRegisterHooks`:
/// Digitransit's `server/server.js` requires `@babel/register`). Such a runner, a TypeScript runner mostly, and what
/// it loads run with the system, not only while it is built, whatever rule files the runner under development
/// tooling.
enum ProgramRunners {
    /// Node.js options whose value names a module to load before the program.
    static let preloadOptions: Set<String> = ["-r", "--require", "--loader", "--experimental-loader", "--import"]

    /// The production dependencies of `manifest` that run its program, each with the name of the first operations
    /// script that does so; `bins` gives the executables a dependency installs, `entryHooks` the production
    /// dependencies an entry file (as the script names it) registers as run-time compilers, with what they load.
    static func find(manifest: PackageJSON, bins: (String) -> [String],
                     entryHooks: (String) -> [String] = { _ in [] }) -> [(name: String, script: String)] {
        let production = Set(manifest.dependencies.filter { $0.kind == .production }.map(\.name))
        guard !production.isEmpty else { return [] }
        var found: [String: String] = [:]
        for script in manifest.scripts where ScriptOnlyDependencies.isOperations(script.name, script.command) {
            for entry in ScriptRunFiles.paths(in: script.command) {
                for name in entryHooks(entry) where found[name] == nil { found[name] = script.name }
            }
            for name in runners(in: script.command) where found[name] == nil {
                if production.contains(name) {
                    found[name] = script.name
                } else if let package = production.sorted().first(where: { Set(bins($0)).contains(name) }) {
                    found[package] = found[package] ?? script.name
                }
            }
        }
        return found.keys.sorted().map { ($0, found[$0] ?? "") }
    }

    /// What runs a source file in each command of `command`: the runner's executable (`tsx`, `ts-node`) when it is
    /// not Node.js itself, and the packages that Node.js or the runner preloads before the file (`tsx` of `--import
    /// tsx`, `ts-node` of `--loader ts-node/esm`); the file's own arguments name nothing. A command that runs no file
    /// (`node -e`, `tsx --version`) names nothing.
    static func runners(in command: String) -> [String] {
        var names: [String] = []
        for segment in command.split(whereSeparator: { ";&|()<>`\n".contains($0) }) {
            guard !ScriptRunFiles.paths(in: String(segment)).isEmpty else { continue }
            let words = segment.split(whereSeparator: { " \t\"'".contains($0) }).map(String.init)
            guard let runner = words.firstIndex(where: { ScriptRunFiles.runners.contains(NPMPath.lastSegment($0)) })
            else { continue }
            let executable = NPMPath.lastSegment(words[runner])
            if executable != "node", executable != "nodejs" { names.append(executable) }
            // The option before `word` takes it as its value: a module to preload (`--import`), or another value
            // (`--env-file .env`).
            var preloading = false, valueOfOption = false
            for word in words[(runner + 1)...] {
                let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                if preloading, let package = ModuleImports.packageName(of: word) {
                    names.append(package)
                } else if parts.count == 2, preloadOptions.contains(parts[0]),
                          let package = ModuleImports.packageName(of: parts[1]) {
                    names.append(package)
                } else if !word.hasPrefix("-"), !preloading, !valueOfOption, !ScriptRunFiles.subcommands.contains(word) {
                    break
                }
                let takesValue = !preloading && !valueOfOption
                preloading = takesValue && preloadOptions.contains(word)
                valueOfOption = takesValue && !preloading && ScriptRunFiles.optionsWithValue.contains(word)
            }
        }
        return names
    }
}
