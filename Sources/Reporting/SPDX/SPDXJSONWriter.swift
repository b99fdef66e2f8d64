import Classification
import Foundation
import SovScanModel

/// Writes an inventory as an SPDX 2.3 JSON document: one package per component (ids derived from purls), the
/// system as the described package, `DEPENDS_ON` and the scope-specific relationships for the graph,
/// `licenseConcluded`/`licenseDeclared` from the concluded expression, `LicenseRef-` ids with
/// `hasExtractedLicensingInfos` for licence text that is not SPDX, purls as external references and sovscan's
/// facts as annotations. Deterministic: sorted packages and relationships, namespace derived from the
/// content, `created` from the `ReportContext`. The bytes are those `JSONEncoder` would give (pretty-printed, keys
/// sorted, slashes unescaped), written by `JSONOutput`.
public struct SPDXJSONWriter: Sendable {
    public init() {}

    /// The document as pretty-printed JSON with sorted keys and a final newline.
    public func write(_ inventory: Inventory, context: ReportContext) throws -> Data {
        try write(inventory, classifications: [], context: context)
    }

    /// The document with each component's classification as `sovscan:` annotations and its vendor, when a rule
    /// names it, as supplier.
    public func write(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) throws -> Data {
        var json = JSONOutput()
        document(inventory, classifications: classifications, context: context).write(to: &json)
        return try json.finish(appending: [0x0A])
    }

    func document(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) -> SPDXDocument {
        let view = BOMView(inventory, classifications: classifications)
        let tool = "sovscan-\(context.toolVersion)"
        let timestamp = context.isoTimestamp  // formatted once: a formatter per package costs seconds
        let systemID = SPDXIdentifiers.system(view.name)
        var licenses = SPDXLicenseTexts()
        var packages = [SPDXDocument.Package(
            spdxID: systemID, name: view.name, downloadLocation: "NOASSERTION", licenseConcluded: "NOASSERTION",
            licenseDeclared: "NOASSERTION", primaryPackagePurpose: "APPLICATION",
            annotations: view.roots.map {
                SPDXDocument.Annotation(annotationDate: timestamp, annotator: "Tool: \(tool)",
                                        comment: SovScanPropertyNames.root + "=" + $0)
            }.nilIfEmpty
        )]
        // Each package's id is made once; the relationships name it again and again.
        var ids: [PackageURL: String] = [:]
        ids.reserveCapacity(view.components.count)
        for component in view.components { ids[component.purl] = SPDXIdentifiers.package(component.purl) }
        func id(_ purl: PackageURL) -> String { ids[purl] ?? SPDXIdentifiers.package(purl) }
        for component in view.components {
            let declared = licenses.declared(component)
            let classification = view.classification(of: component.purl)
            let facts = ClassificationProperties.merged(component, classification: classification)
            packages.append(SPDXDocument.Package(
                spdxID: id(component.purl),
                name: component.displayName,
                versionInfo: component.version,
                supplier: classification?.vendor.map(supplier),
                downloadLocation: component.properties["resolved"].flatMap { $0.contains("://") ? $0 : nil } ?? "NOASSERTION",
                checksums: checksums(of: component).nilIfEmpty,
                licenseConcluded: licenses.concluded(component),
                licenseDeclared: declared,
                externalRefs: [SPDXDocument.ExternalRef(referenceCategory: "PACKAGE-MANAGER", referenceType: "purl",
                                                        referenceLocator: component.purl.description)],
                primaryPackagePurpose: component.isFirstParty ? "APPLICATION" : "LIBRARY",
                annotations: [SPDXDocument.Annotation(annotationDate: timestamp, annotator: "Tool: \(tool)",
                                                      comment: SPDXFacts.comment(facts))]
            ))
        }
        var relationships = [SPDXDocument.Relationship(spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES",
                                                       relatedSpdxElement: systemID)]
        let scopeByPurl = Dictionary(uniqueKeysWithValues: view.components.map { ($0.purl, $0.scope) })
        for purl in view.rootDependencies {
            relationships.append(SPDXRelationships.edge(from: systemID, to: id(purl),
                                                        scope: scopeByPurl[purl] ?? .runtime))
        }
        for edge in view.edges {
            relationships.append(SPDXRelationships.edge(from: id(edge.from), to: id(edge.to), scope: edge.scope))
        }
        return SPDXDocument(
            name: view.name,
            documentNamespace: "https://sovscan.invalid/spdxdocs/" + SPDXIdentifiers.idString(view.name, limit: 60) + "-"
                + StableUUID.urn(for: view.components.map(\.purl.description) + [view.rootRef]).dropFirst("urn:uuid:".count),
            creationInfo: SPDXDocument.CreationInfo(created: timestamp, creators: ["Tool: \(tool)"]),
            documentDescribes: [systemID],
            packages: packages,
            relationships: relationships,
            hasExtractedLicensingInfos: licenses.extracted.nilIfEmpty
        )
    }

    /// The supplier field for a component's vendor: the organisation a rule names, or `NOASSERTION` for a presumed
    /// steward (`VendorFacts.presumed`), which SPDX 2.3 prescribes when no objective determination could be made; the
    /// `sovscan:vendor` and `sovscan:vendor-presumed` facts in the annotation still say whom sovscan presumes.
    private func supplier(_ vendor: VendorFacts) -> String {
        vendor.isPresumed ? "NOASSERTION" : "Organization: " + SPDXIdentifiers.agentName(vendor.name)
    }

    private func checksums(of component: Component) -> [SPDXDocument.Checksum] {
        guard let integrity = component.properties["integrity"] else { return [] }
        return integrity.utf8.split(separator: UInt8(ascii: " ")).compactMap { SubresourceIntegrity.hash(String(Substring($0))) }
            .map { SPDXDocument.Checksum(algorithm: $0.algorithm.replacingOccurrences(of: "-", with: ""), checksumValue: $0.hex) }
    }
}

/// How dependency edges are written as SPDX relationships, by scope; read back by the SBOM importer.
public enum SPDXRelationships {
    /// The relationship type for an edge of `scope`, and whether it points from the dependency to the dependent
    /// (`X_DEPENDENCY_OF`) rather than the other way (`DEPENDS_ON`).
    public static func type(for scope: Scope) -> (type: String, reversed: Bool) {
        switch scope {
        case .runtime: ("RUNTIME_DEPENDENCY_OF", true)
        case .provided: ("PROVIDED_DEPENDENCY_OF", true)
        case .dev: ("DEV_DEPENDENCY_OF", true)
        case .test: ("TEST_DEPENDENCY_OF", true)
        case .compile, .system, .peer: ("DEPENDS_ON", false)
        }
    }

    /// The comment that records an edge's exact scope (`sovscan:scope=peer`).
    public static func comment(for scope: Scope) -> String { SovScanPropertyNames.scope + "=" + scope.rawValue }

    static func edge(from: String, to: String, scope: Scope) -> SPDXDocument.Relationship {
        let (type, reversed) = type(for: scope)
        return reversed
            ? SPDXDocument.Relationship(spdxElementId: to, relationshipType: type, relatedSpdxElement: from, comment: comment(for: scope))
            : SPDXDocument.Relationship(spdxElementId: from, relationshipType: type, relatedSpdxElement: to, comment: comment(for: scope))
    }
}
