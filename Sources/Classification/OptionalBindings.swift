import SovScanModel

/// Finds the bindings a system can do without: a binding rule with `alternatives:` (Rules/bindings.yml) whose SDK
/// every project that declares it declares beside the SDKs of at least two open alternatives for the same role (a
/// choice among several; beside one, the two may be stores the system uses together: a legacy archive in Oracle
/// beside the PostgreSQL database, a MongoDB event store beside PostgreSQL). Openfire's
/// server declares Oracle's and Microsoft's JDBC drivers beside those of PostgreSQL, MySQL, MariaDB and HSQLDB, and
/// the administrator picks the database at setup; Uptime Kuma declares the SQL Server and Oracle clients beside
/// `pg` and `mysql2` for the databases its monitors check. Such a binding is optional: reported with the
/// alternatives, not counted as lock-in (issue 15, tenth session).
///
/// A binding stays a binding when a project declares its SDK without two alternatives (NAV's services declare only
/// Oracle's driver), when only a third-party package brings the SDK in (no project chose it), and when the other SDK
/// serves the same platform (jTDS beside Microsoft's driver is another driver for SQL Server).
///
/// A binding with `s3-clients:` is optional, too, where every project that declares a package of its platform
/// declares only the S3-only packages and points them at an endpoint of its own (`Component.s3EndpointProperty`, set
/// by the npm, Maven and SwiftPM catalogers): any S3-compatible store serves it (issue 15, fifteenth and sixteenth
/// samples; the labels' convention since set 9).
///
/// The system's own projects that only serve development by their own name (`ToolingProject`: Karakeep's
/// `e2e_tests`, whose tests read the S3 store directly) declare nothing that the system runs, so neither check asks
/// them. A binding errs on the side of binding: a project that is tooling only by the folder it lies in is still
/// asked (Dataverse's zip downloader in `scripts/zipdownload`, a service it deploys beside the application).
struct OptionalBindings {
    let system: SystemInventory
    let matches: [RuleMatch]
    /// The system's dependency graph by position, shared with the classifier's other steps.
    let graph: ComponentGraph
    /// The positions of the system's own projects that only serve development (`ToolingProject`); those whose own
    /// name says so (`ToolingProject.isToolingName`) are left out.
    var toolingProjects: Set<Int> = []

    /// How many open alternatives a project must declare beside the SDK.
    static let minimumAlternatives = 2

    /// The package ecosystems: where an S3 client's configuration is read. A binding found in another (a Terraform
    /// provider, an image registry) ties the system whatever endpoint the code names.
    static let packageEcosystems: Set<Ecosystem> = [.npm, .maven, .swift]

    /// By binding rule id, the optional bindings of the system; empty when no rule with alternatives or S3 clients
    /// matched.
    func find() -> [String: OptionalBinding] {
        let components = system.components
        var candidates: [String: BindingRule] = [:]
        for (index, match) in matches.enumerated() where components[index].ships {
            if let rule = match.binding, rule.alternatives != nil || rule.s3Clients != nil { candidates[rule.id] = rule }
        }
        guard !candidates.isEmpty else { return [:] }
        // The shipping third-party packages each first-party project declares in a shipping scope, by position.
        var declared: [Int: [Int]] = [:]
        let leftOut = toolingProjects.filter { ToolingProject.isToolingName(components[$0].purl.name) }
        for (index, component) in components.enumerated() where component.isFirstParty && !leftOut.contains(index) {
            let children = graph.shippingDependencies(of: index).filter { !components[$0].isFirstParty && components[$0].ships }
            if !children.isEmpty { declared[index] = children }
        }
        var found: [String: OptionalBinding] = [:]
        for (id, rule) in candidates {
            if let alternatives = rule.alternatives, let choice = choice(among: alternatives, of: id, declared: declared) {
                found[id] = choice
            } else if let clients = rule.s3Clients,
                      let s3 = configuredS3Endpoints(rule, clients, candidates: candidates, declared: declared) {
                found[id] = s3
            }
        }
        return found
    }

    /// The optional binding of rule `id` when every project that declares its SDK declares at least
    /// `minimumAlternatives` of `alternatives` beside it; `nil` otherwise.
    private func choice(among alternatives: BindingAlternatives, of id: String,
                        declared: [Int: [Int]]) -> OptionalBinding? {
        var names = Set<String>()
        var declaringProjects = 0
        for (_, children) in declared where children.contains(where: { matches[$0].binding?.id == id }) {
            declaringProjects += 1
            let open = children.filter { isAlternative($0, in: alternatives) }
            if open.count < Self.minimumAlternatives { return nil }
            names.formUnion(open.map { system.components[$0].displayName })
        }
        guard declaringProjects > 0 else { return nil }
        return OptionalBinding(role: alternatives.role, alternatives: names.sorted(), sources: alternatives.sources)
    }

    /// The optional binding of `rule` when the system's projects point their S3 clients at endpoints of their own:
    /// every first-party project that declares a package bound to the rule's platform declares only S3-only packages
    /// among those (`clients`, or those of another matched rule of the platform) and carries
    /// `Component.s3EndpointProperty`, and nothing outside the package ecosystems binds the platform; `nil` otherwise.
    private func configuredS3Endpoints(_ rule: BindingRule, _ clients: S3ClientPackages,
                                       candidates: [String: BindingRule], declared: [Int: [Int]]) -> OptionalBinding? {
        let components = system.components
        let patterns = candidates.values.filter { $0.platform == rule.platform }.flatMap { $0.s3Clients?.patterns ?? [] }
        var endpoints: [String] = []
        for (project, children) in declared {
            let bound = children.filter { matches[$0].binding?.platform == rule.platform }
            guard !bound.isEmpty else { continue }
            guard let endpoint = components[project].properties[Component.s3EndpointProperty],
                  bound.allSatisfy({ isMatched($0, by: patterns) }) else { return nil }
            endpoints.append(endpoint)
        }
        guard !endpoints.isEmpty, components.indices.allSatisfy({ index in
            matches[index].binding?.platform != rule.platform || Self.packageEcosystems.contains(components[index].ecosystem)
        }) else { return nil }
        return OptionalBinding(role: clients.role, alternatives: clients.alternatives, sources: clients.sources,
                               endpoints: endpoints.sorted())
    }

    /// Whether a component is one of the open alternatives: its purl matches the rule's alternatives and no binding
    /// rule binds it.
    private func isAlternative(_ index: Int, in alternatives: BindingAlternatives) -> Bool {
        matches[index].binding == nil && isMatched(index, by: alternatives.patterns)
    }

    /// Whether one of `patterns` matches the component at `index` (its purl and version).
    private func isMatched(_ index: Int, by patterns: [PatternSpec]) -> Bool {
        let purl = system.components[index].purl
        let key = PurlPattern.key(of: purl)
        return patterns.contains { $0.matches(key: key, version: purl.version) }
    }
}
