import SovScanModel

/// An artifact as the resolver sees it: coordinates plus the file extension and classifier its type implies.
struct ResolverArtifact: Hashable, CustomStringConvertible {
    var groupId: String
    var artifactId: String
    var version: String
    /// The Maven `<type>` (`jar`, `test-jar`, `pom` ...).
    var type: String
    var classifier: String

    init(groupId: String, artifactId: String, version: String, type: String, classifier: String) {
        self.groupId = groupId
        self.artifactId = artifactId
        self.version = version
        self.type = type
        self.classifier = classifier.isEmpty ? Self.defaultClassifier(of: type) : classifier
    }

    /// The file extension of a type (Maven's standard artifact handlers; unknown types are their own extension).
    var fileExtension: String {
        switch type {
        case "test-jar", "ejb", "ejb-client", "java-source", "javadoc", "maven-plugin", "jar": "jar"
        default: type
        }
    }

    private static func defaultClassifier(of type: String) -> String {
        switch type {
        case "test-jar": "tests"
        case "ejb-client": "client"
        case "java-source": "sources"
        case "javadoc": "javadoc"
        default: ""
        }
    }

    /// What makes two nodes compete in conflict resolution: group, artifact, extension, classifier.
    var conflictKey: ConflictKey {
        ConflictKey(groupId: groupId, artifactId: artifactId, fileExtension: fileExtension, classifier: classifier)
    }

    var coordinates: MavenCoordinates { MavenCoordinates(groupId: groupId, artifactId: artifactId, version: version) }

    var description: String {
        "\(groupId):\(artifactId):\(type)" + (classifier.isEmpty ? "" : ":\(classifier)") + ":\(version)"
    }
}

/// The identity of a conflict group: group, artifact, file extension and classifier (the version is what varies).
struct ConflictKey: Hashable {
    var groupId: String
    var artifactId: String
    var fileExtension: String
    var classifier: String
}

/// The children of a node. Nodes reached with the same artifact and the same exclusions share one list, as in
/// Maven's collector, so conflict resolution sees the same graph shape Maven does.
final class ChildList {
    var nodes: [DependencyNode] = []
    /// The list's number in the conflict resolver's tables (-1 until the resolver numbers it).
    var index = -1
}

/// A node of the dependency graph being resolved.
final class DependencyNode {
    let artifact: ResolverArtifact
    /// The artifact's number in the build's `ArtifactTable`.
    let number: Int
    /// The number of the artifact's conflict key in the build's `ArtifactTable`.
    let conflictKey: Int
    /// The number of the artifact's coordinates in the build's `ArtifactTable`.
    let coordinatesNumber: Int
    /// The scope: declared or managed while collecting, the selected one after conflict resolution.
    var scope: String
    var isOptional: Bool
    var exclusions: [POMExclusion]
    /// Whether dependency management set the scope or the optional flag (they are then not derived).
    var isScopeManaged = false
    var isOptionalManaged = false
    /// The version requirement as declared (a range makes a hard constraint).
    var constraint: MavenVersionConstraint?
    /// Artifacts this one was relocated from.
    private(set) var relocations: [ResolverArtifact] = []
    /// The numbers of their conflict keys: the conflict resolver groups by them without the table, which the
    /// collector goes on filling with the next project's artifacts while this project's graph is resolved.
    private(set) var relocationKeys: [Int] = []
    var children: ChildList
    /// Where the dependency was declared (the depending POM's `<dependency>` line).
    var location: SourceLocation?
    /// The licences of the artifact's POM (through its parents), filled when the descriptor was read.
    var licenses: [POMLicense] = []
    /// Where the artifact's source lives, from its POM (`EffectiveModel.sourceRepository`).
    var sourceRepository: String?
    /// The conflict group the resolver put the node in (-1 until then).
    var group = -1
    /// Whether the resolver cut the node (it lost to another of its group); it is dropped when resolution ends.
    var isCut = false

    /// A node for `artifact`, number `number` in `table`.
    init(artifact: ResolverArtifact, number: Int, table: ArtifactTable, scope: String, isOptional: Bool,
         exclusions: [POMExclusion], children: ChildList = ChildList()) {
        self.artifact = artifact
        self.number = number
        conflictKey = table.key(of: number)
        coordinatesNumber = table.coordinates(of: number)
        self.scope = scope
        self.isOptional = isOptional
        self.exclusions = exclusions
        self.children = children
    }

    /// Records the artifacts this one was relocated from, numbering their conflict keys in `table`.
    func setRelocations(_ relocations: [ResolverArtifact], table: ArtifactTable) {
        self.relocations = relocations
        relocationKeys = relocations.map { table.keyNumber($0.conflictKey) }
    }
}
