/// One package of a system: identified by its purl, with every place it was declared.
public struct Component: Sendable, Hashable, Codable, Identifiable {
    /// The identity; one component per purl per system.
    public var purl: PackageURL
    public var ecosystem: Ecosystem
    /// The namespace as the ecosystem writes it: Maven groupId, npm scope (`@angular`), Swift `host/owner`.
    public var group: String?
    /// The name as the ecosystem writes it (`core` for `@angular/core`, artifactId for Maven).
    public var name: String
    /// The version, or the revision/branch for a package pinned without a version; `nil` when unpinned.
    public var version: String?
    /// The strongest scope the component is reached in.
    public var scope: Scope
    /// An optional dependency (Maven `<optional>`, npm `optional`).
    public var isOptional: Bool
    /// Declared by one of the system's own manifests (not only reached through another package).
    public var isDirect: Bool
    /// The system's own code (a module of the build, a workspace package, a `private` package): own development.
    public var isFirstParty: Bool
    /// Licences as stated, before normalisation.
    public var declaredLicenses: [DeclaredLicense]
    /// Licence files of the package found on disk (installed `node_modules`, SwiftPM checkouts, a file named by
    /// `SEE LICENSE IN`), as paths relative to the scanned root; the enrich stage identifies their texts.
    public var licenseFiles: [String]
    /// The licence sovscan concluded; `nil` until the enrich stage ran.
    public var concludedLicense: ConcludedLicense?
    /// Every manifest position that declares or locks this component, sorted.
    public var locations: [SourceLocation]
    /// Further facts as `key: value` (`resolved`, `integrity`, `unpinned`, `maven:type` ...), written into SBOMs
    /// as `sovscan:` properties.
    public var properties: [String: String]

    public var id: PackageURL { purl }

    public init(
        purl: PackageURL,
        ecosystem: Ecosystem,
        group: String? = nil,
        name: String,
        version: String? = nil,
        scope: Scope = .runtime,
        isOptional: Bool = false,
        isDirect: Bool = false,
        isFirstParty: Bool = false,
        declaredLicenses: [DeclaredLicense] = [],
        licenseFiles: [String] = [],
        concludedLicense: ConcludedLicense? = nil,
        locations: [SourceLocation] = [],
        properties: [String: String] = [:]
    ) {
        self.purl = purl
        self.ecosystem = ecosystem
        self.group = group
        self.name = name
        self.version = version
        self.scope = scope
        self.isOptional = isOptional
        self.isDirect = isDirect
        self.isFirstParty = isFirstParty
        self.declaredLicenses = declaredLicenses
        self.licenseFiles = licenseFiles
        self.concludedLicense = concludedLicense
        self.locations = locations
        self.properties = properties
    }

    /// The name people know the package by: `@angular/core`, `org.postgresql:postgresql`, `swift-nio`.
    public var displayName: String {
        switch ecosystem {
        case .maven: group.map { "\($0):\(name)" } ?? name
        case .npm: group.map { "\($0)/\(name)" } ?? name
        case .container, .ci, .terraform: group.map { "\($0)/\(name)" } ?? name
        case .swift, .generic: name
        }
    }

    /// Whether the component ships with the system (its scope ships).
    public var ships: Bool { scope.ships }

    /// The property a cataloger sets on first-party code that is a client app (an iOS or macOS app, a package
    /// for Apple's device platforms only); its value says why. The app's dependencies default to `frontend`.
    public static let clientAppProperty = "client-app"

    /// The property a cataloger sets, with value `unknownParentValue`, on a locked package whose parent no manifest
    /// names (a SwiftPM pin without a checkout or fetched manifest); it hangs off the project that locks it.
    public static let unknownParentProperty = "parent"
    /// The value of `unknownParentProperty`.
    public static let unknownParentValue = "unknown"

    /// The property a cataloger sets on a dependency when the targets of the project that use it tell which side
    /// it runs on (`client` or `server`: SwiftPM targets of an iOS app's features or of a Vapor server); the
    /// dependency's default level follows it.
    public static let targetSideProperty = "target-side"

    /// The property that says which targets use a dependency and why they run where they do (with
    /// `targetSideProperty`, or for a dependency only plugins and macros use).
    public static let targetEvidenceProperty = "target-evidence"

    /// The property a cataloger sets on a package when the project's shipping targets name the products of it they
    /// link (Xcode's `XCSwiftPackageProductDependency`, `.product(name:package:)`): the product names, sorted and
    /// separated by `, `. A multi-product SDK's level can follow them (a technology rule's `products:`).
    public static let linkedProductsProperty = "linked-products"

    /// The property a cataloger sets on a component that is a provider's service rather than software (a
    /// GitHub-hosted runner); its value names the service. It gets no default level: it counts through its binding.
    public static let serviceProperty = "service"

    /// The property a cataloger sets on a package whose own manifest gave its edges to what it depends on; its value
    /// names that manifest: a file of the scanned tree (a checkout, `.build/checkouts/x/Package.swift`) or the URL
    /// it was fetched from (without credentials), so a reader can tell edges from the files from edges from the
    /// network.
    public static let dependenciesSourceProperty = "dependencies-from"

    /// The property a cataloger sets where a package's own metadata says where its source lives (a Maven POM's
    /// `<scm><url>` or `<url>`), as written there.
    public static let sourceRepositoryProperty = "source-repository"

    /// The property a cataloger sets on a first-party project whose manifest declares a project of a folder that
    /// encloses it (npm `"di-auth": "file:../"`); its value is that declaration. Such a project uses the system's own
    /// code from outside (an example, a documentation site, a test harness, a developer tool that draws a diagram of
    /// the app) and does not ship with it.
    public static let usesEnclosingProjectProperty = "uses-enclosing-project"

    /// The property a cataloger sets on a first-party npm project that is an editor extension: its `package.json`
    /// states the editor it runs in (`engines.vscode`); its value is that manifest's path. Such a project runs in the
    /// developers' editors (Apache Camel Karavan's VS Code extension beside its Quarkus application), so beside a
    /// project that is not one it is development tooling, unless another manifest of the same name and version (one
    /// component: Karavan's web UI is also `karavan`) is not an extension's.
    public static let editorExtensionProperty = "editor-extension"

    /// The property a cataloger sets on a first-party npm project whose `package.json` names commands in `bin`: their
    /// names, sorted and separated by `, `. A workspace's own command-line tool that the other projects declare for
    /// development only (nl-mgo-app-web's `ts-json-schema`, which generates JSON schemas when the APIs are built)
    /// runs at build time.
    public static let commandsProperty = "npm:bin"

    /// The property a cataloger sets on a first-party npm project whose runtime dependencies include packages that
    /// only its `package.json` build scripts use: a script runs their executable and no source file imports them
    /// (`name: script`), or only the files that build scripts run, and the files only those import, import them
    /// (`name: script via file`, the file relative to the project's folder). Sorted by name and separated by `; `
    /// (`rimraf: prebuild; yaml: build:data via scripts/make-data.js`), written and read by `DependencyEvidenceList`.
    /// They run at build time, not in what the project ships.
    public static let scriptOnlyDependenciesProperty = "script-only-dependencies"

    /// The property a cataloger sets on a first-party npm project whose runtime dependencies include packages that
    /// nothing uses: no source file imports them, no file names them and no script runs them. Entries
    /// `name: evidence`, sorted by name and separated by `; `, written and read by `DependencyEvidenceList`. Such a
    /// package is installed but never loaded where the system runs.
    public static let unusedDependenciesProperty = "unused-dependencies"

    /// The property a cataloger sets on a first-party npm project whose program a runtime dependency runs where the
    /// system runs: a script that starts or deploys the system runs a source file with the dependency's executable
    /// (Dockge's `"start": "tsx ./backend/index.ts"`) or makes Node.js preload it (`node --import tsx server.ts`).
    /// Entries `name: script`, sorted by name and separated by `; ` (`tsx: start`), written and read by
    /// `DependencyEvidenceList`. Such a runner and what it loads run with the system, not only while it is built.
    public static let programRunnersProperty = "program-runners"

    /// The property a cataloger sets on an npm package that a manifest declares, or a lockfile locks, for
    /// development only, but that a first-party application's bundled user interface ships (issue 15: Uptime
    /// Kuma's Vue, Bootstrap and Chart.js are `devDependencies` that Vite bundles into the pages its server serves).
    /// Its value says why: `imported by src/App.vue; vite config config/vite.config.js` for a package the interface
    /// imports, `through vue, imported by ...` for one of its dependencies. Such a package's scope is `runtime`,
    /// since it ships; the property keeps that it was declared for development.
    public static let bundledIntoInterfaceProperty = "bundled-into-ui"

    /// The property a cataloger sets on an npm package that a first-party project's shipping code imports although
    /// its `package.json` does not declare it (a hoisting package manager installs it for a dependency: generated
    /// SOAP clients import `soap`, which only their generator declares). Its value names the first importing file:
    /// `imported by lib/soap/client.ts of go-frontend, which does not declare it`; the project gets an edge to it.
    public static let importedUndeclaredProperty = "imported-undeclared"

    /// The property a cataloger sets on an npm dependency of a full-stack project (a server and the user interface
    /// it serves in one `package.json`) when only the files of one side import it: `client` or `server`. Its
    /// default level follows that side, as a Swift dependency's follows `targetSideProperty`.
    public static let importSideProperty = "import-side"

    /// The property that says which files import a dependency with `importSideProperty`, and that the other side's
    /// files do not (`imported only by the user interface (src/frontend/hooks/useDeepEffect.ts); no file of the
    /// server (src/backend) imports it`).
    public static let importEvidenceProperty = "import-evidence"

    /// The property a cataloger sets on a first-party project that points its S3 client at an endpoint of its own
    /// (`an endpoint option of new S3Client in src/storage.ts`): any S3-compatible store may serve it, so the SDK
    /// alone does not bind the system to AWS.
    public static let s3EndpointProperty = "s3-endpoint"

    /// The property a cataloger sets on a first-party project whose own code runs virtual machines or containers
    /// (`imports Virtualization (Sources/tart/VM/VM.swift)`): the system is a platform that other software runs on.
    public static let platformHostProperty = "platform-host"

    /// The properties the Maven cataloger sets on a module of the scanned build: its own POM's `<name>` and
    /// `<description>`, white space made single spaces. A module's role can follow from them (a test identity
    /// provider does not ship).
    public static let mavenNameProperty = "maven:name"
    public static let mavenDescriptionProperty = "maven:description"
    /// The property the Maven cataloger sets on a direct dependency that the same POM excludes from another of its
    /// direct dependencies (InSEE's Queen listener excludes `commons-beanutils` from `spring-boot-starter-artemis`
    /// and declares a fixed version beside it): `group:artifact` of that dependency. The declaration patches what
    /// that dependency brings, so it serves what that dependency serves.
    public static let mavenReplacesExcludedProperty = "maven:replaces-excluded-from"
    /// The property the Maven cataloger sets on a module of the scanned build: its effective `<packaging>` (`jar`
    /// when the POM gives none; `pom` for an aggregator or parent, which ships no code of its own).
    public static let mavenPackagingProperty = "maven:packaging"

    /// The property the online stage sets on a package hosted on GitHub: `user` when its repository belongs to a
    /// personal account, `organization` when to an organisation (GitHub's users API). Without a rule that names a
    /// steward, a personal account's package is presumed to be an independent maintainer's.
    public static let repositoryOwnerProperty = "repository-owner"

    /// Folds another sighting of the same purl into this one: the strongest scope wins, optional only if both
    /// are, direct if either is, locations, licences and properties are united.
    public mutating func merge(_ other: Component) {
        self = Component.merged([self, other]) ?? self
    }

    /// Folds many sightings of one purl at once (as `merge` does pairwise), sorting locations and licence files
    /// once instead of after every sighting; `nil` for no sightings.
    public static func merged<Sightings: Collection<Component>>(_ sightings: Sightings) -> Component? {
        guard let first = sightings.first else { return nil }
        var fold = ComponentFold(first)
        for other in sightings.dropFirst() { fold.add(other) }
        return fold.result
    }
}
