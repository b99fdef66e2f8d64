import Classification
import SovScanModel

/// Builds the CycloneDX model of an inventory, shared by the JSON and the XML writer: components with purl,
/// scope, hashes, licences in the right field, the dependency graph, and sovscan's facts as properties.
/// Deterministic: sorted components and properties, `bom-ref` = purl, a serial number derived from the content.
enum CycloneDXBuilder {
    static func document(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) -> CycloneDXDocument {
        let view = BOMView(inventory, classifications: classifications)
        var dependencies = [CycloneDXDocument.Dependency(ref: view.rootRef, dependsOn: view.rootDependencies.map(\.description))]
        for (position, component) in view.components.enumerated() {
            dependencies.append(CycloneDXDocument.Dependency(
                ref: component.purl.description,
                dependsOn: view.dependencies(at: position).map(\.description)
            ))
        }
        var metadataProperties: [CycloneDXDocument.Property] = []
        if view.incomplete { metadataProperties.append(.init(name: SovScanPropertyNames.incomplete, value: "true")) }
        return CycloneDXDocument(
            serialNumber: StableUUID.urn(for: view.components.map(\.purl.description) + [view.rootRef]),
            metadata: CycloneDXDocument.Metadata(
                timestamp: context.isoTimestamp,
                tools: CycloneDXDocument.Tools(components: [
                    CycloneDXDocument.Component(type: "application", group: "sovscan", name: "sovscan",
                                                version: context.toolVersion)
                ]),
                component: CycloneDXDocument.Component(
                    type: "application",
                    bomRef: view.rootRef,
                    name: view.name,
                    properties: view.roots.map { CycloneDXDocument.Property(name: SovScanPropertyNames.root, value: $0) }
                        .nilIfEmpty
                ),
                properties: metadataProperties.nilIfEmpty
            ),
            components: view.components.indices.map { component(at: $0, view: view) },
            dependencies: dependencies
        )
    }

    private static func component(at position: Int, view: BOMView) -> CycloneDXDocument.Component {
        let component = view.components[position]
        let classification = view.classification(at: position)
        let properties = ClassificationProperties.merged(component, edgeScopes: view.unusualEdgeScopes(at: position),
                                                         classification: classification)
        return CycloneDXDocument.Component(
            type: component.isFirstParty ? "application" : "library",
            bomRef: component.purl.description,
            supplier: classification?.vendor.flatMap(supplier),
            group: component.group,
            name: component.name,
            version: component.version,
            scope: scope(of: component),
            hashes: hashes(of: component).nilIfEmpty,
            licenses: CycloneDXLicenses.choices(for: component).nilIfEmpty,
            purl: component.purl.description,
            externalReferences: externalReferences(of: component).nilIfEmpty,
            properties: properties.map { CycloneDXDocument.Property(name: $0.name, value: $0.value) }
        )
    }

    /// The supplier of a component: its vendor when a rule names it. A presumed steward (`VendorFacts.presumed`) is
    /// no known supplier, and CycloneDX's `supplier` states the organisation that supplied the component, so it is
    /// left out; the `sovscan:vendor` and `sovscan:vendor-presumed` properties still say whom sovscan presumes.
    private static func supplier(_ vendor: VendorFacts) -> CycloneDXDocument.OrganizationalEntity? {
        guard !vendor.isPresumed else { return nil }
        return CycloneDXDocument.OrganizationalEntity(name: vendor.name,
                                                      address: vendor.country.map { CycloneDXDocument.PostalAddress(country: $0) })
    }

    private static func scope(of component: Component) -> String {
        if !component.scope.ships { return "excluded" }
        return component.isOptional ? "optional" : "required"
    }

    private static func hashes(of component: Component) -> [CycloneDXDocument.Hash] {
        guard let integrity = component.properties["integrity"] else { return [] }
        // Split as bytes: splitting by Character walks grapheme clusters, slow for tens of thousands of digests.
        return integrity.utf8.split(separator: UInt8(ascii: " ")).compactMap { SubresourceIntegrity.hash(String(Substring($0))) }
            .map { CycloneDXDocument.Hash(alg: $0.algorithm, content: $0.hex) }
    }

    /// Where the package was downloaded from (`distribution`: an npm lockfile's `resolved`) and where its source
    /// lives (`vcs`: a Maven POM's `<scm><url>`, when it is a URL with a scheme).
    private static func externalReferences(of component: Component) -> [CycloneDXDocument.ExternalReference] {
        var references: [CycloneDXDocument.ExternalReference] = []
        if let resolved = component.properties["resolved"], resolved.contains("://") {
            references.append(CycloneDXDocument.ExternalReference(type: "distribution", url: resolved))
        }
        if var source = component.properties[Component.sourceRepositoryProperty] {
            for prefix in ["scm:git:", "scm:"] where source.hasPrefix(prefix) { source.removeFirst(prefix.count) }
            if source.contains("://"), !source.contains(" ") {
                references.append(CycloneDXDocument.ExternalReference(type: "vcs", url: source))
            }
        }
        return references
    }
}

extension Array {
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
