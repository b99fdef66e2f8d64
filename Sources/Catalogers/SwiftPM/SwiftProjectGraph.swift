import SovScanModel

/// Turns the pins and declarations of one project into components and edges.
struct SwiftProjectGraph {
    let root: PackageURL
    let manifest: PackageManifest?
    let checkouts: SwiftCheckouts
    let context: CatalogContext
    private(set) var result = CatalogResult()
    /// Identities that were pinned.
    private var pinned: Set<String> = []
    /// The declarations of the manifest by identity (the first one when repeated).
    private let declarations: [String: ManifestDependency]

    init(root: PackageURL, manifest: PackageManifest?, checkouts: SwiftCheckouts, context: CatalogContext) {
        self.root = root
        self.manifest = manifest
        self.checkouts = checkouts
        self.context = context
        declarations = Dictionary((manifest?.dependencies ?? []).map { ($0.identity, $0) }) { first, _ in first }
    }

    /// The declaration in `Package.swift` of a package, by identity.
    private func declaration(of identity: String) -> ManifestDependency? {
        declarations[identity]
    }

    /// Adds the pins of `Package.resolved` with their edges and licence files. `localPackages` are the local
    /// packages of an Xcode project (their root purl and manifest): the pins they declare are their direct
    /// dependencies.
    mutating func addPins(_ pins: [ResolvedPin], localPackages: [(root: PackageURL, manifest: PackageManifest)] = []) {
        var localUses: [String: [(root: PackageURL, dependency: ManifestDependency, scope: Scope)]] = [:]
        // How the targets of the project's own manifest and of its local packages use each pin. An Xcode
        // project's application targets link products of its local packages: those are client targets.
        let linkedByApp = manifest.map { $0.applicationTargets.isEmpty ? [] : Set($0.linkedProducts) } ?? []
        let ownUses = manifest.map { SwiftTargetSides.uses(in: $0) } ?? [:]
        var targetUses = ownUses
        for (localRoot, localManifest) in localPackages {
            let uses = SwiftTargetSides.uses(in: localManifest, linkedByApp: linkedByApp)
            // A package declared in both branches of an `if`/`else` is read twice: its use is added once.
            var seen = Set<String>()
            for dependency in localManifest.dependencies where seen.insert(dependency.identity).inserted {
                let use = uses[dependency.identity]
                localUses[dependency.identity, default: []].append(
                    (localRoot, dependency, Self.scope(localManifest.isTestOnly(dependency), use)))
                if let use { targetUses[dependency.identity, default: SwiftTargetUse()].add(use) }
            }
        }
        var purls: [String: PackageURL] = [:]
        var componentIndex: [String: Int] = [:]
        var folders: [String: String] = [:]
        for pin in pins {
            let version = pin.version ?? pin.revision ?? pin.branch
            guard let purl = pin.location.purl(version: version) else {
                result.diagnostics.append(Diagnostic(.error, "pin '\(pin.identity)' cannot form a purl", at: pin.declaredAt))
                continue
            }
            pinned.insert(pin.identity)
            purls[pin.identity] = purl
            let declared = declaration(of: pin.identity)
            let uses = localUses[pin.identity] ?? []
            var properties: [String: String] = ["identity": pin.identity, "kind": pin.kind.rawValue]
            if !pin.locationText.isEmpty { properties["location"] = pin.locationText }
            if let revision = pin.revision { properties["revision"] = revision }
            if let branch = pin.branch { properties["branch"] = branch }
            if let packageName = pin.packageName { properties["package"] = packageName }
            if let requirement = declared?.requirement ?? uses.lazy.compactMap(\.dependency.requirement).first {
                properties["requirement"] = requirement.description
            }
            if let use = targetUses[pin.identity] { Self.describe(use, in: &properties) }
            var licenseFiles: [String] = []
            if let folder = checkouts.folder(identity: pin.identity, location: pin.location, version: pin.version) {
                folders[pin.identity] = folder
                licenseFiles = checkouts.licenseFiles(in: folder)
                if licenseFiles.isEmpty {
                    result.diagnostics.append(Diagnostic(.note, "the checkout of '\(pin.identity)' has no licence file",
                                                         at: SourceLocation(file: folder)))
                }
            }
            var locations = [pin.declaredAt]
            if let declared { locations.append(declared.declaredAt) }
            locations += uses.map(\.dependency.declaredAt)
            componentIndex[pin.identity] = result.components.count
            result.components.append(Component(
                purl: purl, ecosystem: .swift, group: pin.location.namespace, name: pin.location.name, version: version,
                isDirect: declared != nil || !uses.isEmpty, licenseFiles: licenseFiles, locations: locations.sorted(), properties: properties))
        }
        let fetched = fetchManifests(pins.filter { purls[$0.identity] != nil && folders[$0.identity] == nil })
        var hasParent: Set<String> = []
        var children: [String: [String]] = [:]
        var shipping: [String] = []  // identities known to ship: runtime direct pins and pins of unknown parent
        var notShipping: [Scope: [String]] = [:]  // identities declared only for tests or for the build
        for pin in pins {
            guard let purl = purls[pin.identity] else { continue }
            var declaredScopes: [Scope] = []
            if let declared = declaration(of: pin.identity) {
                let scope = Self.scope(manifest?.isTestOnly(declared) ?? false, ownUses[pin.identity])
                result.edges.append(DependencyEdge(from: root, to: purl, scope: scope))
                declaredScopes.append(scope)
            }
            for use in localUses[pin.identity] ?? [] {
                result.edges.append(DependencyEdge(from: use.root, to: purl, scope: use.scope))
                declaredScopes.append(use.scope)
            }
            if !declaredScopes.isEmpty { hasParent.insert(pin.identity) }
            for scope in declaredScopes {
                if scope.ships { shipping.append(pin.identity) } else { notShipping[scope, default: []].append(pin.identity) }
            }
            let declared: (identities: [String], evidence: String?)
            if let folder = folders[pin.identity] {
                declared = dependencyIdentities(ofCheckout: folder)
            } else if let manifest = fetched[pin.identity] {
                declared = dependencyIdentities(ofFetched: manifest, pin: pin)
            } else {
                continue
            }
            if let evidence = declared.evidence, let index = componentIndex[pin.identity] {
                result.components[index].properties[Component.dependenciesSourceProperty] = evidence
            }
            for child in declared.identities where child != pin.identity {
                guard let childPurl = purls[child] else { continue }
                result.edges.append(DependencyEdge(from: purl, to: childPurl, scope: .runtime))
                children[pin.identity, default: []].append(child)
                hasParent.insert(child)
            }
        }
        for pin in pins where !hasParent.contains(pin.identity) {
            guard let purl = purls[pin.identity], let index = componentIndex[pin.identity] else { continue }
            result.components[index].properties["parent"] = "unknown"
            result.edges.append(DependencyEdge(from: root, to: purl, scope: .runtime))
            shipping.append(pin.identity)
        }
        markNotShipping(notShipping, shipping: shipping, children: children, componentIndex: componentIndex)
    }

    /// The scope of a declaration: `test` when only test targets use it, `dev` when only plugins, macros and the
    /// tools they run use it (build time), else `runtime`.
    private static func scope(_ isTestOnly: Bool, _ use: SwiftTargetUse?) -> Scope {
        if isTestOnly { return .test }
        return use?.buildTimeOnly == true ? .dev : .runtime
    }

    /// Writes the side of the targets that use a package (`Component.targetSideProperty`) and the evidence
    /// (`Component.targetEvidenceProperty`) into its properties.
    private static func describe(_ use: SwiftTargetUse, in properties: inout [String: String]) {
        if let side = use.side {
            properties[Component.targetSideProperty] = side.rawValue
            properties[Component.targetEvidenceProperty] = use.evidence
        } else if use.buildTimeOnly {
            let users = Array(Set(use.buildTimeUsers)).sorted()
            properties[Component.targetEvidenceProperty] = "used only at build time, by plugin, macro or tool targets "
                + users.prefix(3).joined(separator: ", ") + (users.count > 3 ? " and \(users.count - 3) more" : "")
        }
    }

    /// Gives scope `test` (or `dev`) to the pins reached only from direct dependencies declared for tests (or for
    /// the build: plugins and macros); a pin reached from a shipping one, or of unknown parent, stays `runtime`.
    private mutating func markNotShipping(_ notShipping: [Scope: [String]], shipping: [String],
                                          children: [String: [String]], componentIndex: [String: Int]) {
        func reach(_ start: [String]) -> Set<String> {
            var seen = Set(start)
            var pending = start
            while let next = pending.popLast() {
                for child in children[next] ?? [] where seen.insert(child).inserted { pending.append(child) }
            }
            return seen
        }
        let ships = reach(shipping)
        for scope in [Scope.dev, .test] {
            for identity in reach(notShipping[scope] ?? []).subtracting(ships) {
                if let index = componentIndex[identity] { result.components[index].scope = scope }
            }
        }
    }

    /// An edge from the project to one of its local packages (an Xcode project's folder reference).
    mutating func addLocalPackageEdge(to package: PackageURL) {
        result.edges.append(DependencyEdge(from: root, to: package, scope: .runtime))
    }

    /// Adds the declarations of `Package.swift` that no pin covers: unpinned direct dependencies. For a local
    /// package of an Xcode project, `lockfile` is the project's `Package.resolved` and `identities` what it pins:
    /// those declarations are listed by the project's graph, not here.
    mutating func addUnpinnedDeclarations(pinnedBy lockfile: String? = nil, identities: Set<String> = []) {
        guard let manifest else { return }
        let targetUses = SwiftTargetSides.uses(in: manifest)
        var seen = pinned.union(identities)
        for dependency in manifest.dependencies where seen.insert(dependency.identity).inserted {
            var version: String?
            var properties: [String: String] = ["identity": dependency.identity, "unpinned": "true",
                                                "location": dependency.locationText]
            switch dependency.requirement {
            case .exact(let exact): version = exact
            case .revision(let revision): version = revision; properties["revision"] = revision
            case .branch(let branch): properties["branch"] = branch
            default: break
            }
            if let requirement = dependency.requirement { properties["requirement"] = requirement.description }
            guard let purl = dependency.location.purl(version: version) else { continue }
            let use = targetUses[dependency.identity]
            if let use { Self.describe(use, in: &properties) }
            let scope = Self.scope(manifest.isTestOnly(dependency), use)
            var isFirstParty = false
            if case .local(let path) = dependency.location, !path.hasPrefix("/"), !path.hasPrefix("~") {
                isFirstParty = true  // a package of the same repository
                properties["kind"] = "path"
            }
            if !pinned.isEmpty || lockfile != nil, !isFirstParty {
                result.diagnostics.append(Diagnostic(.warning, "'\(dependency.identity)' is declared but not pinned in \(lockfile ?? "Package.resolved")",
                                                     at: dependency.declaredAt))
            }
            result.components.append(Component(
                purl: purl, ecosystem: .swift, group: dependency.location.namespace, name: dependency.location.name,
                version: version, scope: scope, isDirect: true, isFirstParty: isFirstParty, locations: [dependency.declaredAt],
                properties: properties))
            result.edges.append(DependencyEdge(from: root, to: purl, scope: scope))
        }
    }

    /// The manifests of pins without a checkout, by identity, from the options' `SwiftManifestSource` (all in one
    /// request, so it can fetch them in parallel); none without a source.
    private mutating func fetchManifests(_ pins: [ResolvedPin]) -> [String: RemoteSwiftManifest] {
        guard let source = context.options.swiftManifests, !pins.isEmpty else { return [:] }
        let (manifests, diagnostics) = source.manifests(of: pins)
        result.diagnostics += diagnostics
        var byIdentity: [String: RemoteSwiftManifest] = [:]
        for (pin, manifest) in zip(pins, manifests) where byIdentity[pin.identity] == nil {
            byIdentity[pin.identity] = manifest
        }
        return byIdentity
    }

    /// The identities a checked-out package depends on: from its `Package.swift`, else its `Package.resolved`;
    /// the file read is the evidence. What the parser cannot read in the checkout's manifest is reported at its own
    /// line, one severity lower (a dependency's manifest is not the system's to fix): its edges may be incomplete.
    private mutating func dependencyIdentities(ofCheckout folder: String) -> (identities: [String], evidence: String?) {
        let manifestPath = folder + "/Package.swift"
        if case .success(let bytes) = context.files.read(context.absolutePath(manifestPath), reportedAs: manifestPath) {
            let (identities, problems) = Self.declaredIdentities(bytes, file: manifestPath)
            result.diagnostics += problems.map { problem in
                var lowered = problem
                lowered.severity = problem.severity == .error ? .warning : .note
                lowered.message = "a checked-out dependency's Package.swift, its edges may be incomplete: " + problem.message
                return lowered
            }
            return (identities, manifestPath)
        }
        let resolvedPath = folder + "/Package.resolved"
        if case .success(let bytes) = context.files.read(context.absolutePath(resolvedPath), reportedAs: resolvedPath),
           let resolved = PackageResolvedParser.parse(bytes, file: resolvedPath).0 {
            return (resolved.pins.map(\.identity), resolvedPath)
        }
        return ([], nil)
    }

    /// The identities a package's fetched `Package.swift` declares, read as a checkout's; the URL is the evidence.
    /// What the parser cannot read is reported at the pin (a dependency's manifest is no file of the system, so
    /// its errors are warnings and its warnings notes): its edges may be incomplete.
    private mutating func dependencyIdentities(ofFetched manifest: RemoteSwiftManifest, pin: ResolvedPin)
        -> (identities: [String], evidence: String?) {
        let (identities, problems) = Self.declaredIdentities(manifest.bytes, file: manifest.origin)
        for problem in problems {
            let line = problem.location?.line.map { ", line \($0)" } ?? ""
            result.diagnostics.append(Diagnostic(problem.severity == .error ? .warning : .note,
                                                 "the Package.swift of '\(pin.identity)' (\(manifest.origin)\(line)): \(problem.message)",
                                                 at: pin.declaredAt))
        }
        return (identities, manifest.origin)
    }

    /// The identities of the packages a manifest declares, and the parser's problems.
    private static func declaredIdentities(_ bytes: [UInt8], file: String) -> (identities: [String], problems: [Diagnostic]) {
        let (manifest, problems) = PackageManifestParser.parse(bytes, file: file)
        return (manifest.dependencies.map(\.identity), problems)
    }
}
