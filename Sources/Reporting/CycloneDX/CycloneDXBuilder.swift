import Classification
import Foundation
import SovScanModel

/// Builds the CycloneDX model of an inventory, shared by the JSON and the XML writer: components with purl,
/// scope, hashes, licences in the right field, the dependency graph, and sovscan's facts as properties.
/// Deterministic: sorted components and properties, `bom-ref` = purl, a serial number derived from the content.
/// The model is made a component at a time (`component(at:)`, `dependency(at:)`), so the JSON writer lays each out
/// as it is made and never holds the whole document; `document` makes all of it.
struct CycloneDXBuilder {
    private let view: BOMView
    let serialNumber: String
    let metadata: CycloneDXDocument.Metadata

    init(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) {
        let view = BOMView(inventory, classifications: classifications)
        self.view = view
        serialNumber = StableUUID.urn(for: view.components.map(\.purl.description) + [view.rootRef])
        var metadataProperties: [CycloneDXDocument.Property] = []
        if view.incomplete { metadataProperties.append(.init(name: SovScanPropertyNames.incomplete, value: "true")) }
        metadata = CycloneDXDocument.Metadata(
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
        )
    }

    /// The whole document.
    static func document(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) -> CycloneDXDocument {
        let builder = CycloneDXBuilder(inventory, classifications: classifications, context: context)
        return CycloneDXDocument(serialNumber: builder.serialNumber, metadata: builder.metadata,
                                 components: builder.componentPositions.map(builder.component(at:)),
                                 dependencies: builder.dependencyPositions.map(builder.dependency(at:)))
    }

    /// The positions of the components, in the document's order.
    var componentPositions: Range<Int> { view.components.indices }

    /// The positions of the dependency entries: the root's, then one per component.
    var dependencyPositions: Range<Int> { 0..<(view.components.count + 1) }

    /// The dependency entry at `position`: the root's (0), else that of the component at `position - 1`.
    func dependency(at position: Int) -> CycloneDXDocument.Dependency {
        guard position > 0 else {
            return CycloneDXDocument.Dependency(ref: view.rootRef, dependsOn: view.rootDependencies.map(\.description))
        }
        return CycloneDXDocument.Dependency(ref: view.components[position - 1].purl.description,
                                            dependsOn: view.dependencies(at: position - 1).map(\.description))
    }

    /// How many components the JSON layout has made at a time (`laidOutComponents(at:depth:)`): enough to share
    /// among the cores, few enough that a batch is a small part of the document.
    static let batchSize = 256

    /// The JSON objects of the components at `positions`, in order, each made and laid out on every core as
    /// `JSONOutput.element(object:)` lays it out in an array at `depth`: laying out was half of a component's
    /// cost and ran on the writer's thread alone while the other core had nothing left to do (issue 17). Each is
    /// made from the view alone (`component(at:)` reads nothing that changes), so the objects are those made one
    /// after another.
    func laidOutComponents(at positions: Range<Int>, depth: Int) -> [[UInt8]] {
        IndexedResults.made(count: positions.count) { offset in
            JSONOutput.object(atDepth: depth, component(at: positions.lowerBound + offset).writeMembers)
        }
    }

    func component(at position: Int) -> CycloneDXDocument.Component {
        let component = view.components[position]
        let classification = view.classification(at: position)
        let properties = ClassificationProperties.merged(component, edgeScopes: view.unusualEdgeScopes(at: position),
                                                         classification: classification)
        return CycloneDXDocument.Component(
            type: component.isFirstParty ? "application" : "library",
            bomRef: component.purl.description,
            supplier: classification?.vendor.flatMap(Self.supplier),
            group: component.group,
            name: component.name,
            version: component.version,
            scope: Self.scope(of: component),
            hashes: Self.hashes(of: component).nilIfEmpty,
            licenses: CycloneDXLicenses.choices(for: component).nilIfEmpty,
            purl: component.purl.description,
            externalReferences: Self.externalReferences(of: component).nilIfEmpty,
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
