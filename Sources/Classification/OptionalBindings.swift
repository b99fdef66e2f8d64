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
struct OptionalBindings {
    let system: SystemInventory
    let matches: [RuleMatch]
    /// The system's dependency graph by position, shared with the classifier's other steps.
    let graph: ComponentGraph

    /// How many open alternatives a project must declare beside the SDK.
    static let minimumAlternatives = 2

    /// By binding rule id, the optional bindings of the system; empty when no rule with alternatives matched.
    func find() -> [String: OptionalBinding] {
        let components = system.components
        var candidates: [String: BindingRule] = [:]
        for (index, match) in matches.enumerated() where components[index].ships {
            if let rule = match.binding, rule.alternatives != nil { candidates[rule.id] = rule }
        }
        guard !candidates.isEmpty else { return [:] }
        // The shipping third-party packages each first-party project declares in a shipping scope, by position.
        var declared: [Int: [Int]] = [:]
        for (index, component) in components.enumerated() where component.isFirstParty {
            let children = graph.shippingDependencies(of: index).filter { !components[$0].isFirstParty && components[$0].ships }
            if !children.isEmpty { declared[index] = children }
        }
        var found: [String: OptionalBinding] = [:]
        for (id, rule) in candidates {
            guard let alternatives = rule.alternatives else { continue }
            var names = Set<String>()
            var declaringProjects = 0
            var everyProjectHasThem = true
            for (_, children) in declared where children.contains(where: { matches[$0].binding?.id == id }) {
                declaringProjects += 1
                let open = children.filter { isAlternative($0, in: alternatives) }
                if open.count < Self.minimumAlternatives { everyProjectHasThem = false }
                names.formUnion(open.map { components[$0].displayName })
            }
            guard declaringProjects > 0, everyProjectHasThem else { continue }
            found[id] = OptionalBinding(role: alternatives.role, alternatives: names.sorted(),
                                        sources: alternatives.sources)
        }
        return found
    }

    /// Whether a component is one of the open alternatives: its purl matches the rule's alternatives and no binding
    /// rule binds it.
    private func isAlternative(_ index: Int, in alternatives: BindingAlternatives) -> Bool {
        guard matches[index].binding == nil else { return false }
        let purl = system.components[index].purl
        let key = PurlPattern.key(of: purl)
        return alternatives.patterns.contains { $0.matches(key: key, version: purl.version) }
    }
}
