/// The part of the SPDX 2.3 JSON model that sovscan writes. Field names follow the specification. The writer lays
/// it out with `JSONOutput` (`SPDXJSONLayout.swift`); this `Encodable` conformance is the reference that layout
/// is tested against.
struct SPDXDocument: Encodable {
    let spdxVersion = "SPDX-2.3"
    let dataLicense = "CC0-1.0"
    let spdxID = "SPDXRef-DOCUMENT"
    var name: String
    var documentNamespace: String
    var creationInfo: CreationInfo
    var documentDescribes: [String]
    var packages: [Package]
    var relationships: [Relationship]
    var hasExtractedLicensingInfos: [ExtractedLicensingInfo]?

    enum CodingKeys: String, CodingKey {
        case spdxVersion, dataLicense, spdxID = "SPDXID", name, documentNamespace, creationInfo, documentDescribes,
             packages, relationships, hasExtractedLicensingInfos
    }

    struct CreationInfo: Encodable {
        var created: String
        var creators: [String]
    }

    struct Package: Encodable {
        var spdxID: String
        var name: String
        var versionInfo: String?
        var supplier: String?
        var downloadLocation: String
        let filesAnalyzed = false
        var checksums: [Checksum]?
        var licenseConcluded: String
        var licenseDeclared: String
        let copyrightText = "NOASSERTION"
        var externalRefs: [ExternalRef]?
        var primaryPackagePurpose: String
        var annotations: [Annotation]?

        enum CodingKeys: String, CodingKey {
            case spdxID = "SPDXID", name, versionInfo, supplier, downloadLocation, filesAnalyzed, checksums,
                 licenseConcluded, licenseDeclared, copyrightText, externalRefs, primaryPackagePurpose, annotations
        }
    }

    struct Checksum: Encodable {
        var algorithm: String
        var checksumValue: String
    }

    struct ExternalRef: Encodable {
        var referenceCategory: String
        var referenceType: String
        var referenceLocator: String
    }

    struct Annotation: Encodable {
        var annotationDate: String
        let annotationType = "OTHER"
        var annotator: String
        var comment: String
    }

    struct Relationship: Encodable {
        var spdxElementId: String
        var relationshipType: String
        var relatedSpdxElement: String
        var comment: String?
    }

    struct ExtractedLicensingInfo: Encodable {
        var licenseId: String
        var name: String
        var extractedText: String
    }
}
