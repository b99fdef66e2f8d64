import Foundation
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
        // A pipeline of three threads (issue 17): this one collects each project's graph, the next resolves its
        // conflicts, the last folds the resolved projects, each stage taking the projects in order while the stage
        // before it works on the next. The collection keeps its caches (models, descriptors, artifact numbers) to
        // its thread; conflict resolution needs only the project and its graph, the fold only the resolved
        // project. (Resolution and the fold on one thread were the slower stage, while the collection waited.)
        var resolving: BackgroundFold<BackgroundFold<ProjectFold, ResolvedMavenProject>, CollectedMavenProject>?
        var modulePOMs: [MavenCoordinates: String] = [:]
        let outcome = MavenBuildResolver.resolve(
            pomPaths: poms, root: context.root, options: context.options, files: context.files,
            resolveDependencies: true, home: NSHomeDirectory(),
            reactor: { reactor in
                let folding = BackgroundFold(ProjectFold(reactor: reactor)) { $0.add($1) }
                resolving = BackgroundFold(folding) { folding, project in folding.add(project.resolved()) }
            },
            each: { project in
                modulePOMs[project.model.coordinates] = project.model.location.file
                resolving?.add(project)
            })
        let fold = resolving?.finish().finish() ?? ProjectFold(reactor: [])
        var result = fold.result(diagnostics: outcome.diagnostics)
        JavaS3Endpoint.mark(&result, modulePOMs: modulePOMs, context: context)
        return result
    }

    /// Components, edges and diagnostics of a resolved build: one component per purl with its sightings folded
    /// (`MavenCatalogFold`), sorted by purl, and the distinct edges, sorted. What `catalog` makes of the projects
    /// as they are resolved.
    static func result(of resolution: MavenBuildResolution) -> CatalogResult {
        var fold = ProjectFold(reactor: Set(resolution.projects.map(\.model.coordinates)))
        for project in resolution.projects { fold.add(project) }
        return fold.result(diagnostics: resolution.diagnostics)
    }

    /// The projects of a build folded one at a time, in the resolution's order.
    struct ProjectFold {
        private var fold: MavenCatalogFold
        private var licences = SharedLicences()
        /// Projects left out, in order.
        private var warnings: [Diagnostic] = []
        /// The slot of each artifact met, by its number in the build's `ArtifactTable` (`.some(nil)`: it makes no
        /// purl): looked up by number instead of hashing five strings for every sighting (perf18).
        private var slotsByArtifact = NumberedValues<MavenPurlSlots.Slot?>()

        /// `reactor`: the coordinates of every project of the build.
        init(reactor: Set<MavenCoordinates>) {
            fold = MavenCatalogFold(reactor: reactor)
        }

        /// The components and edges, after the resolution's `diagnostics` and those of the fold.
        func result(diagnostics: [Diagnostic]) -> CatalogResult {
            var result = CatalogResult(diagnostics: diagnostics + warnings)
            (result.components, result.edges) = fold.result()
            return result
        }

        /// The slot of a resolved dependency, whose artifact is numbered `artifact`.
        private mutating func slot(of dependency: ResolvedMavenDependency, artifact: Int) -> MavenPurlSlots.Slot? {
            if let known = slotsByArtifact[artifact] { return known }
            let slot = fold.slot(dependency.coordinates, type: dependency.type, classifier: dependency.classifier)
            slotsByArtifact[artifact] = .some(slot)
            return slot
        }

        /// Folds a project: itself, its resolved dependencies and those without a usable version.
        mutating func add(_ project: ResolvedMavenProject) {
            let model = project.model
            guard let projectSlot = fold.slot(model.coordinates, type: model.packaging, classifier: "") else {
                warnings.append(Diagnostic(.warning, "the project has incomplete coordinates "
                                           + "(\(model.coordinates)); it is left out", at: model.location))
                return
            }
            let projectPurl = projectSlot.purl
            var own = Component(purl: fold.purl(projectPurl), ecosystem: .maven,
                                group: model.coordinates.groupId, name: model.coordinates.artifactId,
                                version: model.coordinates.version, scope: .compile, isDirect: false,
                                isFirstParty: true, declaredLicenses: MavenCataloger.declared(model.licenses),
                                locations: [model.location])
            own.properties = MavenCataloger.properties(licenses: model.licenses)
            own.properties[Component.sourceRepositoryProperty] = model.sourceRepository
            own.properties[Component.mavenPackagingProperty] = model.packaging
            own.properties[Component.mavenNameProperty] = model.name
            own.properties[Component.mavenDescriptionProperty] = model.description
            if !model.activeProfiles.isEmpty {
                own.properties["maven:activeProfiles"] = model.activeProfiles.joined(separator: ",")
            }
            if !model.inactiveProfiles.isEmpty {
                own.properties["maven:inactiveProfiles"] = model.inactiveProfiles.joined(separator: ",")
            }
            fold.add(own, at: projectPurl)
            let replaced = ExcludedRedeclarations.excluders(in: model.dependencies)
            // The purl of the first node of each coordinates that has one, by the coordinates' number: where its
            // children's edges start.
            var nodes: [Int: Int] = [:]
            nodes.reserveCapacity(project.dependencies.count)
            let slots = zip(project.dependencies, project.numbers).map { dependency, numbers in
                slot(of: dependency, artifact: numbers.artifact)
            }
            for (numbers, slot) in zip(project.numbers, slots) where nodes[numbers.coordinates] == nil {
                if let slot { nodes[numbers.coordinates] = slot.purl }
            }
            for ((dependency, numbers), slot) in zip(zip(project.dependencies, project.numbers), slots) {
                guard let slot else { continue }
                let facts = licences.facts(of: dependency.licenses, source: dependency.sourceRepository, purl: slot.purl)
                var component = Component(
                    purl: fold.purl(slot.purl), ecosystem: .maven, group: dependency.groupId,
                    name: dependency.artifactId, version: dependency.version,
                    scope: Scope(rawValue: dependency.scope) ?? .compile, isOptional: dependency.isOptional,
                    isDirect: dependency.depth == 1, isFirstParty: slot.isReactor, declaredLicenses: facts.declared,
                    locations: dependency.location.map { [$0] } ?? [])
                component.properties = facts.properties
                if dependency.depth == 1, !replaced.isEmpty,
                   let excluder = replaced[ExcludedRedeclarations.key(dependency.groupId, dependency.artifactId)] {
                    component.properties[Component.mavenReplacesExcludedProperty] = excluder
                }
                if !dependency.relocatedFrom.isEmpty {
                    component.properties["maven:relocatedFrom"] = dependency.relocatedFrom.map(\.description)
                        .joined(separator: ",")
                }
                fold.add(component, at: slot.purl)
                let from = numbers.parentCoordinates.flatMap { nodes[$0] } ?? projectPurl
                fold.addEdge(from: from, to: slot.purl, scope: component.scope)
            }
            for dependency in project.unversioned {
                let coordinates = MavenCoordinates(groupId: dependency.groupId, artifactId: dependency.artifactId, version: "")
                guard let slot = fold.slot(coordinates, type: dependency.type, classifier: dependency.classifier) else {
                    continue
                }
                let scope = Scope(rawValue: dependency.scope ?? "compile") ?? .compile
                var component = Component(
                    purl: fold.purl(slot.purl), ecosystem: .maven, group: dependency.groupId,
                    name: dependency.artifactId, scope: scope, isOptional: dependency.optional ?? false,
                    isDirect: true, locations: [dependency.location], properties: ["unpinned": "true"])
                if !replaced.isEmpty {
                    component.properties[Component.mavenReplacesExcludedProperty] =
                        replaced[ExcludedRedeclarations.key(dependency.groupId, dependency.artifactId)]
                }
                fold.add(component, at: slot.purl)
                fold.addEdge(from: projectPurl, to: slot.purl, scope: scope)
            }
        }
    }

    /// The declared licences and the properties from the POM (licences, source repository) of each purl's
    /// sightings, made once per purl: every module that reaches an artifact reaches the same POM, so the lists are
    /// not rebuilt per sighting, and the fold's equality check of a sighting's licences against those already
    /// folded finds the same array at once. A sighting whose POM facts differ from the first one's gets its own.
    private struct SharedLicences {
        private var byPurl: [Int: (licenses: [POMLicense], source: String?, declared: [DeclaredLicense],
                                   properties: [String: String])] = [:]

        mutating func facts(of licenses: [POMLicense], source: String?, purl: Int)
            -> (declared: [DeclaredLicense], properties: [String: String]) {
            if let known = byPurl[purl], known.licenses == licenses, known.source == source {
                return (known.declared, known.properties)
            }
            var properties = MavenCataloger.properties(licenses: licenses)
            properties[Component.sourceRepositoryProperty] = source
            let made = (licenses: licenses, source: source, declared: MavenCataloger.declared(licenses),
                        properties: properties)
            if byPurl[purl] == nil { byPurl[purl] = made }
            return (made.declared, made.properties)
        }
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
