import SovScanModel

/// Reads a CycloneDX JSON document (1.4, 1.5, 1.6): `metadata.component` is the system, `components` (nested
/// ones too) the packages, `dependencies` the links, `licenses` the declared licences.
struct CycloneDXJSONReader {
    let document: SBOMDocument

    func read() -> SBOMContents {
        var contents = SBOMContents()
        if let value = document.value("specVersion"), let version = value.string, !["1.4", "1.5", "1.6"].contains(version) {
            contents.diagnostics.append(Diagnostic(.warning, "CycloneDX \(version) is read as 1.6; sovscan knows 1.4-1.6",
                                                   at: location(of: value)))
        }
        if let subject = document.value("metadata")?["component"] {
            contents.systemName = subject["name"]?.string
            if let ref = subject["bom-ref"]?.string { contents.rootKeys.insert(contents.keys.number(ref)) }
            contents.root = properties(of: subject).first { $0.name == SovScanPropertyNames.root }?.value
        }
        var keys = contents.keys
        var ordered: [(order: Int, entry: SBOMContents.Entry)] = []
        var stream = CycloneDXComponentStream(document: document)
        stream.run { value, order, diagnostics in
            if let entry = entry(value, keys: &keys, diagnostics: &diagnostics) { ordered.append((order, entry)) }
        }
        contents.diagnostics += stream.diagnostics
        // A parent is complete only after its nested components: put the entries back in document pre-order.
        if !ordered.indices.dropFirst().allSatisfy({ ordered[$0 - 1].order < ordered[$0].order }) {
            ordered.sort { $0.order < $1.order }
        }
        contents.entries = ordered.map(\.entry)
        ordered = []
        var links: [SBOMContents.Link] = []
        document.forEachElement(of: "dependencies", diagnostics: &contents.diagnostics) { dependency, diagnostics in
            guard let ref = dependency["ref"]?.string else {
                diagnostics.append(Diagnostic(.error, "a dependency without 'ref' is left out", at: location(of: dependency)))
                return
            }
            let from = keys.number(ref)
            for target in SBOMReading.list("dependsOn", of: dependency, document: document, diagnostics: &diagnostics) {
                guard let to = target.string else {
                    diagnostics.append(Diagnostic(.error, "'dependsOn' of '\(ref)' holds \(target.kindName), not a reference; it is left out",
                                                  at: location(of: target)))
                    continue
                }
                links.append(SBOMContents.Link(from: from, to: keys.number(to)))
            }
        }
        contents.links = links
        contents.keys = keys
        return contents
    }

    private func entry(_ value: JSONValue, keys: inout SBOMKeys, diagnostics: inout [Diagnostic]) -> SBOMContents.Entry? {
        let here = location(of: value)
        guard value.object != nil else {
            diagnostics.append(Diagnostic(.error, "a component is \(value.kindName), not an object; it is left out", at: here))
            return nil
        }
        guard let name = value["name"]?.string, !name.isEmpty else {
            diagnostics.append(Diagnostic(.error, "a component without 'name' is left out", at: here))
            return nil
        }
        let group = value["group"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        let version = value["version"]?.string
        guard let purl = SBOMReading.purl(stated: value["purl"]?.string, name: name, group: group, version: version,
                                          at: here, diagnostics: &diagnostics) else { return nil }
        var component = SBOMReading.component(purl: purl, name: name, group: group, version: version, location: here)
        component.declaredLicenses = licenses(of: value)
        var documentScope: Scope?
        switch value["scope"]?.string {
        case "optional":
            documentScope = .runtime
            component.isOptional = true
        case "excluded": documentScope = .dev
        case "required": documentScope = .runtime
        default: break
        }
        if let supplier = value["supplier"]?["name"]?.string { component.properties["supplier"] = supplier }
        for reference in value["externalReferences"]?.array ?? [] where reference["type"]?.string == "distribution" {
            if let url = reference["url"]?.string { component.properties["resolved"] = url }
        }
        let facts = SovScanFacts(properties(of: value), into: &component, diagnostics: &diagnostics)
        SBOMReading.settle(&component, facts: facts)
        for text in facts.declaredLicences where !component.declaredLicenses.contains(where: { $0.text == text }) {
            component.declaredLicenses.append(DeclaredLicense(text: text, source: .sbom, location: here))
        }
        return SBOMContents.Entry(key: keys.number(value["bom-ref"]?.string ?? purl.description), component: component, facts: facts,
                                  documentScope: documentScope)
    }

    /// `license.id`, `license.name` and `expression` entries, in document order, each text once.
    private func licenses(of value: JSONValue) -> [DeclaredLicense] {
        var result: [DeclaredLicense] = []
        for choice in value["licenses"]?.array ?? [] {
            let text: JSONValue?
            var url: String?
            if let license = choice["license"] {
                text = license["id"] ?? license["name"]
                url = license["url"]?.string
            } else {
                text = choice["expression"]
            }
            guard let text, let string = text.string, !string.isEmpty, !result.contains(where: { $0.text == string }) else { continue }
            result.append(DeclaredLicense(text: string, url: url, source: .sbom, location: location(of: text)))
        }
        return result
    }

    private func properties(of value: JSONValue) -> [(name: String, value: String, location: SovScanModel.SourceLocation)] {
        (value["properties"]?.array ?? []).compactMap { property in
            guard let name = property["name"]?.string else { return nil }
            return (name, property["value"]?.string ?? "", location(of: property))
        }
    }

    private func location(of value: JSONValue) -> SovScanModel.SourceLocation { document.location(of: value) }
}
