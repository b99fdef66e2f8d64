import SovScanModel

/// Catalogs Maven builds: every `pom.xml` project with its effective model and its dependencies resolved the
/// way Maven 3 does (parents, properties, BOMs, profiles, transitive dependencies from the local repository).
public struct MavenCataloger: Cataloger {
    public let name = "maven"
    public let kinds: Set<ManifestKind> = [.mavenPOM]

    public init() {}

    public func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult {
        let poms = manifests.filter { $0.kind == .mavenPOM }.map(\.relativePath)
        guard !poms.isEmpty else { return CatalogResult() }
        let resolution = MavenBuildResolver.resolve(pomPaths: poms, root: context.root, options: context.options,
                                                    files: context.files)
        return Self.result(of: resolution)
    }

    /// Components, edges and diagnostics of a resolved build.
    static func result(of resolution: MavenBuildResolution) -> CatalogResult {
        var result = CatalogResult(diagnostics: resolution.diagnostics)
        var purls = PurlSlots(reactor: Set(resolution.projects.map(\.model.coordinates)))
        // The purl slot of every component and edge end, in the order they are appended.
        var componentSlots: [Int] = []
        var edgeSlots: [(from: Int, to: Int)] = []
        var licences = SharedLicences()
        // Every module and every dependency of each is one sighting and (but the modules) one edge.
        let sightings = resolution.projects.reduce(0) { $0 + 1 + $1.dependencies.count + $1.unversioned.count }
        result.components.reserveCapacity(sightings)
        componentSlots.reserveCapacity(sightings)
        result.edges.reserveCapacity(sightings)
        edgeSlots.reserveCapacity(sightings)
        for project in resolution.projects {
            let model = project.model
            let projectSlot = purls.slot(model.coordinates, type: model.packaging, classifier: "")
            guard let projectURL = purls[projectSlot] else {
                result.diagnostics.append(Diagnostic(.warning, "the project has incomplete coordinates "
                                                     + "(\(model.coordinates)); it is left out", at: model.location))
                continue
            }
            var own = Component(purl: projectURL, ecosystem: .maven, group: model.coordinates.groupId,
                                name: model.coordinates.artifactId, version: model.coordinates.version,
                                scope: .compile, isDirect: false, isFirstParty: true,
                                declaredLicenses: declared(model.licenses), locations: [model.location])
            own.properties = properties(licenses: model.licenses)
            own.properties["maven:packaging"] = model.packaging
            if !model.activeProfiles.isEmpty {
                own.properties["maven:activeProfiles"] = model.activeProfiles.joined(separator: ",")
            }
            if !model.inactiveProfiles.isEmpty {
                own.properties["maven:inactiveProfiles"] = model.inactiveProfiles.joined(separator: ",")
            }
            result.components.append(own)
            componentSlots.append(projectSlot)
            // The slot of the first node of each coordinates that has a purl: where its children's edges start.
            var nodes: [MavenCoordinates: Int] = [:]
            let slots = project.dependencies.map { dependency in
                purls.slot(dependency.coordinates, type: dependency.type, classifier: dependency.classifier)
            }
            for (dependency, slot) in zip(project.dependencies, slots)
            where nodes[dependency.coordinates] == nil && purls[slot] != nil {
                nodes[dependency.coordinates] = slot
            }
            for (dependency, slot) in zip(project.dependencies, slots) {
                guard let url = purls[slot] else { continue }
                let facts = licences.facts(of: dependency.licenses, slot: slot)
                var component = Component(
                    purl: url, ecosystem: .maven, group: dependency.groupId, name: dependency.artifactId,
                    version: dependency.version, scope: Scope(rawValue: dependency.scope) ?? .compile,
                    isOptional: dependency.isOptional, isDirect: dependency.depth == 1,
                    isFirstParty: purls.isReactor(slot),
                    declaredLicenses: facts.declared,
                    locations: dependency.location.map { [$0] } ?? [])
                component.properties = facts.properties
                if !dependency.relocatedFrom.isEmpty {
                    component.properties["maven:relocatedFrom"] = dependency.relocatedFrom.map(\.description)
                        .joined(separator: ",")
                }
                result.components.append(component)
                componentSlots.append(slot)
                let from = dependency.parent.flatMap { nodes[$0] } ?? projectSlot
                result.edges.append(DependencyEdge(from: purls[from] ?? projectURL, to: url, scope: component.scope))
                edgeSlots.append((from, slot))
            }
            for dependency in project.unversioned {
                let coordinates = MavenCoordinates(groupId: dependency.groupId, artifactId: dependency.artifactId, version: "")
                let slot = purls.slot(coordinates, type: dependency.type, classifier: dependency.classifier)
                guard let url = purls[slot] else { continue }
                let scope = Scope(rawValue: dependency.scope ?? "compile") ?? .compile
                let component = Component(
                    purl: url, ecosystem: .maven, group: dependency.groupId, name: dependency.artifactId,
                    scope: scope, isOptional: dependency.optional ?? false, isDirect: true,
                    locations: [dependency.location], properties: ["unpinned": "true"])
                result.components.append(component)
                componentSlots.append(slot)
                result.edges.append(DependencyEdge(from: projectURL, to: url, scope: scope))
                edgeSlots.append((projectSlot, slot))
            }
        }
        // Sorted by purl as their text sorts, each sort stable: the distinct purls are ranked once, then
        // positions are sorted by rank (and applied once: the large values move once instead of at every step).
        let rank = purls.ranks()
        let componentOrder = componentSlots.indices.sorted {
            (rank[componentSlots[$0]], $0) < (rank[componentSlots[$1]], $1)
        }
        let edges = result.edges
        let edgeOrder = edges.indices.sorted { left, right in
            let a = edgeSlots[left]
            let b = edgeSlots[right]
            return (rank[a.from], rank[a.to], edges[left].scope.strength, left)
                < (rank[b.from], rank[b.to], edges[right].scope.strength, right)
        }
        result.components.permute(to: componentOrder)
        result.edges.permute(to: edgeOrder)
        return result
    }

    /// The purls of a build, each made once however many modules reach the same artifact, numbered in the
    /// order they were first asked for.
    private struct PurlSlots {
        /// The coordinates of the build's own modules.
        let reactor: Set<MavenCoordinates>
        private var slots: [PurlKey: Int] = [:]
        private var purls: [PackageURL?] = []
        private var inReactor: [Bool] = []

        init(reactor: Set<MavenCoordinates>) {
            self.reactor = reactor
        }

        /// The slot of the purl of `coordinates` with `type` and `classifier`.
        mutating func slot(_ coordinates: MavenCoordinates, type: String, classifier: String) -> Int {
            let key = PurlKey(coordinates: coordinates, type: type, classifier: classifier)
            if let known = slots[key] { return known }
            slots[key] = purls.count
            purls.append(MavenCataloger.purl(coordinates, type: type, classifier: classifier))
            inReactor.append(reactor.contains(coordinates))
            return purls.count - 1
        }

        /// The purl in a slot; `nil` when the coordinates make none.
        subscript(slot: Int) -> PackageURL? { purls[slot] }

        /// Whether the slot's coordinates are a module of the build.
        func isReactor(_ slot: Int) -> Bool { inReactor[slot] }

        /// Per slot, the position of its purl among the distinct purls sorted as text (equal purls, equal rank).
        func ranks() -> [Int] {
            let made = purls.enumerated().compactMap { slot, purl in purl.map { (slot: slot, purl: $0) } }
            var rank = [Int](repeating: -1, count: purls.count)
            var current = -1
            var previous: PackageURL?
            for (slot, purl) in made.sorted(by: { $0.purl < $1.purl }) {
                if purl != previous { current += 1 }
                previous = purl
                rank[slot] = current
            }
            return rank
        }
    }

    /// The declared licences and licence properties of each purl's sightings, made once per purl: every module
    /// that reaches an artifact reaches the same POM, so its many sightings share one array (and one allocation)
    /// instead of each making its own. A sighting whose POM licences differ from the first one's gets its own.
    private struct SharedLicences {
        private var bySlot: [Int: (licenses: [POMLicense], declared: [DeclaredLicense], properties: [String: String])] = [:]

        mutating func facts(of licenses: [POMLicense], slot: Int)
            -> (declared: [DeclaredLicense], properties: [String: String]) {
            if let known = bySlot[slot], known.licenses == licenses { return (known.declared, known.properties) }
            let made = (licenses: licenses, declared: MavenCataloger.declared(licenses),
                        properties: MavenCataloger.properties(licenses: licenses))
            if bySlot[slot] == nil { bySlot[slot] = made }
            return (made.declared, made.properties)
        }
    }

    /// What a Maven purl is made from.
    private struct PurlKey: Hashable {
        let coordinates: MavenCoordinates
        let type: String
        let classifier: String
    }

    /// `pkg:maven/group/artifact@version`, with `type` and `classifier` qualifiers when not a plain jar.
    static func purl(_ coordinates: MavenCoordinates, type: String, classifier: String) -> PackageURL? {
        var qualifiers: [String: String] = [:]
        if type != "jar" { qualifiers["type"] = type }
        if !classifier.isEmpty { qualifiers["classifier"] = classifier }
        return try? PackageURL(type: "maven", namespace: coordinates.groupId, name: coordinates.artifactId,
                               version: coordinates.version.isEmpty ? nil : coordinates.version,
                               qualifiers: qualifiers)
    }

    private static func declared(_ licenses: [POMLicense]) -> [DeclaredLicense] {
        licenses.compactMap { license in
            guard let text = license.name ?? license.url, !text.isEmpty else { return nil }
            return DeclaredLicense(text: text, url: license.url, source: .manifest,
                                   location: SourceLocation(file: license.file, line: license.line))
        }
    }

    /// Licence comments have no field in `DeclaredLicense`; they are kept as a property.
    private static func properties(licenses: [POMLicense]) -> [String: String] {
        let comments = licenses.compactMap(\.comments).filter { !$0.isEmpty }
        return comments.isEmpty ? [:] : ["maven:licenseComments": comments.joined(separator: "\n")]
    }
}
