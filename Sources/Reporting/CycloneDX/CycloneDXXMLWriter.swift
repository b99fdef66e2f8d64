import Classification
import Foundation
import SovScanModel

/// Writes an inventory as a CycloneDX 1.6 XML document with the same content as `CycloneDXJSONWriter` (both
/// render the model of `CycloneDXBuilder`), elements in the order of the 1.6 XML schema.
public struct CycloneDXXMLWriter: Sendable {
    /// The XML namespace of CycloneDX 1.6.
    public static let namespace = "http://cyclonedx.org/schema/bom/1.6"

    public init() {}

    /// The document as UTF-8 XML bytes, ending with a newline.
    public func write(_ inventory: Inventory, context: ReportContext) -> Data {
        write(inventory, classifications: [], context: context)
    }

    /// The document with each component's classification as `sovscan:` properties and its vendor, when a rule
    /// names it, as supplier.
    public func write(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) -> Data {
        let document = CycloneDXBuilder.document(inventory, classifications: classifications, context: context)
        var xml = XMLWriter()
        xml.open("bom", [("xmlns", Self.namespace), ("serialNumber", document.serialNumber), ("version", String(document.version))])
        xml.open("metadata")
        xml.element("timestamp", document.metadata.timestamp)
        xml.open("tools")
        xml.open("components")
        for tool in document.metadata.tools.components { write(tool, to: &xml) }
        xml.close("components")
        xml.close("tools")
        write(document.metadata.component, to: &xml)
        write(document.metadata.properties, to: &xml)
        xml.close("metadata")
        if !document.components.isEmpty {
            xml.open("components")
            for component in document.components { write(component, to: &xml) }
            xml.close("components")
        }
        xml.open("dependencies")
        for dependency in document.dependencies {
            if dependency.dependsOn.isEmpty {
                xml.empty("dependency", [("ref", dependency.ref)])
            } else {
                xml.open("dependency", [("ref", dependency.ref)])
                for target in dependency.dependsOn { xml.empty("dependency", [("ref", target)]) }
                xml.close("dependency")
            }
        }
        xml.close("dependencies")
        xml.close("bom")
        return Data(xml.text.utf8)
    }

    private func write(_ component: CycloneDXDocument.Component, to xml: inout XMLWriter) {
        xml.open("component", [("type", component.type), ("bom-ref", component.bomRef)])
        if let supplier = component.supplier {
            xml.open("supplier")
            xml.element("name", supplier.name)
            if let country = supplier.address?.country {
                xml.open("address")
                xml.element("country", country)
                xml.close("address")
            }
            xml.close("supplier")
        }
        xml.element("group", component.group)
        xml.element("name", component.name)
        xml.element("version", component.version)
        xml.element("scope", component.scope)
        if let hashes = component.hashes {
            xml.open("hashes")
            for hash in hashes { xml.element("hash", hash.content, [("alg", hash.alg)]) }
            xml.close("hashes")
        }
        if let licenses = component.licenses {
            xml.open("licenses")
            for choice in licenses {
                switch choice {
                case let .id(id, acknowledgement):
                    xml.open("license", [("acknowledgement", acknowledgement)])
                    xml.element("id", id)
                    xml.close("license")
                case let .name(name, acknowledgement, url):
                    xml.open("license", [("acknowledgement", acknowledgement)])
                    xml.element("name", name)
                    xml.element("url", url)
                    xml.close("license")
                case let .expression(expression, acknowledgement):
                    xml.element("expression", expression, [("acknowledgement", acknowledgement)])
                }
            }
            xml.close("licenses")
        }
        xml.element("purl", component.purl)
        if let references = component.externalReferences {
            xml.open("externalReferences")
            for reference in references {
                xml.open("reference", [("type", reference.type)])
                xml.element("url", reference.url)
                xml.close("reference")
            }
            xml.close("externalReferences")
        }
        write(component.properties, to: &xml)
        if let children = component.components {
            xml.open("components")
            for child in children { write(child, to: &xml) }
            xml.close("components")
        }
        xml.close("component")
    }

    private func write(_ properties: [CycloneDXDocument.Property]?, to xml: inout XMLWriter) {
        guard let properties, !properties.isEmpty else { return }
        xml.open("properties")
        for property in properties { xml.element("property", property.value, [("name", property.name)]) }
        xml.close("properties")
    }
}
