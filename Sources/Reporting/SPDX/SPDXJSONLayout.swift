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
            if let hasExtractedLicensingInfos {
                json.member("hasExtractedLicensingInfos", array: { json in
                    for info in hasExtractedLicensingInfos {
                        json.element(object: { json in
                            json.member("extractedText", info.extractedText)
                            json.member("licenseId", info.licenseId)
                            json.member("name", info.name)
                        })
                    }
                })
            }
            json.member("name", name)
            json.member("packages", array: { json in
                for package in packages { json.element(object: package.writeMembers) }
            })
            json.member("relationships", array: { json in
                for relationship in relationships {
                    json.element(object: { json in
                        json.member("comment", relationship.comment)
                        json.member("relatedSpdxElement", relationship.relatedSpdxElement)
                        json.member("relationshipType", relationship.relationshipType)
                        json.member("spdxElementId", relationship.spdxElementId)
                    })
                }
            })
            json.member("spdxVersion", spdxVersion)
        }
    }
}

extension SPDXDocument.Package {
    func writeMembers(to json: inout JSONOutput) {
        json.member("SPDXID", spdxID)
        if let annotations {
            json.member("annotations", array: { json in
                for annotation in annotations {
                    json.element(object: { json in
                        json.member("annotationDate", annotation.annotationDate)
                        json.member("annotationType", annotation.annotationType)
                        json.member("annotator", annotation.annotator)
                        json.member("comment", annotation.comment)
                    })
                }
            })
        }
        if let checksums {
            json.member("checksums", array: { json in
                for checksum in checksums {
                    json.element(object: { json in
                        json.member("algorithm", checksum.algorithm)
                        json.member("checksumValue", checksum.checksumValue)
                    })
                }
            })
        }
        json.member("copyrightText", copyrightText)
        json.member("downloadLocation", downloadLocation)
        if let externalRefs {
            json.member("externalRefs", array: { json in
                for reference in externalRefs {
                    json.element(object: { json in
                        json.member("referenceCategory", reference.referenceCategory)
                        json.member("referenceLocator", reference.referenceLocator)
                        json.member("referenceType", reference.referenceType)
                    })
                }
            })
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
