import SovScanModel

/// Chooses the SPDX licence fields of packages and collects the `LicenseRef-` texts they use.
struct SPDXLicenseTexts {
    private var byID: [String: SPDXDocument.ExtractedLicensingInfo] = [:]

    /// The extracted licensing infos used so far, sorted by id.
    var extracted: [SPDXDocument.ExtractedLicensingInfo] { byID.keys.sorted().compactMap { byID[$0] } }

    /// `licenseConcluded`: the concluded expression, a `LicenseRef-` for unmapped text, else `NOASSERTION`.
    mutating func concluded(_ component: Component) -> String {
        guard let concluded = component.concludedLicense else { return "NOASSERTION" }
        if let expression = concluded.expression {
            // A reference the enrich stage made needs its text in the document too.
            for id in expression.licenseIDs where id.hasPrefix("LicenseRef-") && byID[id] == nil {
                byID[id] = SPDXDocument.ExtractedLicensingInfo(licenseId: id, name: id,
                                                               extractedText: concluded.unmappedText ?? id)
            }
            return expression.spdx
        }
        if let text = concluded.unmappedText { return reference(text) }
        return "NOASSERTION"
    }

    /// `licenseDeclared`: the concluded expression when there is one; otherwise the declared texts as
    /// `LicenseRef-`s (joined with `AND`: all stated licences are kept); `NOASSERTION` when nothing is stated.
    mutating func declared(_ component: Component) -> String {
        if component.concludedLicense?.expression != nil { return concluded(component) }
        var seen: Set<String> = []
        let texts = component.declaredLicenses.map(\.text).filter { seen.insert($0).inserted }
        if texts.isEmpty { return concluded(component) }
        return texts.map { reference($0) }.joined(separator: " AND ")
    }

    private mutating func reference(_ text: String) -> String {
        let id = SPDXIdentifiers.licenseRef(text)
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        byID[id] = SPDXDocument.ExtractedLicensingInfo(licenseId: id, name: firstLine.isEmpty ? id : String(firstLine.prefix(120)),
                                                       extractedText: text)
        return id
    }
}
