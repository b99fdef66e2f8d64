/// The part of the CycloneDX 1.6 JSON model that sovscan writes. Field names follow the specification. The JSON
/// writer lays it out with `JSONOutput` (`CycloneDXJSONLayout.swift`); this `Encodable` conformance is the
/// reference that layout is tested against.
struct CycloneDXDocument: Encodable {
    static let format = "CycloneDX"
    static let specification = "1.6"
    static let documentVersion = 1

    let bomFormat = format
    let specVersion = specification
    var serialNumber: String
    let version = documentVersion
    var metadata: Metadata
    var components: [Component]
    var dependencies: [Dependency]

    struct Metadata: Encodable {
        var timestamp: String
        var tools: Tools
        var component: Component
        var properties: [Property]?
    }

    struct Tools: Encodable {
        var components: [Component]
    }

    struct Component: Encodable {
        var type: String
        var bomRef: String?
        var supplier: OrganizationalEntity?
        var group: String?
        var name: String
        var version: String?
        var scope: String?
        var hashes: [Hash]?
        var licenses: [LicenseChoice]?
        var purl: String?
        var externalReferences: [ExternalReference]?
        var properties: [Property]?
        var components: [Component]?

        enum CodingKeys: String, CodingKey {
            case type, bomRef = "bom-ref", supplier, group, name, version, scope, hashes, licenses, purl, externalReferences,
                 properties, components
        }
    }

    /// A supplier: its name and the country of its legal seat (ISO 3166-1 alpha-2).
    struct OrganizationalEntity: Encodable {
        var name: String?
        var address: PostalAddress?
    }

    struct PostalAddress: Encodable {
        var country: String?
    }

    struct Hash: Encodable {
        var alg: String
        var content: String
    }

    /// Either a licence (`id` or `name`) or an SPDX expression; the schema forbids mixing the two in one list.
    enum LicenseChoice: Encodable {
        case id(String, acknowledgement: String)
        case name(String, acknowledgement: String, url: String? = nil)
        case expression(String, acknowledgement: String)

        private enum Keys: String, CodingKey { case license, expression, acknowledgement }
        private enum LicenseKeys: String, CodingKey { case id, name, acknowledgement, url }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            switch self {
            case let .id(id, acknowledgement):
                var license = container.nestedContainer(keyedBy: LicenseKeys.self, forKey: .license)
                try license.encode(id, forKey: .id)
                try license.encode(acknowledgement, forKey: .acknowledgement)
            case let .name(name, acknowledgement, url):
                var license = container.nestedContainer(keyedBy: LicenseKeys.self, forKey: .license)
                try license.encode(name, forKey: .name)
                try license.encode(acknowledgement, forKey: .acknowledgement)
                try license.encodeIfPresent(url, forKey: .url)
            case let .expression(expression, acknowledgement):
                try container.encode(expression, forKey: .expression)
                try container.encode(acknowledgement, forKey: .acknowledgement)
            }
        }
    }

    struct ExternalReference: Encodable {
        var type: String
        var url: String
    }

    struct Property: Encodable {
        var name: String
        var value: String
    }

    struct Dependency: Encodable {
        var ref: String
        var dependsOn: [String]
    }
}
