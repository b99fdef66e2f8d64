import SovScanModel

/// Reads a CycloneDX JSON document (1.4, 1.5, 1.6): `metadata.component` is the system, `components` (nested
/// ones too) the packages, `dependencies` the links, `licenses` the declared licences.
struct CycloneDXJSONReader {
    let document: JSONDocument
    let file: String

    /// The deepest nesting of `components` read; deeper ones are reported and skipped.
    static let maximumDepth = 64

    func read() -> SBOMContents {
        var contents = SBOMContents()
        let root = document.root
        if let version = root["specVersion"]?.string, !["1.4", "1.5", "1.6"].contains(version) {
            contents.diagnostics.append(Diagnostic(.warning, "CycloneDX \(version) is read as 1.6; sovscan knows 1.4-1.6",
                                                   at: location(of: root["specVersion"] ?? root)))
        }
        if let subject = root["metadata"]?["component"] {
            contents.systemName = subject["name"]?.string
            if let ref = subject["bom-ref"]?.string { contents.rootKeys.insert(ref) }
            contents.root = properties(of: subject).first { $0.name == SovScanPropertyNames.root }?.value
        }
        var pending: [(value: JSONValue, depth: Int)] = list("components", of: root, &contents.diagnostics).reversed().map { ($0, 1) }
        while let (value, depth) = pending.popLast() {
            if let entry = entry(value, diagnostics: &contents.diagnostics) { contents.entries.append(entry) }
            guard value.object != nil else { continue }
            let children = list("components", of: value, &contents.diagnostics)
            guard !children.isEmpty else { continue }
            if depth >= Self.maximumDepth {
                contents.diagnostics.append(Diagnostic(.error, "components nested deeper than \(Self.maximumDepth) levels are left out",
                                                       at: location(of: value)))
            } else {
                pending += children.reversed().map { ($0, depth + 1) }
            }
        }
        for dependency in list("dependencies", of: root, &contents.diagnostics) {
            guard let ref = dependency["ref"]?.string else {
                contents.diagnostics.append(Diagnostic(.warning, "a dependency without 'ref' is left out", at: location(of: dependency)))
                continue
            }
            for target in list("dependsOn", of: dependency, &contents.diagnostics) {
                if let to = target.string { contents.links.append(SBOMContents.Link(from: ref, to: to)) }
            }
        }
        return contents
    }

    private func entry(_ value: JSONValue, diagnostics: inout [Diagnostic]) -> SBOMContents.Entry? {
        let here = location(of: value)
        guard value.object != nil else {
            diagnostics.append(Diagnostic(.warning, "a component is \(value.kindName), not an object; it is left out", at: here))
            return nil
        }
        guard let name = value["name"]?.string, !name.isEmpty else {
            diagnostics.append(Diagnostic(.warning, "a component without 'name' is left out", at: here))
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
        return SBOMContents.Entry(key: value["bom-ref"]?.string ?? purl.description, component: component, facts: facts,
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

    private func location(of value: JSONValue) -> SovScanModel.SourceLocation { document.location(of: value, file: file) }

    private func list(_ key: String, of value: JSONValue, _ diagnostics: inout [Diagnostic]) -> [JSONValue] {
        SBOMReading.list(key, of: value, document: document, file: file, diagnostics: &diagnostics)
    }
}
