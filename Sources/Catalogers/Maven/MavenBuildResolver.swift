import Foundation
import SovScanModel

/// One dependency Maven resolves for a project, in pre-order of the resolved tree.
public struct ResolvedMavenDependency: Sendable, Hashable {
    public var groupId: String
    public var artifactId: String
    public var version: String
    public var type: String
    public var classifier: String
    public var scope: String
    public var isOptional: Bool
    /// 1 for a direct dependency.
    public var depth: Int
    /// The `<dependency>` that brings it in: its own declaration when direct, else that of the direct dependency
    /// on its path.
    public var location: SourceLocation?
    /// The resolved node it hangs under (`nil` for direct dependencies).
    public var parent: MavenCoordinates?
    /// Licences declared in its POM (through its parents).
    public var licenses: [POMLicense]
    /// Where its source lives, from its POM (`EffectiveModel.sourceRepository`).
    public var sourceRepository: String? = nil
    /// Coordinates it was relocated from.
    public var relocatedFrom: [MavenCoordinates]

    public var coordinates: MavenCoordinates {
        MavenCoordinates(groupId: groupId, artifactId: artifactId, version: version)
    }
}

/// A project of the build with its effective model and resolved dependencies.
public struct ResolvedMavenProject: Sendable {
    /// The POM, relative to the scanned root.
    public var file: String
    public var model: EffectiveModel
    public var dependencies: [ResolvedMavenDependency]
    /// Direct dependencies without a usable version (a parent or BOM that manages it could not be read).
    public var unversioned: [MavenDependency] = []
    /// For each of `dependencies`, the numbers the build's `ArtifactTable` gave it: the fold looks its purl and
    /// its parent up by them instead of hashing their coordinates (perf18).
    var numbers: [DependencyNumbers] = []
}

/// The `ArtifactTable` numbers of a resolved dependency: its artifact, its coordinates and its parent's
/// coordinates (`nil` for a direct dependency).
struct DependencyNumbers: Sendable {
    let artifact: Int
    let coordinates: Int
    let parentCoordinates: Int?
}

/// A project whose dependency graph is collected but not yet resolved: what `MavenBuildResolver` hands over
/// while it collects the next project. Conflict resolution and flattening need only the graph, so they may run on
/// another thread than the collection (`MavenCataloger` does them on its fold's thread).
struct CollectedMavenProject {
    /// The POM, relative to the scanned root.
    var file: String
    var model: EffectiveModel
    /// The dirty graph, rooted at the project (`nil` when dependencies are not resolved).
    var graph: DependencyNode?
    var unversioned: [MavenDependency]

    /// The project with its graph resolved the way Maven does and flattened in pre-order.
    func resolved() -> ResolvedMavenProject {
        var dependencies: [ResolvedMavenDependency] = []
        var numbers: [DependencyNumbers] = []
        if let graph {
            ConflictResolver().resolve(graph)
            (dependencies, numbers) = MavenBuildResolver.flatten(graph)
        }
        return ResolvedMavenProject(file: file, model: model, dependencies: dependencies, unversioned: unversioned,
                                    numbers: numbers)
    }
}

/// The result of resolving a Maven build.
public struct MavenBuildResolution: Sendable {
    public var projects: [ResolvedMavenProject]
    public var diagnostics: [Diagnostic]
    /// How many POM files were parsed (each file at most once).
    public var parsedPOMCount: Int
}

/// Resolves the Maven projects of a scanned tree: reactor, effective models, transitive dependencies.
public enum MavenBuildResolver {
    /// Resolves the POMs at `pomPaths` (relative to `root`). Stray POMs under `src/` folders (test fixtures) are
    /// skipped unless another POM names them as a module. With `resolveDependencies: false` only the effective
    /// models are built.
    public static func resolve(pomPaths: [String], root: String, options: CatalogOptions,
                               files: FileReader = FileReader(), resolveDependencies: Bool = true,
                               home: String = NSHomeDirectory()) -> MavenBuildResolution {
        var projects: [ResolvedMavenProject] = []
        let outcome = resolve(pomPaths: pomPaths, root: root, options: options, files: files,
                              resolveDependencies: resolveDependencies, home: home,
                              reactor: { _ in }, each: { projects.append($0.resolved()) })
        return MavenBuildResolution(projects: projects, diagnostics: outcome.diagnostics,
                                    parsedPOMCount: outcome.parsedPOMCount)
    }

    /// `resolve(pomPaths:root:options:files:resolveDependencies:home:)` handing each project to `each` as soon as
    /// its graph is collected, in the order of the resolution's `projects`, so that a caller can resolve and work
    /// on one project (`CollectedMavenProject.resolved()`) while the next is collected. `reactor` is called once
    /// before the first project is handed over, with the coordinates of every project that will be (all effective
    /// models are built before any dependency is collected).
    static func resolve(pomPaths: [String], root: String, options: CatalogOptions, files: FileReader,
                        resolveDependencies: Bool, home: String, reactor: (Set<MavenCoordinates>) -> Void,
                        each: (CollectedMavenProject) -> Void) -> (diagnostics: [Diagnostic], parsedPOMCount: Int) {
        // The local repository lies outside the scanned folder: it is read with the same size cap, unconfined.
        let local = LocalMavenRepository.resolvingLocation(option: options.mavenRepository, home: home,
                                                           files: FileReader(maximumSize: files.maximumSize))
        let repository: any MavenRepository = options.remoteMavenRepository.map {
            MavenRepositoryChain(repositories: [local, $0])
        } ?? local
        var diagnostics: [Diagnostic] = []
        let config = MavenConfig.read(root: root, files: files)
        diagnostics += config.diagnostics
        var userProperties = config.properties
        for (key, value) in options.mavenProperties { userProperties[key] = value }
        let builder = MavenModelBuilder(repository: repository, files: files, root: root,
                                        userProperties: userProperties,
                                        profiles: config.profiles + options.mavenProfiles)
        let projects = reactorProjects(pomPaths, root: root, builder: builder)
        let collector = DependencyCollector(builder: builder, repository: repository)
        // Effective coordinates (a module's `${revision}` may come from its parent) identify reactor artifacts.
        var models: [(path: String, model: EffectiveModel)] = []
        for path in projects {
            guard let model = builder.model(.file(root + "/" + path)) else { continue }
            models.append((path, model))
            builder.reactor[model.coordinates] = root + "/" + path
        }
        reactor(Set(models.map(\.model.coordinates)))
        for (path, model) in models {
            var project = CollectedMavenProject(file: path, model: model, graph: nil, unversioned: [])
            if resolveDependencies {
                project.graph = collector.collect(model)
                project.unversioned = collector.unversioned
            }
            each(project)
        }
        diagnostics += builder.diagnostics + collector.diagnostics
        return (diagnostics.sorted(), builder.parsedCount)
    }

    /// The build's projects: every POM given except those under a `src/` folder that no POM names as a module.
    /// Registers each project's coordinates as part of the reactor.
    private static func reactorProjects(_ pomPaths: [String], root: String, builder: MavenModelBuilder) -> [String] {
        var modules: Set<String> = []
        var raws: [(path: String, pom: RawPOM)] = []
        let sorted = pomPaths.sorted()
        builder.preload(sorted.map { root + "/" + $0 })
        for path in sorted {
            guard let pom = builder.raw(.file(root + "/" + path)) else { continue }
            raws.append((path, pom))
            let folder = MavenModelBuilder.directory(of: root + "/" + path)
            for module in pom.modules + pom.profiles.flatMap(\.modules) {
                var target = MavenModelBuilder.normalise(folder + "/" + module)
                if !target.hasSuffix(".xml") { target += "/pom.xml" }
                modules.insert(target)
            }
        }
        var projects: [String] = []
        for (path, pom) in raws {
            let absolute = root + "/" + path
            let isFixture = path.hasPrefix("src/") || path.contains("/src/")
            if isFixture && !modules.contains(absolute) { continue }
            projects.append(path)
            var interpolator = PropertyInterpolator(
                modelValues: [:], userProperties: builder.userProperties,
                modelProperties: Dictionary(pom.properties, uniquingKeysWith: { _, last in last }),
                systemProperties: builder.systemProperties)
            if let group = pom.groupId ?? pom.parent?.groupId, let artifact = pom.artifactId,
               let version = pom.version ?? pom.parent?.version {
                let coordinates = MavenCoordinates(groupId: interpolator.interpolate(group),
                                                   artifactId: interpolator.interpolate(artifact),
                                                   version: interpolator.interpolate(version))
                if builder.reactor[coordinates] == nil { builder.reactor[coordinates] = absolute }
            }
        }
        return projects
    }

    /// The resolved tree in pre-order, each node once, with each node's numbers.
    static func flatten(_ root: DependencyNode) -> ([ResolvedMavenDependency], [DependencyNumbers]) {
        var output: [ResolvedMavenDependency] = []
        var numbers: [DependencyNumbers] = []
        var seen: Set<ObjectIdentifier> = []
        // (node, depth, parent, location of the direct dependency on the path)
        var pending: [(DependencyNode, Int, DependencyNode?, SourceLocation?)] =
            root.children.nodes.reversed().map { ($0, 1, nil, $0.location) }
        while let (node, depth, parent, location) = pending.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            let artifact = node.artifact
            output.append(ResolvedMavenDependency(
                groupId: artifact.groupId, artifactId: artifact.artifactId, version: artifact.version,
                type: artifact.type, classifier: artifact.classifier, scope: node.scope.isEmpty ? "compile" : node.scope,
                isOptional: node.isOptional, depth: depth, location: location,
                parent: parent?.artifact.coordinates, licenses: node.licenses,
                sourceRepository: node.sourceRepository, relocatedFrom: node.relocations.map(\.coordinates)))
            numbers.append(DependencyNumbers(artifact: node.number, coordinates: node.coordinatesNumber,
                                             parentCoordinates: parent?.coordinatesNumber))
            pending += node.children.nodes.reversed().map { ($0, depth + 1, node, location) }
        }
        return (output, numbers)
    }
}
