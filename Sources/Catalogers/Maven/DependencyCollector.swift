import SovScanModel

/// Builds the full ("dirty") dependency graph of one project the way Maven 3.8's collector does: every
/// declaration is followed, test/provided and optional dependencies are not followed beyond the first level,
/// exclusions accumulate along paths, the project's dependencyManagement applies to transitive dependencies
/// (versions, scopes, optional) and its exclusions everywhere, ranges give one node per available version.
/// Artifacts and conflict keys are numbered once per build (`ArtifactTable`); what an artifact's POM declares is
/// read and prepared once per build (`Descriptor`), however many projects reach it.
final class DependencyCollector {
    private let builder: MavenModelBuilder
    private let repository: any MavenRepository
    /// The numbers of the build's artifacts and conflict keys, shared with the conflict resolver.
    let table = ArtifactTable()
    private(set) var diagnostics: [Diagnostic] = []
    /// The direct dependencies of the last collected project that have no usable version: Maven would stop the
    /// build; the scan lists them without a version rather than dropping them.
    private(set) var unversioned: [MavenDependency] = []
    private var pool: [PoolKey: ChildList] = [:]
    private var versionCache: [String: [String]] = [:]
    /// The nodes on the path being collected, innermost last.
    private var path: [DependencyNode] = []
    /// The artifacts on `path` by number, for the cycle check (the outermost node of each; an artifact is on a
    /// path once).
    private var pathNodes = NumberedValues<DependencyNode>()
    /// The project's direct dependencies that are exactly one artifact (no range, no relocation, not system).
    /// A transitive node of the same artifact always loses to the direct one (nearest wins; the direct one's
    /// scope and optionality decide), and its subtree is cut before anything below it is settled, so it is not
    /// collected at all: a chain of modules that inherit each other's dependencies stays proportional to them.
    private var directArtifacts = NumberedValues<Bool>()
    /// The project's dependencyManagement by conflict key number.
    private var managed = NumberedValues<ManagedEntry>()
    /// The dependencyManagement `managed` was made from. The modules under one parent mostly inherit the same
    /// list, and the next project with an equal list takes the table as it is: making it numbers the conflict key
    /// of every entry (four strings hashed), a quarter of the collection's time when redone for every module of
    /// a large reactor (issue 17). Comparing equal lists is cheap: their strings share storage.
    private var managedSource: [MavenDependency]?
    /// Descriptors already read, by artifact number, for every project of the build (they depend on the artifact
    /// alone).
    private var descriptors = NumberedValues<Descriptor>()

    /// Deeper paths are cut with a diagnostic. Real graphs stay far below this (a few dozen levels); resolving
    /// conflicts costs about the square of the depth per project, so a chain of 1,000 modules each depending on
    /// the next must be cut early to finish in seconds.
    static let maximumDepth = 128
    /// Whether a depth cut was reported in this build: one diagnostic says it, not one per module of a chain.
    private var reportedDepthCut = false

    private struct PoolKey: Hashable {
        var artifact: Int
        var exclusions: [POMExclusion]
    }

    private struct ManagedEntry {
        var version: String?
        var scope: String?
        var optional: Bool?
        var exclusions: [POMExclusion]
    }

    /// A declared dependency with its artifact's number, worked out once.
    private struct Declared {
        let dependency: MavenDependency
        let artifact: Int

        init(_ dependency: MavenDependency, table: ArtifactTable) {
            self.init(dependency, artifact: table.number(ResolverArtifact(
                groupId: dependency.groupId, artifactId: dependency.artifactId, version: dependency.version,
                type: dependency.type, classifier: dependency.classifier)))
        }

        init(_ dependency: MavenDependency, artifact: Int) {
            self.dependency = dependency
            self.artifact = artifact
        }

        /// The scope as declared (before management), compile when unstated.
        var scope: String { dependency.scope ?? "compile" }

        /// Whether a transitive path drops it: it is declared test, provided or optional (selection looks at
        /// the declaration, before management).
        var isDroppedTransitively: Bool {
            scope == "test" || scope == "provided" || dependency.isOptional
        }

        /// Whether a transitive path follows it at all: it has a group and is not dropped.
        var isFollowedTransitively: Bool { !dependency.groupId.isEmpty && !isDroppedTransitively }
    }

    /// The descriptor of an artifact: its final coordinates after relocations, dependencies and licences.
    private struct Descriptor {
        /// The artifact's number after relocations.
        var artifact: Int
        /// The artifacts it was relocated from.
        var relocations: [ResolverArtifact]
        /// The dependencies its POM declares (the effective model's list, shared with it).
        var dependencies: [MavenDependency]
        /// The positions in `dependencies` of those a transitive path follows (`Declared.isFollowedTransitively`),
        /// in order, with their artifacts' numbers.
        var followed: [(position: Int, artifact: Int)]
        var licenses: [POMLicense]
        var sourceRepository: String?

        /// A descriptor without a POM: no dependencies, no licences.
        init(artifact: Int, relocations: [ResolverArtifact] = []) {
            self.artifact = artifact
            self.relocations = relocations
            dependencies = []
            followed = []
            licenses = []
        }

        init(artifact: Int, relocations: [ResolverArtifact], model: EffectiveModel, table: ArtifactTable) {
            self.artifact = artifact
            self.relocations = relocations
            dependencies = model.dependencies
            followed = model.dependencies.enumerated().compactMap { position, dependency in
                let declared = Declared(dependency, table: table)
                return declared.isFollowedTransitively ? (position, declared.artifact) : nil
            }
            licenses = model.licenses
            sourceRepository = model.sourceRepository
        }
    }

    init(builder: MavenModelBuilder, repository: any MavenRepository) {
        self.builder = builder
        self.repository = repository
    }

    /// The dirty graph of `project`, rooted at a node for the project itself.
    func collect(_ project: EffectiveModel) -> DependencyNode {
        pool.removeAll()
        if project.dependencyManagement != managedSource { makeManaged(project.dependencyManagement) }
        let rootArtifact = ResolverArtifact(groupId: project.coordinates.groupId,
                                            artifactId: project.coordinates.artifactId,
                                            version: project.coordinates.version, type: project.packaging,
                                            classifier: "")
        let root = DependencyNode(artifact: rootArtifact, number: table.number(rootArtifact), table: table,
                                  scope: "", isOptional: false, exclusions: [])
        path = [root]
        pathNodes[root.number] = root
        unversioned = []
        let direct = project.dependencies.filter { !$0.groupId.isEmpty }.map { Declared($0, table: table) }
        markExactDirectArtifacts(direct)
        for dependency in direct {
            process(dependency, into: root.children, transitive: false, exclusions: [], relocations: [],
                    disableVersionManagement: false)
        }
        path = []
        pathNodes.removeAll()
        directArtifacts.removeAll()
        return root
    }

    /// Makes `managed` from a project's dependencyManagement: per conflict key, the first entry that states each
    /// of version, scope and optionality, and the exclusions of every entry.
    private func makeManaged(_ management: [MavenDependency]) {
        managed.removeAll()
        for entry in management {
            let key = table.keyNumber(ResolverArtifact(
                groupId: entry.groupId, artifactId: entry.artifactId, version: entry.version, type: entry.type,
                classifier: entry.classifier).conflictKey)
            var value = managed[key] ?? ManagedEntry(exclusions: [])
            if value.version == nil, !entry.version.isEmpty { value.version = entry.version }
            if value.scope == nil, let scope = entry.scope, !scope.isEmpty { value.scope = scope }
            if value.optional == nil, let optional = entry.optional { value.optional = optional }
            for exclusion in entry.exclusions where !value.exclusions.contains(exclusion) {
                value.exclusions.append(exclusion)
            }
            managed[key] = value
        }
        managedSource = management
    }

    /// Marks the direct dependencies that become one node each with their declared artifact.
    private func markExactDirectArtifacts(_ direct: [Declared]) {
        // By position, and a known descriptor looked at where it is stored: copying each declaration and
        // descriptor out retained every string and list in them (issue 17).
        for index in direct.indices where direct[index].dependency.scope != "system" {
            let artifact = direct[index].artifact
            guard table.requirement(of: artifact).isExactVersion else { continue }
            if !descriptors.contains(artifact) {
                // Read as `process` will read it; a relocation cycle is reported there, once.
                let (found, isCycle) = readDescriptor(of: artifact, requestedAt: direct[index].dependency.location)
                guard !isCycle else { continue }
                descriptors[artifact] = found
            }
            if descriptors[artifact]?.relocations.isEmpty == true { directArtifacts[artifact] = true }
        }
    }

    private func isExcluded(_ artifact: ResolverArtifact, by exclusions: [POMExclusion]) -> Bool {
        exclusions.contains { $0.matches(group: artifact.groupId, artifact: artifact.artifactId) }
    }

    private func process(_ declared: Declared, into list: ChildList, transitive: Bool, exclusions: [POMExclusion],
                         relocations: [ResolverArtifact], disableVersionManagement: Bool) {
        var number = declared.artifact
        if !exclusions.isEmpty, isExcluded(table.artifacts[number], by: exclusions) { return }

        var scope = declared.scope
        var optional = declared.dependency.isOptional
        var ownExclusions = declared.dependency.exclusions
        var scopeManaged = false
        var optionalManaged = false
        if let entry = managed[table.key(of: number)] {
            if transitive {
                if let version = entry.version, !disableVersionManagement {
                    var artifact = table.artifacts[number]
                    artifact.version = version
                    number = table.number(artifact)
                }
                if let managedScope = entry.scope {
                    scope = managedScope
                    scopeManaged = true
                }
                if let managedOptional = entry.optional {
                    optional = managedOptional
                    optionalManaged = true
                }
            }
            for exclusion in entry.exclusions where !ownExclusions.contains(exclusion) {
                ownExclusions.append(exclusion)
            }
        }
        // The same artifact as a direct dependency (so a fixed version, read without relocation): it loses.
        if transitive && directArtifacts[number] != nil { return }

        let artifact = table.artifacts[number]
        guard case .usable(let constraint) = table.requirement(of: number) else {
            reportUnusableVersion(of: declared.dependency, artifact: artifact, scope: scope, transitive: transitive)
            return
        }
        var versions = [number]
        if constraint.isRange {
            versions = availableVersions(artifact).filter { constraint.contains(MavenVersion($0)) }.map { version in
                var candidate = artifact
                candidate.version = version
                return table.number(candidate)
            }
            if versions.isEmpty {
                diagnostics.append(Diagnostic(.warning, "no version of \(artifact.groupId):\(artifact.artifactId) in "
                                              + "the repository satisfies \(artifact.version)",
                                              at: declared.dependency.location))
                return
            }
        }

        for version in versions {
            // A system-scoped file has no POM to read.
            let descriptor = scope == "system"
                ? Descriptor(artifact: version)
                : self.descriptor(of: version, requestedAt: declared.dependency.location)
            if !descriptor.relocations.isEmpty {
                let target = table.artifacts[descriptor.artifact]
                var relocated = declared.dependency
                relocated.groupId = target.groupId
                relocated.artifactId = target.artifactId
                relocated.version = target.version
                relocated.scope = scope
                relocated.optional = optional
                relocated.exclusions = ownExclusions
                let candidate = table.artifacts[version]
                let sameArtifact = candidate.groupId == target.groupId && candidate.artifactId == target.artifactId
                let followed = Declared(relocated, table: table)
                // Selection looks at the relocated declaration again (a managed scope may now drop it).
                if transitive && followed.isDroppedTransitively { return }
                process(followed, into: list, transitive: transitive, exclusions: exclusions,
                        relocations: relocations + descriptor.relocations, disableVersionManagement: sameArtifact)
                return
            }
            let candidate = descriptor.artifact
            if let ancestor = pathNodes[candidate] {
                let cycle = DependencyNode(artifact: table.artifacts[candidate], number: candidate, table: table,
                                           scope: scope, isOptional: optional, exclusions: ownExclusions,
                                           children: ancestor.children)
                cycle.location = declared.dependency.location
                list.nodes.append(cycle)
                continue
            }
            let node = DependencyNode(artifact: table.artifacts[candidate], number: candidate, table: table,
                                      scope: scope, isOptional: optional, exclusions: ownExclusions)
            node.isScopeManaged = scopeManaged
            node.isOptionalManaged = optionalManaged
            node.constraint = constraint
            node.setRelocations(relocations, table: table)
            node.location = declared.dependency.location
            node.licenses = descriptor.licenses
            node.sourceRepository = descriptor.sourceRepository
            list.nodes.append(node)
            guard !descriptor.dependencies.isEmpty else { continue }
            var childExclusions = exclusions
            for exclusion in ownExclusions where !childExclusions.contains(exclusion) {
                childExclusions.append(exclusion)
            }
            childExclusions.sort()
            let key = PoolKey(artifact: candidate, exclusions: childExclusions)
            if let shared = pool[key] {
                node.children = shared
                continue
            }
            pool[key] = node.children
            guard path.count < Self.maximumDepth else {
                if !reportedDepthCut {
                    diagnostics.append(Diagnostic(.error, "the dependency graph is deeper than \(Self.maximumDepth) "
                                                  + "levels at \(table.artifacts[candidate]); deeper dependencies are "
                                                  + "left out (here and wherever else the build is this deep)",
                                                  at: declared.dependency.location))
                    reportedDepthCut = true
                }
                continue
            }
            path.append(node)
            pathNodes[candidate] = node
            for (position, artifact) in descriptor.followed {
                // What `process` does first, on the artifact's number alone: with no exclusions and no management
                // of its key, the same artifact as a direct dependency is dropped. In a chain of modules that
                // inherit each other's dependencies nearly every transitive declaration ends here.
                if childExclusions.isEmpty, managed[table.key(of: artifact)] == nil, directArtifacts[artifact] != nil {
                    continue
                }
                process(Declared(descriptor.dependencies[position], artifact: artifact), into: node.children,
                        transitive: true, exclusions: childExclusions, relocations: [], disableVersionManagement: false)
            }
            path.removeLast()
            pathNodes[candidate] = nil
        }
    }

    /// Says what becomes of a dependency whose version is unusable: a direct one is listed without a version, a
    /// transitive one is left out.
    private func reportUnusableVersion(of declared: MavenDependency, artifact: ResolverArtifact, scope: String,
                                       transitive: Bool) {
        let isUnresolved = MavenDependency.hasUnresolvedExpression(artifact.version)
        if transitive {
            // A module of the build lists its own dependencies (and says so); from a POM of the repository the
            // dependency is lost, which is said once, naming whose dependency it is.
            let parent = path.last?.artifact.coordinates
            if let parent, builder.reactor[parent] == nil {
                diagnostics.append(Diagnostic(.warning, "\(artifact.groupId):\(artifact.artifactId) has no usable version "
                                              + "('\(artifact.version)'); it is left out of the dependencies of \(parent)",
                                              at: declared.location,
                                              detail: DiagnosticDetail(.unresolvedVersion, [artifact.groupId + ":" + artifact.artifactId])))
            }
        } else {
            var listed = declared
            listed.scope = scope
            unversioned.append(listed)
            // An undefined property was reported where the version uses it.
            if !isUnresolved {
                diagnostics.append(Diagnostic(.warning, "\(artifact.groupId):\(artifact.artifactId) has no usable version "
                                              + "('\(artifact.version)'); it is listed without a version, its "
                                              + "dependencies and licences are unknown", at: declared.location,
                                              detail: DiagnosticDetail(.unresolvedVersion, [artifact.groupId + ":" + artifact.artifactId])))
            }
        }
    }

    private func availableVersions(_ artifact: ResolverArtifact) -> [String] {
        let key = artifact.groupId + ":" + artifact.artifactId
        if let cached = versionCache[key] { return cached }
        var versions = repository.versions(groupId: artifact.groupId, artifactId: artifact.artifactId)
        for coordinates in builder.reactor.keys
        where coordinates.groupId == artifact.groupId && coordinates.artifactId == artifact.artifactId
            && !versions.contains(coordinates.version) {
            versions.append(coordinates.version)
        }
        versions.sort { MavenVersion($0) < MavenVersion($1) }
        versionCache[key] = versions
        return versions
    }

    /// Reads an artifact's POM (following relocations); a missing POM gives a node without dependencies.
    private func descriptor(of artifact: Int, requestedAt location: SourceLocation?) -> Descriptor {
        if let known = descriptors[artifact] { return known }
        let (descriptor, isCycle) = readDescriptor(of: artifact, requestedAt: location)
        if isCycle {
            diagnostics.append(Diagnostic(.error, "the relocations of \(table.artifacts[artifact]) form a cycle",
                                          at: location))
        } else {
            descriptors[artifact] = descriptor
        }
        return descriptor
    }

    /// The descriptor of artifact number `artifact` from the builder, and whether its relocations form a cycle
    /// (the descriptor is then where the cycle closes, without dependencies).
    private func readDescriptor(of artifact: Int, requestedAt location: SourceLocation?)
        -> (descriptor: Descriptor, isCycle: Bool) {
        var current = artifact
        var relocations: [ResolverArtifact] = []
        // Relocation chains are short: a list is cheaper than a set. Type and classifier stay the same along a
        // chain, so the artifact number stands for the coordinates.
        var visited: [Int] = []
        while !visited.contains(current) {
            visited.append(current)
            let coordinates = table.artifacts[current].coordinates
            let source: MavenModelBuilder.Source = builder.reactor[coordinates].map { .file($0) }
                ?? .repository(coordinates)
            guard let model = builder.model(source, requestedAt: location) else {
                return (Descriptor(artifact: current, relocations: relocations), false)
            }
            if let target = model.relocation {
                relocations.append(table.artifacts[current])
                var moved = table.artifacts[current]
                moved.groupId = target.groupId
                moved.artifactId = target.artifactId
                moved.version = target.version
                current = table.number(moved)
                continue
            }
            return (Descriptor(artifact: current, relocations: relocations, model: model, table: table), false)
        }
        return (Descriptor(artifact: current, relocations: relocations), true)
    }
}
