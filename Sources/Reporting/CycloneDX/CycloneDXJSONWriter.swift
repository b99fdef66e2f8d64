import Foundation
import SovScanModel

/// Writes an inventory as a CycloneDX 1.6 JSON document: components with purl, scope, licences in the right
/// field (`license.id` for one SPDX id, `expression` for an expression, `license.name` for free text), the
/// dependency graph, and what sovscan learned as `sovscan:` properties. Output is deterministic: sorted
/// components and properties, `bom-ref` = purl, a serial number derived from the content, and the timestamp
/// of the `ReportContext`.
public struct CycloneDXJSONWriter: Sendable {
    public init() {}

    /// The document as UTF-8 JSON bytes (pretty-printed, keys sorted, ending with a newline).
    public func write(_ inventory: Inventory, context: ReportContext) throws -> Data {
        let document = makeDocument(inventory, context: context)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    func makeDocument(_ inventory: Inventory, context: ReportContext) -> CycloneDXDocument {
        var components: [PackageURL: Component] = [:]
        var edges: [PackageURL: Set<PackageURL>] = [:]
        for system in inventory.systems {
            for component in system.components {
                if var known = components[component.purl] {
                    known.merge(component)
                    components[component.purl] = known
                } else {
                    components[component.purl] = component
                }
            }
            for edge in system.graph.edges { edges[edge.from, default: []].insert(edge.to) }
        }
        let rootRef = "sovscan:system:" + inventory.systems.map(\.name).joined(separator: "+")
        let roots = rootDependencies(components: components, edges: edges)
        var dependencies = [CycloneDXDocument.Dependency(ref: rootRef, dependsOn: roots.map(\.description))]
        for purl in components.keys.sorted() {
            dependencies.append(CycloneDXDocument.Dependency(
                ref: purl.description,
                dependsOn: (edges[purl] ?? []).sorted().map(\.description)
            ))
        }
        let sorted = components.values.sorted { $0.purl < $1.purl }
        return CycloneDXDocument(
            serialNumber: StableUUID.urn(for: sorted.map(\.purl.description) + [rootRef]),
            metadata: CycloneDXDocument.Metadata(
                timestamp: context.isoTimestamp,
                tools: CycloneDXDocument.Tools(components: [
                    CycloneDXDocument.Component(type: "application", group: "sovscan", name: "sovscan",
                                                version: context.toolVersion)
                ]),
                component: CycloneDXDocument.Component(
                    type: "application",
                    bomRef: rootRef,
                    name: inventory.systems.map(\.name).joined(separator: " + ").nonEmpty ?? "scan",
                    properties: inventory.systems.map { CycloneDXDocument.Property(name: "sovscan:root", value: $0.root) }
                        .nilIfEmpty
                ),
                properties: inventory.isIncomplete ? [CycloneDXDocument.Property(name: "sovscan:incomplete", value: "true")] : nil
            ),
            components: sorted.map(cycloneDXComponent),
            dependencies: dependencies
        )
    }

    /// What the system itself depends on: first-party components, and direct dependencies no first-party
    /// component already points at.
    private func rootDependencies(components: [PackageURL: Component], edges: [PackageURL: Set<PackageURL>]) -> [PackageURL] {
        let reachedFromFirstParty = Set(components.values.filter(\.isFirstParty).flatMap { edges[$0.purl] ?? [] })
        return components.values
            .filter { $0.isFirstParty || ($0.isDirect && !reachedFromFirstParty.contains($0.purl)) }
            .map(\.purl)
            .sorted()
    }

    private func cycloneDXComponent(_ component: Component) -> CycloneDXDocument.Component {
        CycloneDXDocument.Component(
            type: component.isFirstParty ? "application" : "library",
            bomRef: component.purl.description,
            group: component.group,
            name: component.name,
            version: component.version,
            scope: scope(of: component),
            hashes: hashes(of: component).nilIfEmpty,
            licenses: CycloneDXLicenses.choices(for: component).nilIfEmpty,
            purl: component.purl.description,
            externalReferences: externalReferences(of: component).nilIfEmpty,
            properties: SovScanProperties.of(component).map { CycloneDXDocument.Property(name: $0.name, value: $0.value) }
        )
    }

    private func scope(of component: Component) -> String {
        if !component.scope.ships { return "excluded" }
        return component.isOptional ? "optional" : "required"
    }

    private func hashes(of component: Component) -> [CycloneDXDocument.Hash] {
        guard let integrity = component.properties["integrity"] else { return [] }
        return integrity.split(separator: " ").compactMap { SubresourceIntegrity.hash(String($0)) }
            .map { CycloneDXDocument.Hash(alg: $0.algorithm, content: $0.hex) }
    }

    private func externalReferences(of component: Component) -> [CycloneDXDocument.ExternalReference] {
        guard let resolved = component.properties["resolved"], resolved.contains("://") else { return [] }
        return [CycloneDXDocument.ExternalReference(type: "distribution", url: resolved)]
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

extension Array {
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
