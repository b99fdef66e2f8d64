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
/// The AWS binding is optional, too, where every project that declares an AWS SDK package declares only the S3
/// client's and points it at an endpoint of its own (`Component.s3EndpointProperty`): any S3-compatible store
/// serves it (issue 15, fifteenth and sixteenth samples; the labels' convention since set 9).
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
        guard !candidates.isEmpty || components.contains(where: { $0.properties[Component.s3EndpointProperty] != nil })
        else { return [:] }
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
        if let s3 = configuredS3Endpoints(declared: declared) { found[S3Endpoint.bindingRule] = s3 }
        return found
    }

    /// The S3 client's packages, the binding they carry and what serves them in its place.
    enum S3Endpoint {
        /// The binding rule of AWS's SDK packages.
        static let bindingRule = "aws"
        /// The AWS SDK for JavaScript v3's S3 client and its S3-only helpers (presigned URLs and posts, multipart
        /// uploads).
        static let packages: Set<String> = [
            "@aws-sdk/client-s3", "@aws-sdk/s3-request-presigner", "@aws-sdk/s3-presigned-post", "@aws-sdk/lib-storage",
        ]
        static let role = "object storage (the S3 API)"
        static let alternatives = ["S3-compatible object stores (MinIO, Ceph, other clouds' S3 APIs)"]
        static let sources = ["https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-client-s3/"]
    }

    /// The optional AWS binding of a system whose projects point their S3 clients at endpoints of their own: every
    /// first-party project that declares a package bound by `S3Endpoint.bindingRule` declares only S3 client packages
    /// among those and carries `Component.s3EndpointProperty`; `nil` otherwise.
    private func configuredS3Endpoints(declared: [Int: [Int]]) -> OptionalBinding? {
        let components = system.components
        var endpoints: [String] = []
        for (project, children) in declared {
            let bound = children.filter { matches[$0].binding?.id == S3Endpoint.bindingRule }
            guard !bound.isEmpty else { continue }
            guard let endpoint = components[project].properties[Component.s3EndpointProperty],
                  bound.allSatisfy({ components[$0].ecosystem == .npm
                      && S3Endpoint.packages.contains(components[$0].displayName) }) else { return nil }
            endpoints.append(endpoint)
        }
        // Only where the SDK's packages are all the evidence: a Terraform provider or an image registry of AWS binds
        // the system whatever endpoint the code names.
        guard !endpoints.isEmpty, components.indices.allSatisfy({ index in
            matches[index].binding?.id != S3Endpoint.bindingRule || components[index].ecosystem == .npm
        }) else { return nil }
        return OptionalBinding(role: S3Endpoint.role, alternatives: S3Endpoint.alternatives,
                               sources: S3Endpoint.sources, endpoints: endpoints.sorted())
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
