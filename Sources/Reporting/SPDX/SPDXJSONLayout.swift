/// The JSON form of the SPDX model: members in the order `JSONEncoder`'s `.sortedKeys` puts them (byte order, so
/// `SPDXID` comes first), absent optionals left out. The model's `Encodable` conformance is the reference it is
/// tested against.
extension SPDXDocument {
    func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("SPDXID", spdxID)
            json.member("creationInfo", object: { json in
                json.member("created", creationInfo.created)
                json.member("creators", strings: creationInfo.creators)
            })
            json.member("dataLicense", dataLicense)
            json.member("documentDescribes", strings: documentDescribes)
            json.member("documentNamespace", documentNamespace)
            json.member("hasExtractedLicensingInfos", objects: hasExtractedLicensingInfos) { info, json in
                json.member("extractedText", info.extractedText)
                json.member("licenseId", info.licenseId)
                json.member("name", info.name)
            }
            json.member("name", name)
            json.member("packages", objects: packages) { $0.writeMembers(to: &$1) }
            json.member("relationships", objects: relationships) { relationship, json in
                json.member("comment", relationship.comment)
                json.member("relatedSpdxElement", relationship.relatedSpdxElement)
                json.member("relationshipType", relationship.relationshipType)
                json.member("spdxElementId", relationship.spdxElementId)
            }
            json.member("spdxVersion", spdxVersion)
        }
    }
}

extension SPDXDocument.Package {
    func writeMembers(to json: inout JSONOutput) {
        json.member("SPDXID", spdxID)
        json.member("annotations", objects: annotations) { annotation, json in
            json.member("annotationDate", annotation.annotationDate)
            json.member("annotationType", annotation.annotationType)
            json.member("annotator", annotation.annotator)
            json.member("comment", annotation.comment)
        }
        json.member("checksums", objects: checksums) { checksum, json in
            json.member("algorithm", checksum.algorithm)
            json.member("checksumValue", checksum.checksumValue)
        }
        json.member("copyrightText", copyrightText)
        json.member("downloadLocation", downloadLocation)
        json.member("externalRefs", objects: externalRefs) { reference, json in
            json.member("referenceCategory", reference.referenceCategory)
            json.member("referenceLocator", reference.referenceLocator)
            json.member("referenceType", reference.referenceType)
        }
        json.member("filesAnalyzed", filesAnalyzed)
        json.member("licenseConcluded", licenseConcluded)
        json.member("licenseDeclared", licenseDeclared)
        json.member("name", name)
        json.member("primaryPackagePurpose", primaryPackagePurpose)
        json.member("supplier", supplier)
        json.member("versionInfo", versionInfo)
    }
}
