import SovScanModel

/// Finds the components that run only at build time because every path to them from the system's shipping code
/// passes through development tooling (Metro, the React Native and Expo CLIs, bundlers, annotation processors, the
/// system's own test, documentation and build-tools projects) or through a build-time edge: a dependency that a
/// technology rule's `build-time:` says its package needs only for its own CLI or build scripts (svelte-i18n ->
/// sade), or a member of a development feature (`development-features:` of its rule) that a third-party package of
/// another kind depends on: a command-line interface library (yargs, Commander, Inquirer), which only that
/// package's own `bin` uses (qrcode -> yargs), or a file watcher (chokidar), which only its watch mode uses
/// (nunjucks -> chokidar), or a runtime dependency of one of the system's projects that only the project's
/// `package.json` scripts run (`Component.scriptOnlyDependenciesProperty`: rimraf in `prebuild`). These are the trees of build tools whose packages are declared, or locked, in a shipping scope.
/// From a client app's projects, the reach also leaves out what a package's browser build leaves out
/// (`BrowserBuildEdges`: axios' form-data): such a tree ships only where a server's code reaches it.
struct BuildToolingReach {
    private typealias Edge = ComponentGraph.Edge

    let system: SystemInventory
    let matches: [RuleMatch]
    /// The system's graph by position: the declared edges with their scopes.
    let graph: ComponentGraph
    /// Each component's dependencies, as positions in `system.components` (the graph's, with the edges the rules
    /// state for pins no manifest connects).
    let children: [[Int]]
    /// The first-party projects that only serve development, each with words saying why (`ToolingProject`).
    let toolingProjects: [Int: String]
    /// The components that run a project's program where the system runs, or that such a runner loads
    /// (`ProgramRunnerTrees`): no tool, whatever their rule's level.
    let programRunners: [Int: String]
    /// The first-party projects that are client apps whose bundle is all that runs of them (`AppKind`,
    /// `BrowserBuildEdges.isBrowserOnly`): their code runs bundled for a browser or device.
    let browserOnlyProjects: Set<Int>
    /// The first-party projects with no application evidence of their own (`AppKind.hasEvidence`): an npm workspace
    /// root that only declares its workspaces runs none of their code.
    let projectsWithoutAppEvidence: Set<Int>
    /// The edges by which a first-party project declares a dependency for development only
    /// (`ComponentGraph.developmentDeclarations`).
    let developmentDeclarations: Set<ComponentGraph.Edge>

    /// What the reach decides: the components that only tooling reaches, and the dependency edges that run.
    struct Outcome {
        /// By position, the words of the level decision of a component that only tooling reaches (`onlyThroughTooling`).
        let onlyThroughTooling: [String?]
        /// `children` without the build-time edges: the edges along which a component runs with what depends on it,
        /// and so the edges a level is inherited along (svelte-i18n's `sade` runs with its CLI, not with the app).
        let runningChildren: [[Int]]
    }

    /// The components only tooling reaches and the edges that run, from one computation of the build-time edges.
    func decide() -> Outcome {
        let buildTimeEdges = self.buildTimeEdges()
        let running = children.indices.map { from in
            children[from].filter { buildTimeEdges[Edge(from: from, to: $0)] == nil }
        }
        return Outcome(onlyThroughTooling: onlyThroughTooling(buildTimeEdges: buildTimeEdges), runningChildren: running)
    }

    /// For every shipping third-party component reached from development tooling, or through a dependency a browser
    /// build leaves out, but not from the system's shipping code without passing through either, the words of its
    /// level decision: "only reached through build tooling vite" naming the closest tool, "left out of the client
    /// app's browser build (...)" for the left-out dependency itself, "only reached through form-data, which ..." for
    /// what only it brings in; nil for every other component.
    private func onlyThroughTooling(buildTimeEdges: [Edge: String]) -> [String?] {
        let components = system.components
        func isTooling(_ index: Int) -> Bool {
            !components[index].ships || toolingProjects[index] != nil
                || (matches[index].technology?.level == .developmentTooling && programRunners[index] == nil)
        }
        var declaredByProject = [Bool](repeating: false, count: components.count)
        for (index, component) in components.enumerated() where component.isFirstParty {
            for child in children[index] { declaredByProject[child] = true }
        }
        // Reach from the system's own projects that are not tooling and from direct dependencies no project
        // declares, never entering a tool, nor following a project's declaration for development only (an API
        // bundle's devDependency on the generator that its workspace's schema command runs does not ship it).
        let browserLeftOut = self.browserLeftOutEdges()
        var shipped = [Bool](repeating: false, count: components.count)
        // First from the servers' and libraries' roots along every edge, then from the browser-only client apps'
        // along the edges a browser build keeps: what only the second pass would need a left-out edge for does not
        // ship. The first pass does not enter a browser-only app from a project without application evidence of its
        // own (a workspace root declares its workspaces and runs none of them); from a server or a server-rendering
        // app it does, since that may run the app's code in Node (Nuxt rendering a workspace's components).
        let roots = components.indices.filter { index in
            !isTooling(index) && (components[index].isFirstParty || (components[index].isDirect && !declaredByProject[index]))
        }
        for inBrowser in [false, true] {
            var frontier = roots.filter { browserOnlyProjects.contains($0) == inBrowser && !shipped[$0] }
            for root in frontier { shipped[root] = true }
            while let node = frontier.popLast() {
                for child in children[node] where !shipped[child] && !isTooling(child)
                    && buildTimeEdges[Edge(from: node, to: child)] == nil
                    && !developmentDeclarations.contains(Edge(from: node, to: child))
                    && (!inBrowser || browserLeftOut[Edge(from: node, to: child)] == nil)
                    && (inBrowser || !(projectsWithoutAppEvidence.contains(node) && browserOnlyProjects.contains(child))) {
                    shipped[child] = true
                    frontier.append(child)
                }
            }
        }
        // Reach from every tool, breadth first so the closest tool names the component.
        var tool = [String?](repeating: nil, count: components.count)
        var level: [Int] = components.indices.filter {
            isTooling($0) && (!components[$0].isFirstParty || toolingProjects[$0] != nil)
        }
        for index in level {
            tool[index] = "only reached through build tooling " + (toolingProjects[index].map { "\(components[index].displayName) (\($0))" }
                ?? components[index].displayName)
        }
        // The dependencies at the end of a build-time edge are tools of their own, named after their parent.
        for (edge, why) in buildTimeEdges.sorted(by: { ($0.key.to, $0.key.from) < ($1.key.to, $1.key.from) })
        where tool[edge.to] == nil {
            tool[edge.to] = "only reached through build tooling \(components[edge.to].displayName) (\(why))"
            level.append(edge.to)
        }
        // So are the dependencies a client app's bundle leaves out, named for the package that leaves them out.
        var leftOut: [Int: String] = [:]
        for (edge, why) in browserLeftOut.sorted(by: { ($0.key.to, $0.key.from) < ($1.key.to, $1.key.from) })
        where tool[edge.to] == nil && !shipped[edge.to] && shipped[edge.from] {
            leftOut[edge.to] = why
            tool[edge.to] = "only reached through \(components[edge.to].displayName), which the client app's browser "
                + "build leaves out (\(why))"
            level.append(edge.to)
        }
        var seen = Set(level)
        while !level.isEmpty {
            var next: [Int] = []
            for node in level {
                for child in children[node] where !seen.contains(child) {
                    seen.insert(child)
                    tool[child] = tool[node]
                    next.append(child)
                }
            }
            level = next
        }
        return components.indices.map { index in
            let component = components[index]
            guard component.ships, !component.isFirstParty, !shipped[index],
                  !isTooling(index) else { return nil }
            if let why = leftOut[index] { return "left out of the client app's browser build (\(why))" }
            return tool[index]
        }
    }

    /// The edges a browser build leaves out (`BrowserBuildEdges`), each with words saying why; empty when the
    /// system has no client app.
    private func browserLeftOutEdges() -> [Edge: String] {
        guard !browserOnlyProjects.isEmpty else { return [:] }
        let components = system.components
        var edges: [Edge: String] = [:]
        for (index, component) in components.enumerated() where !component.isFirstParty
            && BrowserBuildEdges.nodeOnly[component.purl.name] != nil {
            for child in children[index] {
                if let why = BrowserBuildEdges.leavesOut(component, components[child]) { edges[Edge(from: index, to: child)] = why }
            }
        }
        return edges
    }

    /// An edge between two components, by position.
    /// The build-time edges, each with words saying why: from a component to a dependency that its technology
    /// rule's `build-time:` names, from any component to a bundler plugin by its name (`BuildPluginName`:
    /// `@sentry/vite-plugin`, `@sentry/bundler-plugin-core`, whatever the rule of its family says), from a
    /// third-party library that is no command-line program itself to one by its name (`@sentry/cli` under
    /// `@sentry/react-router`, which uploads source maps when the app is built), and from a third-party library to a member of a development feature (a
    /// `development-features:` member of the member's rule: a command-line interface library, a file watcher) when
    /// the library is no member of that kind itself. A system's own projects that declare such a member keep it
    /// (their code may be a command-line program, a server may watch its configuration), and so does a package that
    /// is a command-line program by its name (`sequelize-cli`, `@angular/cli`) for a command-line member: its parser
    /// runs whenever it runs, so the program's own level decides (a migration CLI run at deployment is `database`).
    private func buildTimeEdges() -> [Edge: String] {
        let components = system.components
        let feature = components.indices.map { index in
            matches[index].technology.flatMap { rule in
                rule.developmentFeatures.isEmpty ? nil : rule.developmentFeatures.kind(
                    ofKey: PurlPattern.key(of: components[index].purl), version: components[index].purl.version)
            }
        }
        // The name tests, once per component rather than once per edge (a package reached from hundreds of others
        // is tested once).
        let plugin = components.map { $0.isFirstParty ? nil : BuildPluginName.bundler(of: $0.purl) }
        let isCommandLine = components.map(Self.isCommandLineProgram)
        var edges: [Edge: String] = [:]
        for (index, component) in components.enumerated() where !children[index].isEmpty {
            let rule = matches[index].technology
            let scripts = Self.scriptOnlyDependencies(of: component)
            let unused = Self.unusedDependencies(of: component)
            for child in children[index] {
                // The child's name only where a project's evidence names dependencies: making it for every edge of
                // every library was most of this function's cost (issue 17).
                let childName = scripts.isEmpty && unused.isEmpty ? nil : components[child].displayName
                if let childName, let evidence = scripts[childName] {
                    edges[Edge(from: index, to: child)] = Self.scriptOnlyExplanation(evidence, project: component.displayName)
                } else if let childName, let evidence = unused[childName] {
                    edges[Edge(from: index, to: child)] = "unused by \(component.displayName): \(evidence)"
                } else if let buildTime = rule?.buildTime, buildTime.covers(from: component.purl, to: components[child].purl) {
                    edges[Edge(from: index, to: child)] = "a build-time dependency of \(component.displayName) by rule "
                        + "\(rule?.id ?? ""): \(buildTime.source)"
                } else if let plugin = plugin[child] {
                    edges[Edge(from: index, to: child)] = "a bundler plugin by its name (\(plugin)): a bundler or "
                        + "compiler loads it only while building"
                } else if !component.isFirstParty, !isCommandLine[index], isCommandLine[child] {
                    edges[Edge(from: index, to: child)] = "a command-line program by its name, which the library "
                        + "\(component.displayName) runs only from its own scripts or build steps"
                } else if let kind = feature[child], feature[index] != kind, !component.isFirstParty,
                          kind != .commandLine || !isCommandLine[index] {
                    let library = matches[child].technology?.id ?? ""
                    let words = kind.explanation
                    edges[Edge(from: index, to: child)] = "\(words.feature) of \(component.displayName): "
                        + "\(words.member) by rule \(library), which a package needs \(words.use)"
                }
            }
        }
        return edges
    }

    /// The dependencies a first-party project's scripts alone use (`Component.scriptOnlyDependenciesProperty`), each
    /// with its evidence: the script that runs it, or the script and the build-time file that imports it.
    private static func scriptOnlyDependencies(of component: Component) -> [String: String] {
        guard component.isFirstParty, let value = component.properties[Component.scriptOnlyDependenciesProperty]
        else { return [:] }
        return DependencyEvidenceList.dependencies(in: value)
    }

    /// The dependencies of a first-party project that nothing uses (`Component.unusedDependenciesProperty`), each
    /// with its evidence.
    private static func unusedDependencies(of component: Component) -> [String: String] {
        guard component.isFirstParty, let value = component.properties[Component.unusedDependenciesProperty]
        else { return [:] }
        return DependencyEvidenceList.dependencies(in: value)
    }

    /// Why a dependency that only a project's build scripts use is build time, from the cataloger's evidence: the
    /// script that runs its executable (`prebuild`), or the script and the build-time file that imports it
    /// (`build:data via scripts/make-data.js`).
    private static func scriptOnlyExplanation(_ evidence: String, project: String) -> String {
        guard let via = evidence.range(of: " via ") else {
            return "run only by the \(evidence) script of \(project): a script names its executable and no source file "
                + "of the project imports it"
        }
        return "used only by the \(evidence[..<via.lowerBound]) script of \(project): only files that build scripts "
            + "run, or that only such files import, import it (\(evidence[via.upperBound...])), and no file that ships "
            + "imports it"
    }

    /// Whether a package is a command-line program by its name: its last word is `cli` (`sequelize-cli`,
    /// `@angular/cli`), while `cli-highlight` or `cli-table3` are libraries for command-line programs.
    private static func isCommandLineProgram(_ component: Component) -> Bool {
        NameWords.of(component.purl.name).last == "cli"
    }
}
