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
        let resolution = MavenBuildResolver.resolve(pomPaths: poms, root: context.root, options: context.options,
                                                    files: context.files)
        return Self.result(of: resolution)
    }

    /// Components, edges and diagnostics of a resolved build.
    static func result(of resolution: MavenBuildResolution) -> CatalogResult {
        var result = CatalogResult(diagnostics: resolution.diagnostics)
        let reactor = Set(resolution.projects.map(\.model.coordinates))
        // The same artifacts recur in every module of a reactor: make each purl once.
        var purls: [PurlKey: PackageURL?] = [:]
        func cachedPurl(_ coordinates: MavenCoordinates, type: String, classifier: String) -> PackageURL? {
            let key = PurlKey(coordinates: coordinates, type: type, classifier: classifier)
            if let known = purls[key] { return known }
            let made = purl(coordinates, type: type, classifier: classifier)
            purls[key] = made
            return made
        }
        for project in resolution.projects {
            let model = project.model
            guard let projectURL = purl(model.coordinates, type: model.packaging, classifier: "") else {
                result.diagnostics.append(Diagnostic(.warning, "the project has incomplete coordinates "
                                                     + "(\(model.coordinates)); it is left out", at: model.location))
                continue
            }
            var own = Component(purl: projectURL, ecosystem: .maven, group: model.coordinates.groupId,
                                name: model.coordinates.artifactId, version: model.coordinates.version,
                                scope: .compile, isDirect: false, isFirstParty: true,
                                declaredLicenses: declared(model.licenses), locations: [model.location])
            own.properties = properties(licenses: model.licenses)
            own.properties["maven:packaging"] = model.packaging
            if !model.activeProfiles.isEmpty {
                own.properties["maven:activeProfiles"] = model.activeProfiles.joined(separator: ",")
            }
            if !model.inactiveProfiles.isEmpty {
                own.properties["maven:inactiveProfiles"] = model.inactiveProfiles.joined(separator: ",")
            }
            result.components.append(own)
            var nodes: [MavenCoordinates: PackageURL] = [:]
            for dependency in project.dependencies where nodes[dependency.coordinates] == nil {
                nodes[dependency.coordinates] = cachedPurl(dependency.coordinates, type: dependency.type,
                                                           classifier: dependency.classifier)
            }
            for dependency in project.dependencies {
                guard let url = cachedPurl(dependency.coordinates, type: dependency.type, classifier: dependency.classifier)
                else { continue }
                var component = Component(
                    purl: url, ecosystem: .maven, group: dependency.groupId, name: dependency.artifactId,
                    version: dependency.version, scope: Scope(rawValue: dependency.scope) ?? .compile,
                    isOptional: dependency.isOptional, isDirect: dependency.depth == 1,
                    isFirstParty: reactor.contains(dependency.coordinates),
                    declaredLicenses: declared(dependency.licenses),
                    locations: dependency.location.map { [$0] } ?? [])
                component.properties = properties(licenses: dependency.licenses)
                if !dependency.relocatedFrom.isEmpty {
                    component.properties["maven:relocatedFrom"] = dependency.relocatedFrom.map(\.description)
                        .joined(separator: ",")
                }
                result.components.append(component)
                let from = dependency.parent.flatMap { nodes[$0] } ?? projectURL
                result.edges.append(DependencyEdge(from: from, to: url, scope: component.scope))
            }
            for dependency in project.unversioned {
                let coordinates = MavenCoordinates(groupId: dependency.groupId, artifactId: dependency.artifactId, version: "")
                guard let url = cachedPurl(coordinates, type: dependency.type, classifier: dependency.classifier) else { continue }
                let scope = Scope(rawValue: dependency.scope ?? "compile") ?? .compile
                let component = Component(
                    purl: url, ecosystem: .maven, group: dependency.groupId, name: dependency.artifactId,
                    scope: scope, isOptional: dependency.optional ?? false, isDirect: true,
                    locations: [dependency.location], properties: ["unpinned": "true"])
                result.components.append(component)
                result.edges.append(DependencyEdge(from: projectURL, to: url, scope: scope))
            }
        }
        // Positions are sorted, then applied: the large values move once instead of at every step of a sort.
        let components = result.components
        let componentOrder = components.indices.sorted { components[$0].purl < components[$1].purl }
        let edges = result.edges
        let edgeOrder = edges.indices.sorted { edges[$0] < edges[$1] }
        result.components.permute(to: componentOrder)
        result.edges.permute(to: edgeOrder)
        return result
    }

    /// What a Maven purl is made from.
    private struct PurlKey: Hashable {
        let coordinates: MavenCoordinates
        let type: String
        let classifier: String
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
