import SovScanModel

/// Reads an SPDX 2.3 JSON document: the described packages are the system, the other packages its
/// components (purl from the `purl` external reference), relationships the links, `licenseDeclared` and
/// `licenseConcluded` the declared licences (with `LicenseRef-` ids read back to their extracted text).
struct SPDXJSONReader {
    let document: SBOMDocument

    func read() -> SBOMContents {
        var contents = SBOMContents()
        if let value = document.value("spdxVersion"), let version = value.string, version != "SPDX-2.3" {
            contents.diagnostics.append(Diagnostic(.warning, "\(version) is read as SPDX-2.3", at: location(of: value)))
        }
        var extracted: [String: String] = [:]
        document.forEachElement(of: "hasExtractedLicensingInfos", diagnostics: &contents.diagnostics) { info, _ in
            if let id = info["licenseId"]?.string, let text = info["extractedText"]?.string { extracted[id] = text }
        }
        var keys = contents.keys
        var described = Set((document.value("documentDescribes")?.array ?? []).compactMap(\.string).map { keys.number($0) })
        var links: [SBOMContents.Link] = []
        document.forEachElement(of: "relationships", diagnostics: &contents.diagnostics) { relationship, diagnostics in
            guard let type = relationship["relationshipType"]?.string, let element = relationship["spdxElementId"]?.string,
                  let related = relationship["relatedSpdxElement"]?.string else {
                diagnostics.append(Diagnostic(.error, "a relationship without 'relationshipType', 'spdxElementId' or "
                                              + "'relatedSpdxElement' is left out", at: location(of: relationship)))
                return
            }
            if type == "DESCRIBES" && element == "SPDXRef-DOCUMENT" { described.insert(keys.number(related)) }
            guard let meaning = Self.meaning(of: type) else { return }
            var scope = meaning.scope
            if let comment = relationship["comment"]?.string, comment.hasPrefix(SovScanPropertyNames.scope + "=") {
                scope = Scope(rawValue: String(comment.dropFirst(SovScanPropertyNames.scope.count + 1))) ?? scope
            }
            let (from, to) = meaning.reversed ? (related, element) : (element, related)
            links.append(SBOMContents.Link(from: keys.number(from), to: keys.number(to), scope: scope))
        }
        var systemName: String?
        var root: String?
        var entries: [SBOMContents.Entry] = []
        document.forEachElement(of: "packages", diagnostics: &contents.diagnostics) { package, diagnostics in
            guard let id = package["SPDXID"]?.string else {
                diagnostics.append(Diagnostic(.error, "a package without 'SPDXID' is left out", at: location(of: package)))
                return
            }
            let key = keys.number(id)
            if described.contains(key) {
                if systemName == nil { systemName = package["name"]?.string }
                for (name, value, _) in annotations(of: package) where name == SovScanPropertyNames.root { root = value }
                return
            }
            if let entry = entry(package, key: key, id: id, extracted: extracted, diagnostics: &diagnostics) { entries.append(entry) }
        }
        contents.systemName = systemName ?? document.value("name")?.string
        contents.root = root
        contents.rootKeys = described
        contents.entries = entries
        contents.links = links
        contents.keys = keys
        return contents
    }

    /// What a relationship type says about a dependency: its scope (`nil`: the dependency's own) and whether
    /// the dependency is the element (`X_OF`) rather than the related element (`DEPENDS_ON`).
    static func meaning(of type: String) -> (scope: Scope?, reversed: Bool)? {
        switch type {
        case "DEPENDS_ON": (nil, false)
        case "DEPENDENCY_OF", "OPTIONAL_DEPENDENCY_OF": (nil, true)
        case "RUNTIME_DEPENDENCY_OF": (.runtime, true)
        case "PROVIDED_DEPENDENCY_OF": (.provided, true)
        case "DEV_DEPENDENCY_OF", "BUILD_DEPENDENCY_OF", "DEV_TOOL_OF", "BUILD_TOOL_OF": (.dev, true)
        case "TEST_DEPENDENCY_OF", "TEST_TOOL_OF": (.test, true)
        default: nil
        }
    }

    private func entry(_ package: JSONValue, key: Int, id: String, extracted: [String: String],
                       diagnostics: inout [Diagnostic]) -> SBOMContents.Entry? {
        let here = location(of: package)
        guard let name = package["name"]?.string, !name.isEmpty else {
            diagnostics.append(Diagnostic(.error, "package '\(id)' has no name; it is left out", at: here))
            return nil
        }
        let version = package["versionInfo"]?.string
        let statedPurl = (package["externalRefs"]?.array ?? []).first { $0["referenceType"]?.string == "purl" }?["referenceLocator"]?.string
        guard let purl = SBOMReading.purl(stated: statedPurl, name: name, group: nil, version: version, at: here,
                                          diagnostics: &diagnostics) else { return nil }
        var component = SBOMReading.component(purl: purl, name: name, group: nil, version: version, location: here)
        for key in ["licenseDeclared", "licenseConcluded"] {
            guard let value = package[key], let text = value.string, text != "NOASSERTION", text != "NONE" else { continue }
            for licence in Self.texts(of: text, extracted: extracted) where !component.declaredLicenses.contains(where: { $0.text == licence }) {
                component.declaredLicenses.append(DeclaredLicense(text: licence, source: .sbom, location: location(of: value)))
            }
        }
        if let download = package["downloadLocation"]?.string, download.contains("://") { component.properties["resolved"] = download }
        if let supplier = package["supplier"]?.string, supplier != "NOASSERTION" {
            component.properties["supplier"] = supplier.hasPrefix("Organization: ") ? String(supplier.dropFirst(14)) : supplier
        }
        let facts = SovScanFacts(annotations(of: package), into: &component, diagnostics: &diagnostics)
        SBOMReading.settle(&component, facts: facts)
        for text in facts.declaredLicences where !component.declaredLicenses.contains(where: { $0.text == text }) {
            component.declaredLicenses.append(DeclaredLicense(text: text, source: .sbom, location: here))
        }
        return SBOMContents.Entry(key: key, component: component, facts: facts, documentScope: nil)
    }

    /// The licence texts of an SPDX licence field: the extracted texts when the field is only `LicenseRef-`s
    /// joined by `AND` (as sovscan writes declared text), else the expression itself.
    static func texts(of expression: String, extracted: [String: String]) -> [String] {
        let tokens = expression.split(separator: " ").map(String.init)
        let references = tokens.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let operators = tokens.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        if operators.allSatisfy({ $0 == "AND" }), !references.isEmpty,
           references.allSatisfy({ $0.hasPrefix("LicenseRef-") && extracted[$0] != nil }) {
            return references.compactMap { extracted[$0] }
        }
        return [expression]
    }

    /// sovscan's facts in a package's annotations: `sovscan:facts=[[name, value], ...]` (as sovscan writes
    /// them) or single `sovscan:name=value` comments.
    private func annotations(of package: JSONValue) -> [(name: String, value: String, location: SovScanModel.SourceLocation)] {
        var facts: [(name: String, value: String, location: SovScanModel.SourceLocation)] = []
        for annotation in package["annotations"]?.array ?? [] {
            guard let comment = annotation["comment"]?.string, comment.hasPrefix(SovScanPropertyNames.prefix) else { continue }
            let here = location(of: annotation)
            if comment.hasPrefix(Self.factsPrefix) {
                let pairs = (try? JSONDocument(bytes: Array(comment.utf8.dropFirst(Self.factsPrefix.utf8.count))))?.root.array ?? []
                for pair in pairs {
                    if let items = pair.array, items.count == 2, let name = items[0].string, let value = items[1].string {
                        facts.append((name, value, here))
                    }
                }
            } else if let equals = comment.firstIndex(of: "=") {
                facts.append((String(comment[..<equals]), String(comment[comment.index(after: equals)...]), here))
            }
        }
        return facts
    }

    /// The prefix of sovscan's facts annotation (`SPDXFacts` in Reporting writes it).
    static let factsPrefix = "sovscan:facts="

    private func location(of value: JSONValue) -> SovScanModel.SourceLocation { document.location(of: value) }
}
