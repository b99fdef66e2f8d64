import SovScanModel

/// What a reader took from one SBOM document, before it becomes a `SystemInventory`: packages under the
/// document's own keys (CycloneDX `bom-ref`, SPDX `SPDXID`) and the links between those keys.
struct SBOMContents {
    /// One package of the document.
    struct Entry {
        /// The document's key for the package.
        var key: String
        var component: Component
        /// What sovscan's own properties set (for documents sovscan wrote).
        var facts: SovScanFacts
        /// The scope the document states in its own terms, if any.
        var documentScope: Scope?
    }

    /// A dependency between two keys; `scope` when the document states one for the link.
    struct Link {
        var from: String
        var to: String
        var scope: Scope?
    }

    /// The system's name (the document's subject), when stated.
    var systemName: String?
    /// The scanned root recorded by sovscan, when present.
    var root: String?
    /// The keys that stand for the system itself: links from them mark direct dependencies.
    var rootKeys: Set<String> = []
    var entries: [Entry] = []
    var links: [Link] = []
    var diagnostics: [Diagnostic] = []

    /// Folds the contents into one system: links by key become edges between purls, undeclared direct flags
    /// and scopes come from the links, repeated purls are merged.
    func system(file: String) -> SystemInventory {
        var diagnostics = self.diagnostics
        var purlByKey: [String: PackageURL] = [:]
        for entry in entries { purlByKey[entry.key] = entry.component.purl }
        var directKeys: Set<String> = []
        var incomingScopes: [String: Scope] = [:]
        var edges: [(from: PackageURL, to: PackageURL, scope: Scope?)] = []
        let factsByKey = Dictionary(entries.map { ($0.key, $0.facts) }, uniquingKeysWith: { first, _ in first })
        var unknown: Set<String> = []
        for link in links {
            guard let to = purlByKey[link.to] else {
                unknown.insert(link.to)
                continue
            }
            if let scope = link.scope { incomingScopes[link.to] = incomingScopes[link.to].map { $0.strongest(scope) } ?? scope }
            if rootKeys.contains(link.from) {
                directKeys.insert(link.to)
            } else if let from = purlByKey[link.from] {
                let scope = factsByKey[link.from]?.edgeScopes[to] ?? link.scope
                edges.append((from, to, scope))
            } else {
                unknown.insert(link.from)
            }
        }
        for key in unknown.sorted() {
            diagnostics.append(Diagnostic(.warning, "a dependency names '\(key)', which the document does not describe; the link is left out",
                                          at: SourceLocation(file: file)))
        }
        var byPurl: [PackageURL: Component] = [:]
        for entry in entries {
            var component = entry.component
            if !entry.facts.setsDirect { component.isDirect = directKeys.contains(entry.key) }
            if !entry.facts.setsScope { component.scope = entry.documentScope ?? incomingScopes[entry.key] ?? .runtime }
            if var known = byPurl[component.purl] {
                known.merge(component)
                byPurl[component.purl] = known
            } else {
                byPurl[component.purl] = component
            }
        }
        // An edge without a stated scope has the scope of the component it reaches.
        let finalEdges = edges.map { edge in
            DependencyEdge(from: edge.from, to: edge.to, scope: edge.scope ?? byPurl[edge.to]?.scope ?? .runtime)
        }
        return SystemInventory(
            name: systemName ?? file,
            root: root ?? file,
            manifests: [file],
            components: Array(byPurl.values),
            graph: DependencyGraph(edges: finalEdges),
            diagnostics: diagnostics
        )
    }
}
