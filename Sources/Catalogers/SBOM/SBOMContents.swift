import SovScanModel

/// What a reader took from one SBOM document, before it becomes a `SystemInventory`: packages under the
/// document's own keys (CycloneDX `bom-ref`, SPDX `SPDXID`) and the links between those keys. Keys are kept
/// once each and referred to by number, so a million links cost a million small records, not two million strings.
struct SBOMContents {
    /// One package of the document.
    struct Entry {
        /// The document's key for the package (a number from `keys`).
        var key: Int
        var component: Component
        /// What sovscan's own properties set (for documents sovscan wrote).
        var facts: SovScanFacts
        /// The scope the document states in its own terms, if any.
        var documentScope: Scope?
    }

    /// A dependency between two keys; `scope` when the document states one for the link.
    struct Link {
        var from: Int
        var to: Int
        var scope: Scope?
    }

    /// The system's name (the document's subject), when stated.
    var systemName: String?
    /// The scanned root recorded by sovscan, when present.
    var root: String?
    /// The document's keys, each once.
    var keys = SBOMKeys()
    /// The keys that stand for the system itself: links from them mark direct dependencies.
    var rootKeys: Set<Int> = []
    var entries: [Entry] = []
    var links: [Link] = []
    var diagnostics: [Diagnostic] = []

    /// Folds the contents into one system: links by key become edges between purls, undeclared direct flags
    /// and scopes come from the links, repeated purls are merged. The entries are moved out (the contents keep
    /// none), so each component is held once while the system is built, and then only by the system.
    mutating func system(file: String) -> SystemInventory {
        var entries = self.entries
        self.entries = []
        var diagnostics = self.diagnostics
        // The entry of each key: the last one for the purl (as a JSON object's repeated key), the first for facts.
        var lastEntry = [Int](repeating: -1, count: keys.count)
        var firstEntry = [Int](repeating: -1, count: keys.count)
        for (index, entry) in entries.enumerated() {
            lastEntry[entry.key] = index
            if firstEntry[entry.key] < 0 { firstEntry[entry.key] = index }
        }
        var isDirect = [Bool](repeating: false, count: keys.count)
        var incomingScopes = [Scope?](repeating: nil, count: keys.count)
        var edges: [(from: PackageURL, to: PackageURL, scope: Scope?)] = []
        var unknown: Set<Int> = []
        for link in links {
            guard lastEntry[link.to] >= 0 else {
                unknown.insert(link.to)
                continue
            }
            let to = entries[lastEntry[link.to]].component.purl
            if let scope = link.scope { incomingScopes[link.to] = incomingScopes[link.to].map { $0.strongest(scope) } ?? scope }
            if rootKeys.contains(link.from) {
                isDirect[link.to] = true
            } else if lastEntry[link.from] >= 0 {
                let from = entries[lastEntry[link.from]].component.purl
                let scope = entries[firstEntry[link.from]].facts.edgeScopes[to] ?? link.scope
                edges.append((from, to, scope))
            } else {
                unknown.insert(link.from)
            }
        }
        for key in unknown.map({ keys.name($0) }).sorted() {
            diagnostics.append(Diagnostic(.warning, "a dependency names '\(key)', which the document does not describe; the link is left out",
                                          at: SourceLocation(file: file)))
        }
        // One component per purl, in an array with each purl's position beside it (a dictionary of components,
        // its values and their sorted copy held every component three times over).
        var components: [Component] = []
        components.reserveCapacity(entries.count)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entries.count)
        for entry in entries {
            var component = entry.component
            if !entry.facts.setsDirect { component.isDirect = isDirect[entry.key] }
            if !entry.facts.setsScope { component.scope = entry.documentScope ?? incomingScopes[entry.key] ?? .runtime }
            if let known = positions[component.purl.description] {
                components[known].merge(component)
            } else {
                positions[component.purl.description] = components.count
                components.append(component)
            }
        }
        entries = []
        // An edge without a stated scope has the scope of the component it reaches.
        let finalEdges = edges.map { edge in
            DependencyEdge(from: edge.from, to: edge.to,
                           scope: edge.scope ?? positions[edge.to.description].map { components[$0].scope } ?? .runtime)
        }
        positions = [:]
        components.sort { $0.purl < $1.purl }
        return SystemInventory(
            name: systemName ?? file,
            root: root ?? file,
            manifests: [file],
            components: components,
            graph: DependencyGraph(edges: finalEdges),
            diagnostics: diagnostics
        )
    }
}

/// The keys of one SBOM document, numbered in the order they are first met.
struct SBOMKeys {
    private var numbers: [String: Int] = [:]
    private var names: [String] = []

    /// How many keys there are.
    var count: Int { names.count }

    /// The number of `key`, given the next free one if it is new.
    mutating func number(_ key: String) -> Int {
        if let known = numbers[key] { return known }
        numbers[key] = names.count
        names.append(key)
        return names.count - 1
    }

    /// The key with number `number`.
    func name(_ number: Int) -> String { names[number] }
}
