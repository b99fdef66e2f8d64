import SovScanModel

/// The runtime dependencies of first-party npm projects that nothing uses (issue 15): declared in `dependencies`,
/// but no source file of the lockfile's tree imports them, no file names them (`PackageMentions`: not a stylesheet, a
/// template, a configuration, a Dockerfile or a script) and no script of the project runs their executables. Such a
/// package is installed and never loaded: a bundler leaves it out of the bundle (City of Helsinki's yjdh declares
/// `@react-pdf/renderer` and renders with `react-pdf`), and a server never requires it (Haitaton's
/// `http-proxy-middleware`, which the Vite dev server made unnecessary). It and what only it reaches do not run
/// where the system runs; the classifier files them under development tooling, with these words as the reason.
///
/// A package counts as named when one of its executables is (a Dockerfile's `pm2-runtime` names pm2). What is
/// loaded without being named is kept:
/// - helpers a compiler inserts imports of (`tslib`, `@babel/runtime`, `core-js`, the JSX runtimes of `react`,
///   `preact` and `vue`) and packages that other packages load by name (the database drivers ORMs load from a
///   dialect, `react-dom` under Next.js, NestJS's HTTP platforms, `ws`' native add-ons; `loadedUnnamed`);
/// - a package of the same npm scope as one the tree imports, which may load it (`@angular/platform-browser`
///   loads `@angular/animations`);
/// - the plugins a framework discovers by their names' prefix (`pluginDiscovery`: Strapi's `strapi-plugin-*`);
/// - every dependency of a native app (React Native, Expo, Capacitor, Cordova, NativeScript), whose native modules
///   are linked into the app by declaration alone;
/// - type packages (`@types/*`), which other rules file already;
/// - every dependency of a project none of whose files imports any of its runtime dependencies: its code is
///   elsewhere, or the scan sees only its manifests (a folder of `package.json` and lockfile alone).
/// A yarn 1 lockfile records no peer dependencies, so what a package loads as its peer (Material UI's
/// `@emotion/react`) is not in its graph: the cataloger leaves those lockfiles out. The source files are read once
/// for the lockfile's tree, and all files for mentions once; when a bound stops
/// either reading nothing is decided.
enum UnusedDependencies {
    /// Packages that run without any file naming them: compiler-inserted helpers and packages other packages load
    /// by name.
    static let loadedUnnamed: Set<String> = [
        // Inserted by compilers: TypeScript's `importHelpers`, Babel's runtime transform and `useBuiltIns`, SWC,
        // and the automatic JSX runtimes.
        "tslib", "@babel/runtime", "@babel/runtime-corejs2", "@babel/runtime-corejs3", "core-js", "core-js-pure",
        "regenerator-runtime", "@swc/helpers", "react", "preact", "vue",
        // Loaded by name by other packages: database drivers (Knex, Sequelize and TypeORM from a dialect or type
        // such as `postgres`), React's renderer (Next.js), NestJS's HTTP platforms (`NestFactory`), `ws`' native
        // add-ons, `node-fetch`'s `encoding`, Next.js's image optimiser. (Pino's transports are named where they are
        // configured: `target: 'pino-pretty'`.)
        "pg", "pg-hstore", "pg-native", "pg-query-stream", "mysql", "mysql2", "mariadb", "sqlite3", "better-sqlite3",
        "tedious", "oracledb", "ibm_db", "mongodb", "ioredis", "redis", "react-dom", "@nestjs/platform-express",
        "@nestjs/platform-fastify", "bufferutil", "utf-8-validate", "encoding", "sharp",
    ]

    /// Frameworks that load the packages their project declares by a name prefix, without any file naming them:
    /// Strapi loads `strapi-admin`, `strapi-plugin-*`, `strapi-connector-*` (3) and `@strapi/*` plugins and
    /// providers (4 and 5) from `package.json`; Node-RED its `node-red-*` nodes.
    static let pluginDiscovery: [String: [String]] = [
        "strapi": ["strapi-"],
        "@strapi/strapi": ["@strapi/", "strapi-"],
        "node-red": ["node-red-"],
    ]

    /// Packages whose declaration makes a project a native app: its native modules are linked by declaration.
    static let nativeAppFrameworks: Set<String> = [
        "react-native", "expo", "@capacitor/core", "cordova", "cordova-android", "cordova-ios", "@nativescript/core",
    ]

    /// The unused runtime dependencies of each project of one lockfile (`manifests` by folder, relative to
    /// `directory`, the lockfile's folder, itself relative to the scanned root), each with the words that say so.
    /// `bins` gives the executables a dependency installs (by project folder and name); `sources` the projects'
    /// source files.
    static func find(directory: String, manifests: [String: PackageJSON], sources: ProjectSourcesCache,
                     context: CatalogContext, bins: (String, String) -> [String]) -> [String: [(name: String, evidence: String)]] {
        let ownNames = Set(manifests.values.compactMap { $0.name?.lowercased() })
        var candidates: [String: [String]] = [:]
        // The executables of each candidate, by package: a Dockerfile or an entry script may run one by a name of
        // its own (`pm2-runtime` of pm2), which mentions the package.
        var executables: [String: Set<String>] = [:]
        for (path, manifest) in manifests where manifest.cordova == nil
            && !manifest.dependencies.contains(where: { nativeAppFrameworks.contains($0.name) }) {
            let discovered = manifest.dependencies.flatMap { pluginDiscovery[$0.name] ?? [] }
            let scriptWords = manifest.scripts.map { ScriptOnlyDependencies.executableWords(of: $0.command) }
            let names = manifest.dependencies.filter { $0.kind == .production }.map { $0.name.lowercased() }.filter { name in
                guard !name.hasPrefix("@types/"), !loadedUnnamed.contains(name), !ownNames.contains(name),
                      !discovered.contains(where: name.hasPrefix) else { return false }
                let installed = Set(bins(path, name))
                executables[name, default: []].formUnion(installed.map { $0.lowercased() })
                return !scriptWords.contains { !$0.isDisjoint(with: installed) }
            }
            if !names.isEmpty { candidates[path] = names }
        }
        guard !candidates.isEmpty, let tree = sources.sources(of: directory), tree.isComplete else { return [:] }
        var imported: Set<String> = []
        var importedUnder: [String: Set<String>] = [:]
        for file in tree.specifiers.keys where !tree.isTestFile(file) {
            let packages = tree.packages(importedBy: file).map { $0.lowercased() }
            imported.formUnion(packages)
            for path in candidates.keys where path.isEmpty || file.hasPrefix(NPMPath.join(directory, path) + "/") {
                importedUnder[path, default: []].formUnion(packages)
            }
        }
        // A project none of whose files import any of its runtime dependencies keeps its code elsewhere, or the
        // scan sees its manifests alone: nothing tells what it uses.
        for (path, _) in candidates {
            let runtime = Set(manifests[path]?.dependencies.filter { $0.kind == .production }.map { $0.name.lowercased() } ?? [])
            if importedUnder[path, default: []].isDisjoint(with: runtime) { candidates[path] = nil }
        }
        let importedScopes = Set(imported.compactMap { scope(of: $0) })
        let unimported = Set(candidates.values.joined()).filter { name in
            !imported.contains(name) && !(scope(of: name).map(importedScopes.contains) ?? false)
        }
        let searched = unimported.union(unimported.flatMap { executables[$0] ?? [] })
        guard !unimported.isEmpty,
              let unmentioned = PackageMentions.unmentioned(searched, under: directory, context: context) else { return [:] }
        let unnamed = unimported.filter { name in
            unmentioned.contains(name) && (executables[name] ?? []).isSubset(of: unmentioned)
        }
        let place = directory.isEmpty ? "the repository" : directory
        var found: [String: [(name: String, evidence: String)]] = [:]
        for (path, names) in candidates {
            let unused = names.filter(unnamed.contains).map { name in
                (name, "declared in dependencies, but no file of \(place) imports or names it and no script runs it")
            }
            if !unused.isEmpty { found[path] = unused }
        }
        return found
    }

    /// The scope of a scoped npm name (`@angular` of `@angular/core`).
    private static func scope(of name: String) -> String? {
        guard name.hasPrefix("@"), let slash = name.firstIndex(of: "/") else { return nil }
        return String(name[..<slash])
    }
}
