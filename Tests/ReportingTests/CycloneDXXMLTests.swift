import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reporting
import SovScanModel
import Testing

/// The XML document says what the JSON document says.
struct CycloneDXXMLTests {
    private func xml() throws -> XMLDocument {
        try XMLDocument(data: CycloneDXXMLWriter().write(TestInventories.rich(), context: TestInventories.context))
    }

    private func json() throws -> [String: Any] {
        let data = try CycloneDXJSONWriter().write(TestInventories.rich(), context: TestInventories.context)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func texts(_ node: XMLNode, _ path: String) throws -> [String] {
        try node.nodes(forXPath: path).map { $0.stringValue ?? "" }
    }

    @Test func sameComponentsLicencesAndProperties() throws {
        let document = try xml()
        let root = try #require(document.rootElement())
        #expect(root.name == "bom")
        #expect(root.uri == CycloneDXXMLWriter.namespace)
        let components = try #require(try json()["components"] as? [[String: Any]])
        let elements = root.elements(forName: "components").first?.elements(forName: "component") ?? []
        #expect(elements.count == components.count)
        for (element, component) in zip(elements, components) {
            #expect(element.value(of: "bom-ref") == component["bom-ref"] as? String)
            #expect(element.elements(forName: "name").first?.stringValue
                    == (component["name"] as? String)?.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}"))
            #expect(element.elements(forName: "purl").first?.stringValue == component["purl"] as? String)
            #expect(element.elements(forName: "scope").first?.stringValue == component["scope"] as? String)
            let properties = (component["properties"] as? [[String: String]] ?? []).map {
                "\($0["name"] ?? "")=\(($0["value"] ?? "").replacingOccurrences(of: "\u{1}", with: "\u{FFFD}"))"
            }
            let xmlProperties = (element.elements(forName: "properties").first?.elements(forName: "property") ?? []).map {
                "\($0.value(of: "name") ?? "")=\($0.stringValue ?? "")"
            }
            #expect(xmlProperties == properties)
            let licences = (component["licenses"] as? [[String: Any]] ?? []).map { choice -> String in
                if let expression = choice["expression"] as? String { return "expression:" + expression }
                let license = choice["license"] as? [String: Any]
                return (license?["id"] as? String).map { "id:" + $0 } ?? "name:" + ((license?["name"] as? String) ?? "")
            }.map { $0.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}") }
            let xmlLicences = (element.elements(forName: "licenses").first?.children as? [XMLElement] ?? []).map { choice -> String in
                if choice.name == "expression" { return "expression:" + (choice.stringValue ?? "") }
                if let id = choice.elements(forName: "id").first { return "id:" + (id.stringValue ?? "") }
                return "name:" + (choice.elements(forName: "name").first?.stringValue ?? "")
            }
            #expect(xmlLicences == licences)
        }
    }

    @Test func dependencyGraphAndMetadata() throws {
        let root = try #require(try xml().rootElement())
        let dependencies = root.elements(forName: "dependencies").first?.elements(forName: "dependency") ?? []
        let jsonDependencies = try #require(try json()["dependencies"] as? [[String: Any]])
        #expect(dependencies.map { $0.value(of: "ref") ?? "" } == jsonDependencies.map { $0["ref"] as? String ?? "" })
        #expect(dependencies.map { $0.elements(forName: "dependency").map { $0.value(of: "ref") ?? "" } }
                == jsonDependencies.map { $0["dependsOn"] as? [String] ?? [] })
        let metadata = try #require(root.elements(forName: "metadata").first)
        #expect(metadata.elements(forName: "timestamp").first?.stringValue == "2023-11-14T22:13:20Z")
        #expect(root.value(of: "serialNumber") == (try json()["serialNumber"] as? String))
    }
}

extension XMLElement {
    /// An attribute's value (corelibs' `attribute(forName:)` misses attributes of namespaced elements).
    func value(of attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}
