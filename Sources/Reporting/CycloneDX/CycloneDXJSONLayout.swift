/// The JSON form of the CycloneDX model: members in the order `JSONEncoder`'s `.sortedKeys` puts them, absent
/// optionals left out. The model's `Encodable` conformance is the reference it is tested against.
extension CycloneDXBuilder {
    /// Writes the document, each component and dependency entry laid out as soon as it is made.
    func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("bomFormat", CycloneDXDocument.format)
            json.member("components", array: { json in
                // A batch at a time, made and laid out on every core (issue 17), placed in order.
                for start in stride(from: componentPositions.lowerBound, to: componentPositions.upperBound,
                                    by: Self.batchSize) {
                    let batch = start..<min(start + Self.batchSize, componentPositions.upperBound)
                    for object in laidOutComponents(at: batch, depth: json.depth) { json.element(laidOut: object) }
                }
            })
            json.member("dependencies", array: { json in
                for position in dependencyPositions {
                    let dependency = dependency(at: position)
                    json.element(object: { json in
                        json.member("dependsOn", strings: dependency.dependsOn)
                        json.member("ref", dependency.ref)
                    })
                }
            })
            json.member("metadata", object: { json in
                json.member("component", object: metadata.component.writeMembers)
                CycloneDXDocument.Property.write(metadata.properties, to: &json)
                json.member("timestamp", metadata.timestamp)
                json.member("tools", object: { json in
                    json.member("components", objects: metadata.tools.components) { $0.writeMembers(to: &$1) }
                })
            })
            json.member("serialNumber", serialNumber)
            json.member("specVersion", CycloneDXDocument.specification)
            json.member("version", CycloneDXDocument.documentVersion)
        }
    }
}

extension CycloneDXDocument.Component {
    func writeMembers(to json: inout JSONOutput) {
        json.member("bom-ref", bomRef)
        json.member("components", objects: components) { $0.writeMembers(to: &$1) }
        json.member("externalReferences", objects: externalReferences) { reference, json in
            json.member("type", reference.type)
            json.member("url", reference.url)
        }
        json.member("group", group)
        json.member("hashes", objects: hashes) { hash, json in
            json.member("alg", hash.alg)
            json.member("content", hash.content)
        }
        json.member("licenses", objects: licenses) { $0.writeMembers(to: &$1) }
        json.member("name", name)
        CycloneDXDocument.Property.write(properties, to: &json)
        json.member("purl", purl)
        json.member("scope", scope)
        if let supplier {
            json.member("supplier", object: { json in
                if let address = supplier.address {
                    json.member("address", object: { json in json.member("country", address.country) })
                }
                json.member("name", supplier.name)
            })
        }
        json.member("type", type)
        json.member("version", version)
    }
}

extension CycloneDXDocument.LicenseChoice {
    func writeMembers(to json: inout JSONOutput) {
        switch self {
        case let .id(id, acknowledgement):
            json.member("license", object: { json in
                json.member("acknowledgement", acknowledgement)
                json.member("id", id)
            })
        case let .name(name, acknowledgement, url):
            json.member("license", object: { json in
                json.member("acknowledgement", acknowledgement)
                json.member("name", name)
                json.member("url", url)
            })
        case let .expression(expression, acknowledgement):
            json.member("acknowledgement", acknowledgement)
            json.member("expression", expression)
        }
    }
}

extension CycloneDXDocument.Property {
    /// The `properties` member, when there is a list (an empty list is written as one).
    static func write(_ properties: [CycloneDXDocument.Property]?, to json: inout JSONOutput) {
        json.member("properties", objects: properties) { property, json in
            json.member("name", property.name)
            json.member("value", property.value)
        }
    }
}
