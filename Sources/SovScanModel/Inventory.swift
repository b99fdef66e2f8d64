/// Everything a scan found in one system (one scanned repository): its components, graph and diagnostics.
public struct SystemInventory: Sendable, Hashable, Codable {
    /// The system's name (the folder's name unless configured).
    public var name: String
    /// The scanned root path as given.
    public var root: String
    /// The manifest files that were read, relative to `root`, sorted.
    public var manifests: [String]
    /// One component per purl, sorted by purl.
    public var components: [Component]
    public var graph: DependencyGraph
    /// Diagnostics about this system's manifests, sorted, each once (a problem of a parent POM that 700 modules
    /// inherit is reported once).
    public var diagnostics: [Diagnostic]

    public init(
        name: String,
        root: String,
        manifests: [String] = [],
        components: [Component] = [],
        graph: DependencyGraph = DependencyGraph(),
        diagnostics: [Diagnostic] = []
    ) {
        self.name = name
        self.root = root
        self.manifests = manifests.sorted()
        // Components that come sorted (as the catalogers and the SBOM importer hand them over) are checked in one
        // pass instead of being copied into a sorted array.
        let isSorted = zip(components, components.dropFirst()).allSatisfy { !($1.purl < $0.purl) }
        self.components = isSorted ? components : components.sorted { $0.purl < $1.purl }
        self.graph = graph
        self.diagnostics = Diagnostic.sortedUnique(diagnostics)
    }

    /// The components that are the system's own code (modules, workspace packages).
    public var firstPartyComponents: [Component] { components.filter(\.isFirstParty) }

    /// The third-party components.
    public var thirdPartyComponents: [Component] { components.filter { !$0.isFirstParty } }

    /// How many third-party components there are, counted without copying them.
    public var thirdPartyCount: Int { components.count { !$0.isFirstParty } }

    /// Whether a manifest could not be read completely (an error diagnostic exists).
    public var isIncomplete: Bool { diagnostics.contains { $0.severity == .error } }

    /// The component with this purl, if any.
    public func component(_ purl: PackageURL) -> Component? {
        components.first { $0.purl == purl }
    }
}

/// The result of reading one or more systems.
public struct Inventory: Sendable, Hashable, Codable {
    public var systems: [SystemInventory]
    /// Diagnostics not tied to one system (a path that does not exist).
    public var diagnostics: [Diagnostic]

    public init(systems: [SystemInventory] = [], diagnostics: [Diagnostic] = []) {
        self.systems = systems
        self.diagnostics = diagnostics.sorted()
    }

    /// Whether any part of the scan could not be read.
    public var isIncomplete: Bool {
        diagnostics.contains { $0.severity == .error } || systems.contains(where: \.isIncomplete)
    }

    /// All diagnostics, of the scan and of every system.
    public var allDiagnostics: [Diagnostic] { diagnostics + systems.flatMap(\.diagnostics) }
}
