import SovScanModel

/// Finds the runtime dependencies of a first-party npm project that only its `package.json` scripts use (issue 15):
/// a dependency whose executable a script runs (`"prebuild": "rimraf dist"`, `"postbuild": "yaml ..."`) and that no
/// source file of the project imports, or one that only build-time files import: the files a build script runs
/// (`"build:data": "node scripts/make-data.js"`, `tsx scripts/generate.ts`) and those only they import
/// (`BuildTimeFiles`). Such a package runs while building the project, never inside what it ships.
///
/// What scripts run where the system runs or that run the system itself is no build step: a dependency whose
/// executable an operations script runs (`isOperations`: `start`, migrations, seeds) is kept, and so are the imports
/// of the files that such scripts, the scripts they name (`operationsScripts`) and the scripts that run the system
/// (`runsTheSystem`: `dev`, `serve`, `debug`, watch modes, jobs, tests) run. Files lean to run time: a generator
/// project's `"start": "npm run generate"` keeps its executables build tooling, but not the files it runs. The source
/// files are read within `ProjectSources`' bounds; when a bound is reached the result is empty, since an unread file
/// could import the package.
struct ScriptOnlyDependencies {
    let context: CatalogContext

    /// The runtime dependencies of `manifest` (the `package.json` of the project in `folder`, relative to the
    /// scanned root) that only build scripts use, each with the evidence: the name of the first script that runs
    /// its executable, or `<script> via <file>` for the first build-time file (relative to `folder`) that imports
    /// it. `bins` gives the executables a dependency installs (empty when the lockfile does not say); `sources` the
    /// project's source files, asked for only when a script could make a difference.
    func find(manifest: PackageJSON, folder: String, sources readSources: () -> ProjectSources?,
              bins: (String) -> [String]) -> [(name: String, script: String)] {
        let production = manifest.dependencies.filter { $0.kind == .production }.map(\.name)
        let operations = Self.operationsScripts(manifest.scripts)
        var runByScript: [String: String] = [:]
        var runInOperations: Set<String> = []
        let scriptWords = manifest.scripts.map { Self.executableWords(of: $0.command) }
        for name in production {
            let executables = Set(bins(name))
            guard !executables.isEmpty else { continue }
            let running = manifest.scripts.indices.filter { !scriptWords[$0].isDisjoint(with: executables) }
                .map { manifest.scripts[$0] }
            if running.contains(where: { Self.isOperations($0.name, $0.command) }) {
                runInOperations.insert(name)
            } else if let script = running.first {
                runByScript[name] = script.name
            }
        }
        var buildPaths: [(path: String, script: String)] = []
        // The manifest's own program files (`main`, `bin`) run wherever the package runs, even when a build script
        // also runs one (to print its help or a schema).
        var runtimePaths = manifest.programFiles
        for script in manifest.scripts {
            let paths = ScriptRunFiles.paths(in: script.command).filter { !$0.hasPrefix("/") && !$0.hasPrefix("$") }
            if operations.contains(script.name) || Self.runsTheSystem(script.name, script.command) {
                runtimePaths += paths
            } else {
                runtimePaths += paths.filter(Self.isEntryPoint)
                buildPaths += paths.filter { !Self.isEntryPoint($0) }.map { ($0, script.name) }
            }
        }
        guard !runByScript.isEmpty || !buildPaths.isEmpty,
              let sources = readSources(), sources.isComplete else { return [] }
        let buildFiles = BuildTimeFiles.find(
            in: sources,
            buildEntries: buildPaths.compactMap { entry in
                sources.resolve(ranFile: entry.path).map { ($0, entry.script) }
            },
            runtimeEntries: Set(runtimePaths.compactMap(sources.resolve(ranFile:))))
        var importedAtRuntime: Set<String> = []
        var importedAtBuildTime: [String: String] = [:]
        for file in sources.specifiers.keys.sorted() {
            let packages = sources.packages(importedBy: file)
            if let script = buildFiles[file] {
                let inside = folder.isEmpty ? file : String(file.dropFirst(folder.count + 1))
                for name in packages where importedAtBuildTime[name] == nil {
                    importedAtBuildTime[name] = "\(script) via \(inside)"
                }
            } else if !sources.isTestFile(file) {
                importedAtRuntime.formUnion(packages)
            }
        }
        return production.compactMap { name in
            guard !runInOperations.contains(name), !importedAtRuntime.contains(name),
                  let evidence = runByScript[name] ?? importedAtBuildTime[name] else { return nil }
            return (name, evidence)
        }
    }

    /// The executables of `name` as its installed `package.json` (`node_modules/<name>` in the first of `folders`
    /// that has it) declares them under `bin`; `nil` when none is installed.
    func installedExecutables(of name: String, folders: [String]) -> [String]? {
        for folder in folders {
            let path = NPMPath.join(folder, "node_modules/" + name, "package.json")
            guard case .success(let bytes) = context.files.read(context.absolutePath(path), reportedAs: path) else { continue }
            var ignored: [Diagnostic] = []
            if let manifest = PackageJSON.parse(bytes, file: path, diagnostics: &ignored) { return manifest.bins }
        }
        return nil
    }

    /// Whether a script runs when the system is started or deployed rather than built: `start`, `poststart` and
    /// `start:*`/`start-*` scripts (`prestart` usually builds) unless their name says development (`start:dev`,
    /// `start:debug`, `start:watch`, `start:local`, `start:test`, `start:mock`) or their command watches, and
    /// scripts whose name or command migrates or seeds a database (`"database:migrate": "prisma migrate deploy"`,
    /// `"db:seed"`, `knex migrate:latest`) unless, again, their name or command says development
    /// (`accounts:seed:local`, GC Forms' seed of local accounts; `"migrate:dev": "prisma migrate dev"`).
    static func isOperations(_ name: String, _ command: String) -> Bool {
        let name = name.lowercased()
        let developing = ["dev", "debug", "watch", "local", "test", "mock"].contains { name.contains($0) }
            || command.contains("watch")
        if !developing, name == "start" || name == "poststart" || name.hasPrefix("start:") || name.hasPrefix("start-") {
            return true
        }
        // Migrations and seeds run where the system is deployed, unless the script says it develops
        // (`accounts:seed:local`, `migrate:dev` with `prisma migrate dev`).
        let text = name + " " + command.lowercased()
        return !developing && (text.contains("migrat") || text.contains("seed"))
    }

    /// The names of the scripts that run where the system runs: the operations scripts (`isOperations`) and the
    /// scripts they name, transitively (`"start-docker": "npm-run-all check-db start-server"` runs `check-db` when
    /// the container starts), except scripts whose name says they build (`"start": "npm run build && node dist"`
    /// still builds first; what builds is build tooling).
    static func operationsScripts(_ scripts: [(name: String, command: String)]) -> Set<String> {
        let names = Set(scripts.map(\.name))
        var operations = Set(scripts.filter { isOperations($0.name, $0.command) }.map(\.name))
        var pending = Array(operations).sorted()
        while let name = pending.popLast() {
            for script in scripts where script.name == name {
                let words = script.command.split { " \t\n;&|()<>\"'`".contains($0) }.map(String.init)
                for word in words where names.contains(word) && !operations.contains(word)
                    && !word.lowercased().contains("build") {
                    operations.insert(word)
                    pending.append(word)
                }
            }
        }
        return operations
    }

    /// Whether a script runs the system itself, a job of it or its tests rather than building it: its name says so
    /// (`dev`, `serve`, `debug`, `watch`, `preview`, `start`, `test`, `e2e`, `sync`, `worker`, `job`, `cron`,
    /// `consumer`, as a word: `start:dev`, `dev-server`; `server`, `api`, `bot`, `daemon`, `prod`, `production` when
    /// no word says it builds: `"server": "node src/server.js"`, not `generate:api`) or its command watches. The files such a script runs may be
    /// the system's own entry points.
    static func runsTheSystem(_ name: String, _ command: String) -> Bool {
        let words = name.lowercased().split { ":-_. ".contains($0) }
        let running: Set<Substring> = ["dev", "develop", "serve", "debug", "watch", "preview", "start", "test", "e2e",
                                       "sync", "worker", "job", "cron", "consumer"]
        // What a script of a server's, API's or bot's own name runs, unless the name also says it builds.
        let program: Set<Substring> = ["server", "api", "bot", "daemon", "prod", "production"]
        let building: Set<Substring> = ["build", "generate", "gen", "codegen", "compile", "bundle"]
        let runsProgram = words.contains { program.contains($0) } && !words.contains { building.contains($0) }
        return words.contains { running.contains($0) } || runsProgram || command.contains("watch")
    }

    /// Whether a file a script runs is the project's own program rather than a build step: a file named `index`,
    /// `main`, `server` or `app` at the project's top (`"sync": "tsx index.ts"` runs a job that ships) or at the top
    /// of a build's output folder (`outputFolders`: La bonne alternance's `"cli": "node dist/index.js"`, the command
    /// its production containers run as `yarn cli start`).
    static func isEntryPoint(_ path: String) -> Bool {
        var parts = NPMPath.join(path).split(separator: "/")
        if parts.count == 2, outputFolders.contains(String(parts[0])) { parts.removeFirst() }
        guard parts.count == 1, let name = parts.first else { return false }
        let stem = name.split(separator: ".").first.map(String.init) ?? String(name)
        return ["index", "main", "server", "app"].contains(stem)
    }

    /// The folders a project's build writes its program to (`tsc`'s and tsup's `dist`, `build`, `out`).
    static let outputFolders: Set<String> = ["dist", "build", "out"]

    /// The executables a package with a `bin` probably installs when only that it has one is known (pnpm's
    /// `hasBin`): those `NPMKnownExecutables` knows (`tsc` of `typescript`), else its name without the scope
    /// (`rimraf`, `yaml`, `prisma`), and for a scoped package named `cli` its scope alone and with `-cli`
    /// (`@sentry/cli` installs `sentry-cli`, `@capacitor/cli` `capacitor`).
    static func likelyExecutables(of package: String) -> [String] {
        if let known = NPMKnownExecutables.of(package) { return known }
        guard let slash = package.firstIndex(of: "/"), package.hasPrefix("@") else { return [package] }
        let scope = String(package[package.index(after: package.startIndex)..<slash])
        let name = String(package[package.index(after: slash)...])
        return name == "cli" ? [name, scope, scope + "-cli"] : [name]
    }

    /// The executables a script's command may run: its words (split at blanks and shell operators), each path by its
    /// last component (`node_modules/.bin/rimraf` runs `rimraf`). A script runs a dependency when these meet its
    /// executables; made once per script, a project's dependencies are tested against them without splitting the
    /// command again for each (issue 17: that was a fifth of the npm cataloger).
    static func executableWords(of command: String) -> Set<String> {
        Set(command.split { " \t\n;&|()<>\"'`".contains($0) }.map { word in
            word.split(separator: "/").last.map(String.init) ?? String(word)
        })
    }
}
