import SovScanModel

/// Reads the manifests of one ecosystem into components, edges and diagnostics. Catalogers are pure: they read
/// files only through the `CatalogContext` and never touch the network.
public protocol Cataloger: Sendable {
    /// A short name for messages (`npm`, `maven`).
    var name: String { get }
    /// The manifest kinds this cataloger reads.
    var kinds: Set<ManifestKind> { get }
    /// Catalogs all manifests of its kinds found in one system. The cataloger decides how files belong together
    /// (a lockfile with the `package.json` beside it; a reactor of POMs).
    func catalog(_ manifests: [ManifestFile], in context: CatalogContext) -> CatalogResult
}

/// What a cataloger found.
public struct CatalogResult: Sendable {
    /// Components; the same purl may appear more than once (the scanner merges them).
    public var components: [Component]
    public var edges: [DependencyEdge]
    public var diagnostics: [Diagnostic]

    public init(components: [Component] = [], edges: [DependencyEdge] = [], diagnostics: [Diagnostic] = []) {
        self.components = components
        self.edges = edges
        self.diagnostics = diagnostics
    }

    /// Appends another result.
    public mutating func append(_ other: CatalogResult) {
        components += other.components
        edges += other.edges
        diagnostics += other.diagnostics
    }

    /// The results one after the other, after `diagnostics`. The longest list of components and of edges (a large
    /// build's) is moved into the joined result, not copied: the lists before it are inserted in front, those
    /// after it appended, so the sightings are never held twice.
    public static func joined(_ results: consuming [CatalogResult], after diagnostics: [Diagnostic]) -> CatalogResult {
        var joined = CatalogResult(diagnostics: diagnostics + results.flatMap(\.diagnostics))
        joined.components = movingLongest(\.components, of: &results)
        joined.edges = movingLongest(\.edges, of: &results)
        return joined
    }

    /// The lists at `list` of every result joined in order, the longest one moved out of its result.
    private static func movingLongest<Element>(_ list: WritableKeyPath<CatalogResult, [Element]>,
                                               of results: inout [CatalogResult]) -> [Element] {
        let longest = results.indices.max { results[$0][keyPath: list].count < results[$1][keyPath: list].count }
        guard let longest else { return [] }
        var joined: [Element] = []
        swap(&joined, &results[longest][keyPath: list])
        joined.insert(contentsOf: results[..<longest].flatMap { $0[keyPath: list] }, at: 0)
        for result in results[(longest + 1)...] { joined += result[keyPath: list] }
        return joined
    }
}

/// What catalogers may use: the system's root, a file reader, and the user's options.
public struct CatalogContext: Sendable {
    /// The scanned root folder (absolute).
    public var root: String
    /// Options given on the command line that catalogers understand.
    public var options: CatalogOptions
    /// Reads files under the root; by default it refuses paths that lead outside the root.
    public var files: FileReader

    /// A context for `root`; `files` defaults to a reader confined to `root`.
    public init(root: String, options: CatalogOptions = CatalogOptions(), files: FileReader? = nil) {
        self.root = root
        self.options = options
        self.files = files ?? FileReader(confinedTo: root)
    }

    /// The absolute path of a path relative to the root.
    public func absolutePath(_ relativePath: String) -> String {
        relativePath.isEmpty ? root : root + "/" + relativePath
    }

    /// Reads a manifest; on failure returns the diagnostic to report.
    public func read(_ manifest: ManifestFile) -> Result<[UInt8], Diagnostic> {
        files.read(absolutePath(manifest.relativePath), reportedAs: manifest.relativePath)
    }

    /// The bytes of each of `manifests`, in the order given; a manifest that cannot be read adds its diagnostic
    /// to `diagnostics` and is left out.
    public func readAll(_ manifests: [ManifestFile], diagnostics: inout [Diagnostic]) -> [(manifest: ManifestFile, bytes: [UInt8])] {
        manifests.compactMap { manifest in
            switch read(manifest) {
            case .success(let bytes): return (manifest, bytes)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            }
        }
    }
}

/// Options for catalogers, set from the command line.
public struct CatalogOptions: Sendable {
    /// A Maven local repository to read (`--maven-repo`); `nil` means `~/.m2/repository` or settings.xml.
    public var mavenRepository: String?
    /// Maven profiles to activate (`-P`).
    public var mavenProfiles: [String]
    /// User properties (`-D name=value`) for Maven.
    public var mavenProperties: [String: String]
    /// Where POMs the local repository lacks come from (the cache of remote repositories, fetched with
    /// `--online`); asked after the local repository. `nil`: the local repository only.
    public var remoteMavenRepository: (any MavenRepository)?
    /// Where the `Package.swift` of a Swift pin without a checkout comes from (the cache of GitHub's contents API,
    /// fetched with `--online`), for its edges. `nil`: checkouts only.
    public var swiftManifests: (any SwiftManifestSource)?
    /// Which packages are build, lint or test tooling by their own role (the scanner takes it from the rules), so
    /// that a bundled front end packs none of them merely because a packed package declares one. `nil`: only the
    /// bundlers and compilers the npm cataloger knows.
    public var buildTooling: (any BuildToolingPackages)?

    public init(mavenRepository: String? = nil, mavenProfiles: [String] = [], mavenProperties: [String: String] = [:],
                remoteMavenRepository: (any MavenRepository)? = nil, swiftManifests: (any SwiftManifestSource)? = nil,
                buildTooling: (any BuildToolingPackages)? = nil) {
        self.mavenRepository = mavenRepository
        self.mavenProfiles = mavenProfiles
        self.mavenProperties = mavenProperties
        self.remoteMavenRepository = remoteMavenRepository
        self.swiftManifests = swiftManifests
        self.buildTooling = buildTooling
    }
}
