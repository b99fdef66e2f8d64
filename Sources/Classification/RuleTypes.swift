import SovScanModel

/// A vendor, foundation or public body that stewards software: `Rules/vendors.yml`.
public struct Vendor: Sendable, Hashable, Codable {
    /// Stable key other rules refer to (`apache`, `digst`).
    public var id: String
    public var name: String
    /// ISO 3166-1 alpha-2 code of the legal seat; `nil` for an international community without one.
    public var country: String?
    public var bloc: Bloc
    public var governance: Governance
    /// The id of the vendor that controls this one (`redhat` → `ibm`), if any.
    public var parent: String?
    /// Public sources for the facts above (at least one URL).
    public var sources: [String]
    /// Free text: caveats, confidence.
    public var note: String?
    /// Where the entry was read.
    public var location: SourceLocation?

    public init(id: String, name: String, country: String?, bloc: Bloc, governance: Governance, parent: String? = nil,
                sources: [String], note: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.country = country
        self.bloc = bloc
        self.governance = governance
        self.parent = parent
        self.sources = sources
        self.note = note
        self.location = location
    }
}

/// A purl pattern with an optional version range, as written in a rule.
public struct PatternSpec: Sendable, Hashable, Codable {
    public var pattern: PurlPattern
    public var versions: VersionRange?

    public init(pattern: PurlPattern, versions: VersionRange? = nil) {
        self.pattern = pattern
        self.versions = versions
    }

    /// Whether the purl matches the pattern and, when a range is given, its version lies in it. A component
    /// without a version never matches a pattern that has a range.
    public func matches(key: String, version: String?) -> Bool {
        matches(bytes: Array(key.utf8), version: version)
    }

    func matches(bytes key: [UInt8], version: String?) -> Bool {
        guard pattern.matches(bytes: key) else { return false }
        guard let versions else { return true }
        guard let version else { return false }
        return versions.contains(version)
    }
}

/// Dependency edges that a technology rule states for its packages, with the public page that shows them: the
/// dependencies they need only for their own command-line tool or build scripts (`build-time:`: svelte-i18n's `sade`
/// serves its message-extraction CLI, React Native's `@react-native/community-cli-plugin` its Node scripts; what the
/// system reaches only through such edges runs at build time, never in the shipped product), and the dependencies
/// their manifests declare in every version the patterns cover (`known-dependencies:`: Firebase's companion
/// packages), which connect a SwiftPM pin that no manifest read offline connects (`KnownDependencyEdges`).
public struct StatedDependencies: Sendable, Hashable, Codable {
    /// The members of the rule whose dependency edges these are (`of:`); empty: every package the rule matches.
    public var of: [PatternSpec]
    /// The dependencies of those members that the statement is about (`dependencies:`).
    public var dependencies: [PatternSpec]
    /// The products of those members whose targets need the dependencies (`products:`, `known-dependencies:`
    /// only): Firebase needs LevelDB only for Firestore and the Realtime Database. Empty: every product.
    public var products: [String]
    /// The public page (package manifest, repository) that shows the use (`source:`).
    public var source: String

    public init(of: [PatternSpec] = [], dependencies: [PatternSpec], products: [String] = [], source: String) {
        self.of = of
        self.dependencies = dependencies
        self.products = products
        self.source = source
    }

    /// The products of a parent that links `linked` (as `Component.linkedProductsProperty` writes them) that need
    /// the dependencies: every linked one when the statement names no products; `nil` when the linked products are
    /// not known, so the statement holds as for any product; empty when the parent links none of the products that
    /// need them, so the edge does not exist in this system.
    public func productsNeeding(linked: String?) -> [String]? {
        guard !products.isEmpty, let linked else { return nil }
        let names = Set(linked.split(separator: ",").map { String($0.drop { $0 == " " }) })
        return products.filter(names.contains)
    }

    /// Whether the statement covers the edge from `parent`, a member of the rule, to `child`.
    public func covers(from parent: PackageURL, to child: PackageURL) -> Bool {
        covers(parentKey: PurlPattern.key(of: parent), parentVersion: parent.version,
               childKey: PurlPattern.key(of: child), childVersion: child.version)
    }

    /// Whether the statement covers the edge from a member of the rule (`parentKey`, a purl without version) to
    /// `childKey`, by keys and versions.
    public func covers(parentKey: String, parentVersion: String?, childKey: String, childVersion: String?) -> Bool {
        (of.isEmpty || of.contains { $0.matches(key: parentKey, version: parentVersion) })
            && dependencies.contains { $0.matches(key: childKey, version: childVersion) }
    }
}

/// The members of a technology that a third-party library of another kind uses only for its development features
/// (`development-features:`), by the kind of feature: a command-line interface library (yargs, Commander, Inquirer)
/// serves a library's own `bin`, a file watcher (chokidar) its watch mode. What the system reaches only through
/// such an edge runs while developing, never in the shipped product (docs/methodology.md section 4, step 3).
public struct DevelopmentFeatures: Sendable, Hashable, Codable {
    /// A kind of development feature, named in the rules and in the explanation.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Argument parsers and terminal prompts, which a library needs only for its own command line.
        case commandLine = "command-line"
        /// File watchers, which a library needs only to reload or rebuild while a developer edits files.
        case fileWatching = "file-watching"

        /// Words for the explanation: what a library uses such a member for, and what the member is.
        var explanation: (feature: String, member: String, use: String) {
            switch self {
            case .commandLine: ("the command line", "a command-line interface library", "only for its own bin")
            case .fileWatching: ("the watch mode", "a file watcher", "only to reload while developing")
            }
        }
    }

    /// The members of each kind, in the order of `Kind.allCases`; a kind without members is absent.
    public var members: [Kind: [PatternSpec]]

    public init(_ members: [Kind: [PatternSpec]] = [:]) {
        self.members = members.filter { !$0.value.isEmpty }
    }

    /// Whether the rule has no such members.
    public var isEmpty: Bool { members.isEmpty }

    /// The kind of the member a package (`key`, a purl without version) is, or nil when it is none.
    func kind(ofKey key: String, version: String?) -> Kind? {
        Kind.allCases.first { kind in
            members[kind]?.contains { $0.matches(key: key, version: version) } ?? false
        }
    }
}

/// A technology: a group of packages that STIL counts as one unit (`Rules/technologies/*.yml`).
public struct TechnologyRule: Sendable, Hashable, Codable {
    public var id: String
    /// The technology's name (`Spring`, `Angular`).
    public var name: String
    /// The stack level; `nil` lets the level be inherited (utility libraries serve whatever uses them).
    public var level: StackLevel?
    /// The id of the stewarding vendor.
    public var vendor: String?
    public var patterns: [PatternSpec]
    /// The licence of the matched artefacts as an SPDX expression or `LicenseRef-`, for artefacts that carry no
    /// licence a scan can read and whose terms never change (`license:`); the licence of last resort.
    public var license: String?
    /// The public page that states `license` (`license-source:`); required with it.
    public var licenseSource: String?
    /// The dependencies its packages need only at build time (`build-time:`).
    public var buildTime: StatedDependencies?
    /// The dependencies its packages' manifests declare (`known-dependencies:`, a statement per group of members),
    /// for pins no manifest connects.
    public var knownDependencies: [StatedDependencies]
    /// The members that a third-party package of another kind depends on only for its development features
    /// (`development-features:`): command-line interface libraries, file watchers. That edge is build time.
    public var developmentFeatures: DevelopmentFeatures
    /// The level of each of its products, for an SDK without a level of its own (`products:`).
    public var products: ProductLevels?
    public var note: String?
    public var location: SourceLocation?

    public init(id: String, name: String, level: StackLevel?, vendor: String?, patterns: [PatternSpec],
                license: String? = nil, licenseSource: String? = nil, buildTime: StatedDependencies? = nil,
                knownDependencies: [StatedDependencies] = [],
                developmentFeatures: DevelopmentFeatures = DevelopmentFeatures(), products: ProductLevels? = nil, note: String? = nil,
                location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.vendor = vendor
        self.patterns = patterns
        self.license = license
        self.licenseSource = licenseSource
        self.buildTime = buildTime
        self.knownDependencies = knownDependencies
        self.developmentFeatures = developmentFeatures
        self.products = products
        self.note = note
        self.location = location
    }
}

/// An SDK that ties a system to a provider's service: `Rules/bindings.yml`.
public struct BindingRule: Sendable, Hashable, Codable {
    public var id: String
    /// The platform's name as reports show it (`AWS`, `Azure`, `Firebase`).
    public var platform: String
    /// The id of the vendor operating the platform.
    public var vendor: String
    public var kind: BindingKind
    /// Whether the service behind the SDK is proprietary (no self-hostable OSS equivalent under the same API).
    public var proprietary: Bool
    public var patterns: [PatternSpec]
    /// Packages the patterns reach that do not bind (`exclude:`): type declarations only, such as
    /// `@firebase/installations-types` under `@firebase/*`, call no service.
    public var exclusions: [PatternSpec]
    /// The open SDKs that serve the same role (`alternatives:`): where every project that declares the binding's
    /// SDK declares two of them beside it, the binding is optional (`OptionalBindings`).
    public var alternatives: BindingAlternatives?
    /// The SDK's packages that only speak the S3 API (`s3-clients:`): where every project that declares the
    /// binding's SDK declares only these and points them at an endpoint of its own, the binding is optional
    /// (`OptionalBindings`).
    public var s3Clients: S3ClientPackages?
    public var note: String?
    public var location: SourceLocation?

    public init(id: String, platform: String, vendor: String, kind: BindingKind, proprietary: Bool,
                patterns: [PatternSpec], exclusions: [PatternSpec] = [], alternatives: BindingAlternatives? = nil,
                s3Clients: S3ClientPackages? = nil, note: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.platform = platform
        self.vendor = vendor
        self.kind = kind
        self.proprietary = proprietary
        self.patterns = patterns
        self.exclusions = exclusions
        self.alternatives = alternatives
        self.s3Clients = s3Clients
        self.note = note
        self.location = location
    }
}

/// A binding rule's `s3-clients:`: the packages of the SDK that speak only the S3 API (the client, presigners,
/// transfer managers and the SDK's transports they use), the role they serve and what else serves it. A client
/// pointed at an endpoint the system configures (`Component.s3EndpointProperty`) talks to any S3-compatible store.
public struct S3ClientPackages: Sendable, Hashable, Codable {
    /// The role as reports show it (`object storage (the S3 API)`).
    public var role: String
    /// What serves the role in the provider's place, as reports show it.
    public var alternatives: [String]
    public var patterns: [PatternSpec]
    public var sources: [String]

    public init(role: String, alternatives: [String], patterns: [PatternSpec], sources: [String]) {
        self.role = role
        self.alternatives = alternatives
        self.patterns = patterns
        self.sources = sources
    }
}

/// A binding rule's `alternatives:`: the SDKs of open alternatives that serve the same role as the bound SDK (the
/// JDBC drivers of PostgreSQL, MySQL, MariaDB, HSQLDB beside Oracle's), with the sources that show they do.
public struct BindingAlternatives: Sendable, Hashable, Codable {
    /// The role the bound SDK and the alternatives share, as reports show it (`relational database driver`).
    public var role: String
    public var patterns: [PatternSpec]
    public var sources: [String]

    public init(role: String, patterns: [PatternSpec], sources: [String]) {
        self.role = role
        self.patterns = patterns
        self.sources = sources
    }
}

/// A licence change of a project from some version on: `Rules/relicensing.yml`.
public struct RelicensingEvent: Sendable, Hashable, Codable {
    public var id: String
    /// The project as people know it (`Elasticsearch`).
    public var project: String
    public var vendor: String?
    /// The packages affected; each pattern's own range, if any, narrows `versions`.
    public var patterns: [PatternSpec]
    /// The versions under the new licence (`>= 7.11.0`).
    public var versions: VersionRange
    /// The licence before the change, as an SPDX expression or `LicenseRef-`.
    public var from: String
    /// The licence from the change on.
    public var to: String
    /// Whether the new licence is OSS (OSI/FSF-approved): a move toward OSS is not a risk.
    public var ossAfter: Bool
    /// The date of the announcement or first release, `YYYY-MM-DD` or `YYYY-MM`.
    public var date: String
    public var sources: [String]
    public var note: String?
    public var location: SourceLocation?

    public init(id: String, project: String, vendor: String?, patterns: [PatternSpec], versions: VersionRange,
                from: String, to: String, ossAfter: Bool, date: String, sources: [String], note: String? = nil,
                location: SourceLocation? = nil) {
        self.id = id
        self.project = project
        self.vendor = vendor
        self.patterns = patterns
        self.versions = versions
        self.from = from
        self.to = to
        self.ossAfter = ossAfter
        self.date = date
        self.sources = sources
        self.note = note
        self.location = location
    }

    /// Whether the event applies to this package at this version.
    public func applies(key: String, version: String?) -> Bool {
        guard let version, versions.contains(version) else { return false }
        return patterns.contains { $0.matches(key: key, version: version) }
    }
}
