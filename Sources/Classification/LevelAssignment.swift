import SovScanModel

/// Decides the stack level of every component of a system, in this order:
/// 1. a component in a scope that does not ship (test, dev) is `development-tooling`, and so is a Maven archive of
///    sources or documentation (`sourceArchiveClassifier`: classifier `sources`, `javadoc`, `jaxb-sources`);
/// 2. a technology rule with a level decides, unless the component is only reached through build tooling (3), or
///    runs a project's program where the system runs, or is loaded by what does (`ProgramRunnerTrees`: tsx in
///    Dockge's `start` script, with its esbuild), where a rule's `development-tooling` becomes
///    `programming-language`, the language's run time; a
///    rule without a level whose `products:` give the products the project links a level decides with that level
///    (`ProductLevels`: an app linking only Firebase's Analytics, Crashlytics and App Check uses it for operations);
/// 3. a component that the system's shipping code does not reach except through a component at
///    `development-tooling` (Metro, the Expo CLI, a bundler) or through one of its own test, documentation or
///    build-tools projects (`ToolingProject`: a Maven `integrationtest` module, a SwiftPM `BuildTools` package), but
///    such a tool does reach, is `development-tooling`: it runs at build time, whatever its own rule or scope says
///    (Express under the Expo CLI, OkHttp in a module that only holds a generated client for integration tests);
///    so is what a browser-only client app reaches only through a dependency its bundle leaves out
///    (`BrowserBuildEdges`: axios' form-data), unless a server's code reaches it too;
/// 4. a direct Maven dependency that its POM declares in place of the version another direct dependency brings
///    (`ReplacedExclusionLevel`: excluded from it and declared beside it) takes that dependency's level by rule;
///    a direct third-party dependency without a level takes the level that at least two of its own shipping
///    dependencies have by rule, when more of them have it than all other levels together (a telemetry wrapper over
///    OpenTelemetry and Azure Monitor is `ops-support`); else, when only Maven modules that keep the deployment's
///    configuration in step declare it (`ModuleRole`: eHDSI's `configuration-synchronizer`) or npm projects that are
///    infrastructure code (`ProvisioningProject`: an AWS CDK app), `ops-support`, as for such a project itself;
///    otherwise, and for other first-party code, its ecosystem's default: npm and Swift are
///    `frontend` when the project that declares it is a client app, else `backend` (`AppKind` weighs the
///    project's evidence: server frameworks such as Express or NestJS, client frameworks such as react-dom or
///    Angular (also when declared for development only, as bundled apps do), a first-party client-app marker, the
///    rule levels of its other dependencies); a Swift dependency whose using targets are known follows their side
///    (`Component.targetSideProperty`, from `Package.swift` targets: client features or a server), and so does an
///    npm dependency of a full-stack project that only the server's or only the user interface's files import
///    (`Component.importSideProperty`, when no other first-party project declares it); an npm package
///    that a bundled user interface ships although it was declared for development
///    (`Component.bundledIntoInterfaceProperty`) is `frontend`; a dependency that no first-party project declares
///    or pins follows the
///    weighed evidence of all direct dependencies of its ecosystem;
///    Maven is `backend`; container images are `platform`; CI/CD building blocks are `ops-support`; other
///    components (Terraform providers count through their binding) get no level, nor do services
///    (`Component.serviceProperty`, such as hosted CI runners), which count through their binding;
/// 5. a transitive dependency without one takes the level of the closest direct dependencies that bring it in
///    (fewest edges in the dependency graph); among several at that distance the most common level wins, ties by
///    the order of the levels in DESIGN section 4. Direct dependencies at `development-tooling` are only
///    considered when no other direct dependency reaches the component;
/// 6. a transitive dependency that no direct dependency reaches takes its ecosystem's default (4); a lockfile's pin
///    that no manifest connects first takes the level its package has at another version by rule or linked products
///    (`SamePackagePins`, with the pins stated below it), then the level that every declared package its lockfile
///    pins shares (`UnconnectedPins`), and when they disagree its default's decision says so.
///
/// All steps see the graph with the edges that technology rules state for such pins (`KnownDependencyEdges`: a pin
/// that a third-party package of its lockfile is known to depend on hangs off that package, not off the project), so
/// the pin inherits (5) or is reached only through build tooling (3) as if the package's manifest had been read.
///
/// A component that inherits its level (5) has no level of its own: it also counts under the technology of the
/// direct dependency it inherits from (`inheritedFrom`), so utility families do not become technologies at the
/// level of whatever pulls them in (issue 15, pattern 8).
struct LevelAssignment {
    let system: SystemInventory
    let matches: [RuleMatch]
    /// The system's dependency graph by position, shared with the classifier's other steps.
    let graph: ComponentGraph

    /// Each component's level with its decision, and for those that inherited it, the position of the direct
    /// dependency they inherited it from (the first by purl among the closest).
    struct Result {
        var levels: [(StackLevel?, Decision)]
        var inheritedFrom: [Int?]
        /// The positions of the system's own projects that only serve development (`ToolingProject`).
        var toolingProjects: Set<Int>
        /// The positions of the pins that their parents only resolved and no linked product needs
        /// (`KnownDependencyEdges.Connections.unlinked`), by the words naming the first parent.
        var unlinkedPins: [Int: String]
    }

    /// The names of the direct dependencies a level is inherited from, each once in their order, with how many
    /// versions the system has of it when more than one (Meshtastic's three lockfiles pin CocoaMQTT 2.1.8, 2.2.3 and
    /// 2.2.4: "CocoaMQTT (3 versions)").
    static func originNames(_ origins: [Component]) -> [String] {
        var order: [String] = []
        var versions: [String: Set<String>] = [:]
        for origin in origins {
            if versions[origin.displayName] == nil { order.append(origin.displayName) }
            versions[origin.displayName, default: []].insert(origin.version ?? "")
        }
        return order.map { name in
            let count = versions[name]?.count ?? 1
            return count > 1 ? "\(name) (\(count) versions)" : name
        }
    }

    /// The classifier of a Maven artefact that holds sources or documentation rather than code that runs:
    /// `sources`, `javadoc`, `test-sources` or a generator's sources (NAV's `jaxb-sources` of generated letter
    /// templates); `nil` for any other artefact.
    static func sourceArchiveClassifier(of purl: PackageURL) -> String? {
        guard purl.type == "maven", let classifier = purl.qualifiers["classifier"],
              classifier == "javadoc" || classifier == "sources" || classifier.hasSuffix("-sources") else { return nil }
        return classifier
    }

    func assign() -> Result {
        let components = system.components
        var result = [(StackLevel?, Decision)?](repeating: nil, count: components.count)
        var inheritedFrom = [Int?](repeating: nil, count: components.count)
        // Steps 1 and 2, over the graph with the edges the rules state for pins no manifest connects.
        var children = graph.children
        let connections = KnownDependencyEdges(system: system, matches: matches).connect(&children)
        let stated = connections.why
        // Words for a decision that the stated edge made possible, unless the decision already names that edge.
        func connection(_ index: Int, besides words: String = "") -> String {
            guard let edge = stated[index], !words.contains(edge) else { return "" }
            return "; no manifest connects this pin, but it is \(edge)"
        }
        let roles = ModuleRole.roles(in: system)
        let toolingProjects = ToolingProject.positions(in: system, graph: graph, roles: roles)
        let programRunners = ProgramRunnerTrees(system: system, children: children,
                                                toolingProjects: Set(toolingProjects.keys)).reasons()
        let development = graph.developmentDeclarations(in: system)
        let kinds = appKinds(children: children, roles: roles, development: development)
        let reach = BuildToolingReach(
            system: system, matches: matches, graph: graph, children: children, toolingProjects: toolingProjects,
            programRunners: programRunners, browserOnlyProjects: browserOnlyProjects(kinds, children: children),
            projectsWithoutAppEvidence: Set(kinds.projects.filter { !$0.value.hasEvidence }.keys),
            developmentDeclarations: development
        ).decide()
        let onlyThroughTooling = reach.onlyThroughTooling
        for (index, component) in components.enumerated() {
            if !component.ships {
                result[index] = (.developmentTooling, Decision(
                    fact: "level", value: StackLevel.developmentTooling.rawValue,
                    reason: "scope '\(component.scope.rawValue)' does not ship"))
            } else if let classifier = Self.sourceArchiveClassifier(of: component.purl) {
                result[index] = (.developmentTooling, Decision(
                    fact: "level", value: StackLevel.developmentTooling.rawValue,
                    reason: "a Maven archive of source or documentation (classifier '\(classifier)'), which a build "
                        + "reads or a developer looks at: no code of it runs"))
            } else if let runner = programRunners[index],
                      matches[index].technology?.level == .developmentTooling || onlyThroughTooling[index] != nil {
                // What runs the program where the system runs is no build tool, whatever its rule or name says
                // (a Babel plugin that `@babel/register` loads at start).
                let rule = matches[index].technology
                result[index] = (.programmingLanguage, Decision(
                    fact: "level", value: StackLevel.programmingLanguage.rawValue,
                    reason: "the language's run time, not a tool: \(runner)"
                        + (rule.map { "; technology \($0.name) is development tooling only where it builds" }
                            ?? "; a compiler plugin builds only where no runner loads it"),
                    rule: rule?.id, location: rule?.location))
            } else if let reach = onlyThroughTooling[index] {
                result[index] = (.developmentTooling, Decision(
                    fact: "level", value: StackLevel.developmentTooling.rawValue,
                    reason: "\(reach)\(connection(index, besides: reach))"))
            } else if let rule = matches[index].technology, let level = rule.level {
                result[index] = (level, Decision(fact: "level", value: level.rawValue,
                                                 reason: "level of technology \(rule.name)",
                                                 rule: rule.id, location: rule.location))
            } else if let rule = matches[index].technology, let products = rule.products,
                      let (level, linked) = products.level(linked: component.properties[Component.linkedProductsProperty]) {
                result[index] = (level, Decision(
                    fact: "level", value: level.rawValue,
                    reason: "the products of technology \(rule.name) that the project links "
                        + "(\(linked.joined(separator: ", "))) serve \(level.rawValue) (\(products.source))",
                    rule: rule.id, location: rule.location))
            }
        }
        let byRuleOrProducts = result
        // Step 4: from what a direct dependency uses, else the ecosystem's default.
        for (index, component) in components.enumerated() where result[index] == nil
            && (component.isDirect || component.isFirstParty) && component.properties[Component.serviceProperty] == nil {
            result[index] = component.isFirstParty ? nil
                : ReplacedExclusionLevel.level(of: index, in: system, decided: byRuleOrProducts)
                    ?? levelOfWhatItUses(index, children: children)
            if result[index] == nil, let tool = kinds.operationsTool(of: index) {
                result[index] = (.opsSupport, Decision(
                    fact: "level", value: StackLevel.opsSupport.rawValue,
                    reason: component.isFirstParty
                        ? "\(tool.kind) by \(tool.evidence): operations support"
                        : "declared only by \(tool.kind) \(tool.name) (by \(tool.evidence)): operations support"))
            }
            if result[index] == nil, !component.isFirstParty, let technology = matches[index].technology {
                result[index] = levelOfDeclaringProject(component, technology: technology.name,
                                                        kind: kinds.of(index, component),
                                                        side: sideOfUsingCode(index, kinds: kinds))
            }
            if result[index] == nil {
                result[index] = ecosystemDefault(component, kind: kinds.of(index, component),
                                                 side: sideOfUsingCode(index, kinds: kinds),
                                                 why: component.isFirstParty ? "first-party code" : "direct dependency")
            }
        }
        // Step 5: first from direct dependencies that ship outside development tooling, then from the rest; along the
        // edges that run (a package's build-time dependency runs with its CLI, not with the package), else along any.
        let levels = result.map { $0?.0 }
        let undecided = result.map { $0 == nil }
        let fromShipping = inheritance(levels: levels, children: reach.runningChildren, wanted: undecided,
                                       throughTools: false) { $0 != .developmentTooling }
        let stillUndecided = components.indices.map { undecided[$0] && fromShipping[$0] == nil }
        let fromAny = stillUndecided.contains(true)
            ? inheritance(levels: levels, children: children, wanted: stillUndecided, throughTools: true) { _ in true }
            : fromShipping
        // Pins no manifest connects and nothing above reaches, of a package the system uses at another version.
        let samePackage = SamePackagePins(system: system).levels(
            decided: byRuleOrProducts, undecided: components.indices.map { result[$0] == nil && fromAny[$0] == nil },
            children: children)
        // Built at the first pin no manifest connects: Maven and npm systems have none.
        var unconnected: UnconnectedPins?
        for (index, component) in components.enumerated() where result[index] == nil {
            if component.properties[Component.serviceProperty] != nil {
                result[index] = (nil, Decision(fact: "level", value: "none",
                                               reason: "a provider's service: it counts through its binding"))
            } else if let (level, origins, distance) = fromShipping[index] ?? fromAny[index] {
                let distinct = Self.originNames(origins.map { components[$0] })
                let names = distinct.prefix(3).joined(separator: ", ")
                let more = distinct.count > 3 ? " and \(distinct.count - 3) more" : ""
                result[index] = (level, Decision(
                    fact: "level", value: level.rawValue,
                    reason: "inherited from direct dependency \(names)\(more) at distance \(distance)"
                        + connection(index)))
                inheritedFrom[index] = origins.first
            } else if let decided = samePackage[index] {
                result[index] = decided
            } else if UnconnectedPins.isUnconnected(component) {
                // Step 6, for a pin no manifest connects: the level of the packages declared beside it, if one.
                let pins = unconnected ?? UnconnectedPins(system: system)
                unconnected = pins
                let beside = pins.level(of: index, levels: levels)
                var decided = beside.decided ?? ecosystemDefault(component, kind: kinds.of(index, component),
                                                                 side: sideOfUsingCode(index, kinds: kinds),
                                                                 why: beside.why)
                decided.1.reason += stated[index].map { "; it is \($0)" } ?? ""
                result[index] = decided
            } else {
                // Step 6.
                result[index] = ecosystemDefault(component, kind: kinds.of(index, component),
                                                 side: sideOfUsingCode(index, kinds: kinds),
                                                 why: "no direct dependency brings it in")
            }
        }
        if let host = platformHost() {
            // What a platform's Swift packages serve as server-side code is that platform.
            for (index, component) in components.enumerated()
            where component.ecosystem == .swift && !component.isFirstParty {
                guard let (level, decision) = result[index], level == .backend else { continue }
                result[index] = (.platform, Decision(
                    fact: "level", value: StackLevel.platform.rawValue,
                    reason: decision.reason + "; the system is a platform that runs virtual machines or containers "
                        + "(\(host)), so its server-side code is that platform",
                    rule: decision.rule, location: decision.location))
            }
        }
        return Result(levels: result.map { $0 ?? (nil, Decision(fact: "level", value: "none", reason: "no rule")) },
                      inheritedFrom: inheritedFrom, toolingProjects: Set(toolingProjects.keys),
                      unlinkedPins: stated.filter { connections.unlinked.contains($0.key) })
    }

    /// The words of a Swift project's `Component.platformHostProperty` (`VirtualizationHost`: its code runs virtual
    /// machines or containers) when the system has one and no Swift client app; `nil` otherwise.
    private func platformHost() -> String? {
        let projects = system.components.filter { $0.isFirstParty && $0.ecosystem == .swift }
        guard !projects.contains(where: { $0.properties[Component.clientAppProperty] != nil }) else { return nil }
        return projects.lazy.compactMap { component in
            component.properties[Component.platformHostProperty].map { "\(component.displayName) \($0)" }
        }.first
    }

    /// The level that at least two of a direct dependency's own shipping dependencies have by rule, and more of them
    /// than all other levels together (development tooling left out), with the decision naming them: a wrapper such
    /// as a telemetry client serves the level of what it wraps. `nil` without such a majority: one dependency with
    /// a level is too weak a sign (a finance client that also speaks MCP is no middleware).
    private func levelOfWhatItUses(_ index: Int, children: [[Int]]) -> (StackLevel?, Decision)? {
        let components = system.components
        var named: [StackLevel: [String]] = [:]
        for child in children[index] where components[child].ships && !components[child].isFirstParty {
            guard let level = matches[child].technology?.level, level != .developmentTooling else { continue }
            named[level, default: []].append(components[child].displayName)
        }
        let total = named.values.reduce(0) { $0 + $1.count }
        guard let (level, names) = named.max(by: { left, right in
            left.value.count != right.value.count ? left.value.count < right.value.count : left.key > right.key
        }), names.count >= 2, names.count * 2 > total else { return nil }
        let sorted = names.sorted()
        let list = sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? " and \(sorted.count - 3) more" : "")
        return (level, Decision(fact: "level", value: level.rawValue,
                                reason: "direct dependency without a rule level; the level of what it uses (\(list))"))
    }

    /// Whether each first-party project, and each ecosystem as a whole, is a client or a server app.
    private struct Kinds {
        /// By first-party component index.
        var projects: [Int: AppKind]
        /// For dependencies that no first-party project declares: all direct dependencies of the ecosystem.
        var ecosystems: [Ecosystem: AppKind]
        /// The first-party projects that declare or pin each component (a SwiftPM package's `Package.resolved`
        /// pins its whole tree).
        var declaredBy: [[Int]]
        /// The first-party projects that serve operations: Maven modules that keep the deployment's configuration
        /// in step (`ModuleRole`) and npm projects that are infrastructure as code (`ProvisioningProject`).
        var operationsTools: [Int: OperationsTool]

        /// The operations tool a component is, or the one that alone declares it (the first by position when
        /// several do); `nil` when a project of another kind declares it too.
        func operationsTool(of index: Int) -> OperationsTool? {
            if let own = operationsTools[index] { return own }
            let declaring = declaredBy[index]
            guard !declaring.isEmpty, declaring.allSatisfy({ operationsTools[$0] != nil }) else { return nil }
            return operationsTools[declaring[0]]
        }

        /// The kind that decides a component's default: its own (first-party), the one of the projects declaring
        /// it (client only if all of them are clients), else its ecosystem's.
        func of(_ index: Int, _ component: Component) -> AppKind? {
            if let own = projects[index] { return own }
            let declaring = declaredBy[index].compactMap { projects[$0] }
            if let server = declaring.first(where: { !$0.isClient }) { return server }
            if let client = declaring.first { return client }
            return ecosystems[component.ecosystem]
        }
    }

    /// A first-party project that serves operations, for the explanation of its level and of what only it declares.
    private struct OperationsTool {
        /// The project's name.
        var name: String
        /// What kind of tool it is: "configuration tooling", "infrastructure code".
        var kind: String
        /// The words that say so: "its POM's artifactId 'configuration-synchronizer'", "its dependency aws-cdk-lib".
        var evidence: String
    }

    /// The kinds of the first-party projects and ecosystems over `children`, and the operations tools among them
    /// (configuration tooling by the Maven modules' `roles`, infrastructure code by `ProvisioningProject`);
    /// `development` holds the edges by which a project declares a dependency for development only.
    private func appKinds(children: [[Int]], roles: [Int: ModuleRole],
                          development: Set<ComponentGraph.Edge>) -> Kinds {
        let components = system.components
        var declaredBy = [[Int]](repeating: [], count: components.count)
        var projects: [Int: AppKind] = [:]
        var operationsTools: [Int: OperationsTool] = [:]
        var evidence: [Ecosystem: [(name: String, ruleLevel: StackLevel?)]] = [:]
        var markers: [Ecosystem: String] = [:]
        func shipping(_ index: Int) -> Bool {
            components[index].ships && !components[index].isFirstParty
                && matches[index].technology?.level != .developmentTooling
        }
        // An npm project does not declare for running what it declares only for development and does not ship
        // itself: a test workspace's devDependency that the app ships through its own tree says nothing of where
        // the test workspace runs. A framework in `devDependencies` that the project's own runtime tree ships
        // (Next.js beside the packages that need it as a peer) still counts.
        var developmentOfShipping: [Int: Set<Int>] = [:]
        for edge in development where components[edge.from].ecosystem == .npm && components[edge.to].ships {
            developmentOfShipping[edge.from, default: []].insert(edge.to)
        }
        for (index, component) in components.enumerated() where component.isFirstParty {
            let declaredForDevelopment = developmentOfShipping[index] ?? []
            let shipsItself = graph.shippingReach(from: index, among: declaredForDevelopment)
            func forDevelopment(_ child: Int) -> Bool {
                declaredForDevelopment.contains(child) && !shipsItself.contains(child)
            }
            let forRunning = children[index].filter { !forDevelopment($0) }
            if case .configurationTooling(let words) = roles[index] {
                operationsTools[index] = OperationsTool(name: component.displayName, kind: "configuration tooling",
                                                        evidence: words)
            }
            let marker = component.properties[Component.clientAppProperty]
            if let marker, markers[component.ecosystem] == nil { markers[component.ecosystem] = marker }
            for child in forRunning where shipping(child) { declaredBy[child].append(index) }
            let declared = forRunning.filter { shipping($0) && components[$0].isDirect }
            let builtWith = children[index].filter {
                components[$0].isDirect && (!components[$0].ships || forDevelopment($0))
            }
            if component.ecosystem == .npm,
               let words = ProvisioningProject.evidence(dependencies: declared.map { Self.packageName(components[$0]) },
                                                        developmentDependencies: builtWith.map { Self.packageName(components[$0]) }) {
                operationsTools[index] = OperationsTool(name: component.displayName, kind: "infrastructure code",
                                                        evidence: words)
            }
            projects[index] = AppKind.weigh(marker: marker, dependencies: declared.map {
                (Self.packageName(components[$0]), matches[$0].technology?.level)
            }, developmentDependencies: builtWith.map { Self.packageName(components[$0]) })
        }
        // A workspace library without evidence of its own runs where the first-party projects declaring it run
        // (decided from the weighed kinds only, so the order of the projects does not matter).
        let weighed = projects
        let firstParty = weighed.keys.sorted()
        var firstPartyParents: [Int: [Int]] = [:]
        for parent in firstParty {
            for child in children[parent] where child != parent && weighed[child] != nil
                && firstPartyParents[child]?.last != parent {
                firstPartyParents[child, default: []].append(parent)
            }
        }
        for index in firstParty where weighed[index]?.hasEvidence == false {
            let declarers = (firstPartyParents[index] ?? [])
                .compactMap { parent in weighed[parent].map { (name: Self.packageName(components[parent]), kind: $0) } }
            if let library = AppKind.library(declaredBy: declarers) { projects[index] = library }
        }
        for (index, component) in components.enumerated() where component.isDirect && shipping(index) {
            evidence[component.ecosystem, default: []].append((Self.packageName(component),
                                                               matches[index].technology?.level))
        }
        var ecosystems: [Ecosystem: AppKind] = [:]
        for ecosystem in Set(evidence.keys).union(markers.keys) {
            ecosystems[ecosystem] = AppKind.weigh(marker: markers[ecosystem], dependencies: evidence[ecosystem] ?? [])
        }
        return Kinds(projects: projects, ecosystems: ecosystems, declaredBy: declaredBy,
                     operationsTools: operationsTools)
    }

    /// The client apps whose bundle is all that runs of them: no dependency runs their code in Node too
    /// (`BrowserBuildEdges.isBrowserOnly`), and no project of the system builds a desktop app
    /// (`BrowserBuildEdges.desktopBuilders`).
    private func browserOnlyProjects(_ kinds: Kinds, children: [[Int]]) -> Set<Int> {
        let components = system.components
        let buildsDesktopApp = components.indices.contains { index in
            components[index].isFirstParty && children[index].contains {
                BrowserBuildEdges.desktopBuilders.contains(Self.packageName(components[$0]))
            }
        }
        guard !buildsDesktopApp else { return [] }
        return Set(kinds.projects.compactMap { index, kind in
            kind.isClient && BrowserBuildEdges.isBrowserOnly(
                dependencies: children[index].map { Self.packageName(system.components[$0]) }) ? index : nil
        })
    }

    /// The registry name AppKind's lists use: `@scope/name` for npm, `host/owner/name` for Swift, else the name.
    static func packageName(_ component: Component) -> String {
        switch component.ecosystem {
        case .npm, .swift: component.purl.namespace.map { "\($0)/\(component.purl.name)" } ?? component.purl.name
        case .maven, .generic, .container, .ci, .terraform: component.purl.name
        }
    }

    /// A direct dependency whose technology rule gives no level (in-process logging such as SLF4J or winston,
    /// utility families) counts at the level of the project that declares it: `frontend` in a client app, else
    /// `backend`. The rule decided that, so the decision names the rule, not an ecosystem default. `nil` for
    /// ecosystems without such projects (container images, CI, Terraform), which keep their defaults.
    private func levelOfDeclaringProject(_ component: Component, technology: String, kind: AppKind?,
                                         side: (level: StackLevel, description: String)?) -> (StackLevel?, Decision)? {
        let level: StackLevel
        let project: String
        if let side {
            (level, project) = (side.level, side.description)
        } else if let bundled = bundledInterface(component) {
            (level, project) = (.frontend, bundled)
        } else {
            switch component.ecosystem {
            case .npm, .swift:
                level = kind?.isClient == true ? .frontend : .backend
                project = kind?.summary ?? "no frontend app"
            case .maven:
                level = .backend
                project = "a Maven project"
            case .container, .ci, .terraform, .generic:
                return nil
            }
        }
        return (level, Decision(fact: "level", value: level.rawValue,
                                reason: "technology \(technology) has no level of its own; the level of the project "
                                    + "that declares it (\(project))"))
    }

    /// The level of the side that the code using a dependency runs on, with words naming that side and its
    /// evidence; `nil` when that code is not known. For Swift, the SwiftPM targets that use it
    /// (`Component.targetSideProperty`, from `Package.swift`: an app's feature targets or a server); for npm, the
    /// source files of a full-stack project that import it (`Component.importSideProperty`: only the server's, or
    /// only the user interface's), when that project is the only first-party project declaring it (another one's
    /// use is not known). The using code's side is stronger evidence than the project as a whole.
    private func sideOfUsingCode(_ index: Int, kinds: Kinds) -> (level: StackLevel, description: String)? {
        let component = system.components[index]
        let properties = component.properties
        switch component.ecosystem {
        case .swift:
            guard let side = properties[Component.targetSideProperty] else { return nil }
            let client = side == "client"
            return (client ? .frontend : .backend, "the \(client ? "client" : "server") side of the targets that use it: "
                        + (properties[Component.targetEvidenceProperty] ?? ""))
        case .npm:
            guard let side = properties[Component.importSideProperty], kinds.declaredBy[index].count == 1 else {
                return nil
            }
            let client = side == "client"
            return (client ? .frontend : .backend, "the \(client ? "client" : "server") side of the full-stack project's "
                        + "files that import it: " + (properties[Component.importEvidenceProperty] ?? ""))
        case .maven, .container, .ci, .terraform, .generic:
            return nil
        }
    }

    /// Words naming the bundled user interface that ships an npm package declared for development
    /// (`Component.bundledIntoInterfaceProperty`), with its evidence; `nil` for any other component. Such a package
    /// runs in the browser, also in a project whose server makes its other dependencies `backend`.
    private func bundledInterface(_ component: Component) -> String? {
        guard component.ecosystem == .npm, let evidence = component.properties[Component.bundledIntoInterfaceProperty]
        else { return nil }
        return "a package bundled into the user interface (\(evidence))"
    }

    private func ecosystemDefault(_ component: Component, kind: AppKind?, side: (level: StackLevel, description: String)?,
                                  why: String) -> (StackLevel?, Decision) {
        let level: StackLevel?
        let reason: String
        if let side {
            return (side.level, Decision(fact: "level", value: side.level.rawValue,
                                         reason: "\(why); \(component.ecosystem.rawValue) default for \(side.description)"))
        }
        if let bundled = bundledInterface(component) {
            return (.frontend, Decision(fact: "level", value: StackLevel.frontend.rawValue,
                                        reason: "\(why); npm default for \(bundled)"))
        }
        switch component.ecosystem {
        case .npm, .swift:
            if let kind, kind.isClient {
                level = .frontend
                reason = "\(why); \(component.ecosystem.rawValue) default in a \(kind.summary)"
            } else {
                level = .backend
                reason = "\(why); \(component.ecosystem.rawValue) default outside a frontend app"
                    + (kind.map { ": \($0.summary)" } ?? "")
            }
        case .maven:
            level = .backend
            reason = "\(why); Maven default"
        case .container:
            level = .platform
            reason = "\(why); container image default (the image the system runs on)"
        case .ci:
            level = .opsSupport
            reason = "\(why); CI/CD default"
        case .terraform, .generic:
            level = nil
            reason = "\(why); no default for this ecosystem"
        }
        return (level, Decision(fact: "level", value: level?.rawValue ?? "none", reason: reason))
    }

    /// For every `wanted` component, the level inherited from the closest direct dependencies that reach it, the
    /// indices of those direct dependencies (sorted by purl) and the distance. A breadth-first search from all direct
    /// third-party dependencies whose level passes `source` at once; each node keeps the set of origins first
    /// reaching it. Unless `throughTools`, the search does not continue below a component whose level is development
    /// tooling.
    private func inheritance(levels: [StackLevel?], children: [[Int]], wanted: [Bool], throughTools: Bool,
                             source: (StackLevel) -> Bool) -> [(StackLevel, [Int], Int)?] {
        let components = system.components
        var distance = [Int](repeating: -1, count: components.count)
        var origins = [Set<Int>](repeating: [], count: components.count)
        var frontier: [Int] = []
        for (index, component) in components.enumerated()
        where component.isDirect && !component.isFirstParty && levels[index].map(source) == true {
            distance[index] = 0
            origins[index] = [index]
            frontier.append(index)
        }
        var depth = 0
        while !frontier.isEmpty {
            depth += 1
            var next: [Int] = []
            // A development tool's dependencies run with the tool, at build time: unless asked to, the search does
            // not pass through one (Expo's prebuild config under expo-splash-screen passes nothing of the app on).
            for node in frontier where throughTools || levels[node] != .developmentTooling {
                for child in children[node] {
                    if distance[child] == -1 {
                        distance[child] = depth
                        next.append(child)
                    }
                    if distance[child] == depth { origins[child].formUnion(origins[node]) }
                }
            }
            frontier = next
        }
        return components.indices.map { index -> (StackLevel, [Int], Int)? in
            guard wanted[index], distance[index] > 0, !origins[index].isEmpty else { return nil }
            var counts: [StackLevel: Int] = [:]
            for origin in origins[index] { if let level = levels[origin] { counts[level, default: 0] += 1 } }
            guard let level = counts.max(by: { left, right in
                left.value != right.value ? left.value < right.value : left.key > right.key
            })?.key else { return nil }
            // Components are sorted by purl, so index order is purl order.
            let sources = origins[index].filter { levels[$0] == level }.sorted()
            return (level, sources, distance[index])
        }
    }
}
