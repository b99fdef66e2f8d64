import SovScanModel

/// Builds the full ("dirty") dependency graph of one project the way Maven 3.8's collector does: every
/// declaration is followed, test/provided and optional dependencies are not followed beyond the first level,
/// exclusions accumulate along paths, the project's dependencyManagement applies to transitive dependencies
/// (versions, scopes, optional) and its exclusions everywhere, ranges give one node per available version.
final class DependencyCollector {
    private let builder: MavenModelBuilder
    private let repository: any MavenRepository
    private(set) var diagnostics: [Diagnostic] = []
    /// The direct dependencies of the last collected project that have no usable version: Maven would stop the
    /// build; the scan lists them without a version rather than dropping them.
    private(set) var unversioned: [MavenDependency] = []
    private var pool: [PoolKey: ChildList] = [:]
    private var versionCache: [String: [String]] = [:]
    private var path: [DependencyNode] = []
    /// The artifacts on `path`, for the cycle check (the outermost node of each; an artifact is on a path once).
    private var pathNodes: [ResolverArtifact: DependencyNode] = [:]
    /// The project's direct dependencies that are exactly one artifact (no range, no relocation, not system).
    /// A transitive node of the same artifact always loses to the direct one (nearest wins; the direct one's
    /// scope and optionality decide), and its subtree is cut before anything below it is settled, so it is not
    /// collected at all: a chain of modules that inherit each other's dependencies stays proportional to them.
    private var directArtifacts: Set<ResolverArtifact> = []
    private var managed: [ConflictKey: ManagedEntry] = [:]
    /// Descriptors already read, for every project of the build (they depend on the artifact alone).
    private var descriptors: [ResolverArtifact: Descriptor] = [:]

    /// Deeper paths are cut with a diagnostic. Real graphs stay far below this (a few dozen levels); resolving
    /// conflicts costs about the square of the depth per project, so a chain of 1,000 modules each depending on
    /// the next must be cut early to finish in seconds.
    static let maximumDepth = 128
    /// Whether a depth cut was reported in this build: one diagnostic says it, not one per module of a chain.
    private var reportedDepthCut = false

    private struct PoolKey: Hashable {
        var artifact: ResolverArtifact
        var exclusions: [POMExclusion]
    }

    private struct ManagedEntry {
        var version: String?
        var scope: String?
        var optional: Bool?
        var exclusions: [POMExclusion]
    }

    /// The descriptor of an artifact: its final coordinates after relocations, dependencies and licences.
    private struct Descriptor {
        var artifact: ResolverArtifact
        var relocations: [ResolverArtifact]
        var dependencies: [MavenDependency]?
        var licenses: [POMLicense]
    }

    init(builder: MavenModelBuilder, repository: any MavenRepository) {
        self.builder = builder
        self.repository = repository
    }

    /// The dirty graph of `project`, rooted at a node for the project itself.
    func collect(_ project: EffectiveModel) -> DependencyNode {
        pool.removeAll()
        managed.removeAll()
        for entry in project.dependencyManagement {
            let key = ResolverArtifact(groupId: entry.groupId, artifactId: entry.artifactId, version: entry.version,
                                       type: entry.type, classifier: entry.classifier).conflictKey
            var value = managed[key] ?? ManagedEntry(exclusions: [])
            if value.version == nil, !entry.version.isEmpty { value.version = entry.version }
            if value.scope == nil, let scope = entry.scope, !scope.isEmpty { value.scope = scope }
            if value.optional == nil, let optional = entry.optional { value.optional = optional }
            for exclusion in entry.exclusions where !value.exclusions.contains(exclusion) {
                value.exclusions.append(exclusion)
            }
            managed[key] = value
        }
        let root = DependencyNode(
            artifact: ResolverArtifact(groupId: project.coordinates.groupId, artifactId: project.coordinates.artifactId,
                                       version: project.coordinates.version, type: project.packaging, classifier: ""),
            scope: "", isOptional: false, exclusions: [])
        path = [root]
        pathNodes = [root.artifact: root]
        unversioned = []
        directArtifacts = exactDirectArtifacts(project)
        for dependency in project.dependencies where !dependency.groupId.isEmpty {
            process(dependency, into: root.children, transitive: false, exclusions: [], relocations: [],
                    disableVersionManagement: false)
        }
        path = []
        pathNodes = [:]
        directArtifacts = []
        return root
    }

    /// The direct dependencies of `project` that become one node each with their declared artifact.
    private func exactDirectArtifacts(_ project: EffectiveModel) -> Set<ResolverArtifact> {
        var result: Set<ResolverArtifact> = []
        for dependency in project.dependencies where !dependency.groupId.isEmpty && dependency.scope != "system" {
            let artifact = ResolverArtifact(groupId: dependency.groupId, artifactId: dependency.artifactId,
                                            version: dependency.version, type: dependency.type,
                                            classifier: dependency.classifier)
            guard !MavenDependency.hasUnresolvedExpression(artifact.version), !artifact.version.isEmpty,
                  let constraint = MavenVersionConstraint(artifact.version), !constraint.isRange else { continue }
            // Read as `process` will read it; a relocation cycle is reported there, once.
            let (found, isCycle) = descriptors[artifact].map { ($0, false) }
                ?? readDescriptor(of: artifact, requestedAt: dependency.location)
            guard !isCycle else { continue }
            descriptors[artifact] = found
            if found.relocations.isEmpty { result.insert(artifact) }
        }
        return result
    }

    private func isExcluded(_ artifact: ResolverArtifact, by exclusions: [POMExclusion]) -> Bool {
        exclusions.contains { $0.matches(group: artifact.groupId, artifact: artifact.artifactId) }
    }

    private func process(_ declared: MavenDependency, into list: ChildList, transitive: Bool,
                         exclusions: [POMExclusion], relocations: [ResolverArtifact], disableVersionManagement: Bool) {
        var artifact = ResolverArtifact(groupId: declared.groupId, artifactId: declared.artifactId,
                                        version: declared.version, type: declared.type, classifier: declared.classifier)
        let declaredScope = declared.scope ?? "compile"
        // Selection uses the dependency as declared, before management.
        if transitive && (declaredScope == "test" || declaredScope == "provided") { return }
        if transitive && declared.isOptional { return }
        if isExcluded(artifact, by: exclusions) { return }

        var scope = declaredScope
        var optional = declared.isOptional
        var ownExclusions = declared.exclusions
        var scopeManaged = false
        var optionalManaged = false
        if let entry = managed[artifact.conflictKey] {
            if transitive {
                if let version = entry.version, !disableVersionManagement { artifact.version = version }
                if let managedScope = entry.scope {
                    scope = managedScope
                    scopeManaged = true
                }
                if let managedOptional = entry.optional {
                    optional = managedOptional
                    optionalManaged = true
                }
            }
            if !entry.exclusions.isEmpty {
                for exclusion in entry.exclusions where !ownExclusions.contains(exclusion) {
                    ownExclusions.append(exclusion)
                }
            }
        }
        // The same artifact as a direct dependency (so a fixed version, read without relocation): it loses.
        if transitive && directArtifacts.contains(artifact) { return }

        let constraintText = artifact.version
        // An undefined property leaves `${name}` in the version: no version at all, not a version of that text.
        let isUnresolved = MavenDependency.hasUnresolvedExpression(constraintText)
        guard let constraint = MavenVersionConstraint(constraintText), !constraintText.isEmpty, !isUnresolved else {
            if transitive {
                // A module of the build lists its own dependencies (and says so); from a POM of the repository the
                // dependency is lost, which is said once, naming whose dependency it is.
                let parent = path.last?.artifact.coordinates
                if let parent, builder.reactor[parent] == nil {
                    diagnostics.append(Diagnostic(.warning, "\(artifact.groupId):\(artifact.artifactId) has no usable version "
                                                  + "('\(constraintText)'); it is left out of the dependencies of \(parent)",
                                                  at: declared.location,
                                                  detail: DiagnosticDetail(.unresolvedVersion, ["\(artifact.groupId):\(artifact.artifactId)"])))
                }
            } else {
                var listed = declared
                listed.scope = scope
                unversioned.append(listed)
                // An undefined property was reported where the version uses it.
                if !isUnresolved {
                    diagnostics.append(Diagnostic(.warning, "\(artifact.groupId):\(artifact.artifactId) has no usable version "
                                                  + "('\(constraintText)'); it is listed without a version, its dependencies "
                                                  + "and licences are unknown", at: declared.location,
                                                  detail: DiagnosticDetail(.unresolvedVersion, ["\(artifact.groupId):\(artifact.artifactId)"])))
                }
            }
            return
        }
        var versions = [constraintText]
        if constraint.isRange {
            versions = availableVersions(artifact).filter { constraint.contains(MavenVersion($0)) }
            if versions.isEmpty {
                diagnostics.append(Diagnostic(.warning, "no version of \(artifact.groupId):\(artifact.artifactId) in "
                                              + "the repository satisfies \(constraintText)", at: declared.location))
                return
            }
        }

        for version in versions {
            var candidate = artifact
            candidate.version = version
            // A system-scoped file has no POM to read.
            let descriptor = scope == "system"
                ? Descriptor(artifact: candidate, relocations: [], dependencies: nil, licenses: [])
                : self.descriptor(of: candidate, requestedAt: declared.location)
            if !descriptor.relocations.isEmpty {
                var relocated = declared
                relocated.groupId = descriptor.artifact.groupId
                relocated.artifactId = descriptor.artifact.artifactId
                relocated.version = descriptor.artifact.version
                relocated.scope = scope
                relocated.optional = optional
                relocated.exclusions = ownExclusions
                let sameArtifact = candidate.groupId == descriptor.artifact.groupId
                    && candidate.artifactId == descriptor.artifact.artifactId
                process(relocated, into: list, transitive: transitive, exclusions: exclusions,
                        relocations: relocations + descriptor.relocations, disableVersionManagement: sameArtifact)
                return
            }
            candidate = descriptor.artifact
            if let ancestor = pathNodes[candidate] {
                let cycle = DependencyNode(artifact: candidate, scope: scope, isOptional: optional,
                                           exclusions: ownExclusions, children: ancestor.children)
                cycle.location = declared.location
                list.nodes.append(cycle)
                continue
            }
            let node = DependencyNode(artifact: candidate, scope: scope, isOptional: optional, exclusions: ownExclusions)
            node.isScopeManaged = scopeManaged
            node.isOptionalManaged = optionalManaged
            node.constraint = constraint
            node.relocations = relocations
            node.location = declared.location
            node.licenses = descriptor.licenses
            list.nodes.append(node)
            guard let dependencies = descriptor.dependencies, !dependencies.isEmpty else { continue }
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
                                                  + "levels at \(candidate); deeper dependencies are left out (here and "
                                                  + "wherever else the build is this deep)", at: declared.location))
                    reportedDepthCut = true
                }
                continue
            }
            path.append(node)
            pathNodes[candidate] = node
            for dependency in dependencies where !dependency.groupId.isEmpty {
                process(dependency, into: node.children, transitive: true, exclusions: childExclusions,
                        relocations: [], disableVersionManagement: false)
            }
            path.removeLast()
            pathNodes[candidate] = nil
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
    private func descriptor(of artifact: ResolverArtifact, requestedAt location: SourceLocation?) -> Descriptor {
        if let known = descriptors[artifact] { return known }
        let (descriptor, isCycle) = readDescriptor(of: artifact, requestedAt: location)
        if isCycle {
            diagnostics.append(Diagnostic(.error, "the relocations of \(artifact) form a cycle", at: location))
        } else {
            descriptors[artifact] = descriptor
        }
        return descriptor
    }

    /// The descriptor of `artifact` from the builder, and whether its relocations form a cycle (the descriptor is
    /// then where the cycle closes, without dependencies).
    private func readDescriptor(of artifact: ResolverArtifact, requestedAt location: SourceLocation?)
        -> (descriptor: Descriptor, isCycle: Bool) {
        var current = artifact
        var relocations: [ResolverArtifact] = []
        // Relocation chains are short: a list is cheaper than a set.
        var visited: [MavenCoordinates] = []
        while !visited.contains(current.coordinates) {
            visited.append(current.coordinates)
            let source: MavenModelBuilder.Source = builder.reactor[current.coordinates].map { .file($0) }
                ?? .repository(current.coordinates)
            guard let model = builder.model(source, requestedAt: location) else {
                return (Descriptor(artifact: current, relocations: relocations, dependencies: nil, licenses: []), false)
            }
            if let target = model.relocation {
                relocations.append(current)
                current.groupId = target.groupId
                current.artifactId = target.artifactId
                current.version = target.version
                continue
            }
            return (Descriptor(artifact: current, relocations: relocations, dependencies: model.dependencies,
                               licenses: model.licenses), false)
        }
        return (Descriptor(artifact: current, relocations: relocations, dependencies: nil, licenses: []), true)
    }
}
