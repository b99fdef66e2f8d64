import SovScanModel

/// Reads a supplier's SBOM (CycloneDX JSON 1.4-1.6 or SPDX 2.3 JSON) as one system, so it can be classified
/// like a scanned repository: components with their purls, the licences the document states (as
/// `DeclaredLicense`s from `.sbom`), the dependency graph, and the facts sovscan itself wrote into the
/// document. Total: malformed input gives diagnostics with lines, never a crash.
public struct SBOMImporter: Sendable {
    public init() {}

    /// Reads the SBOM file at `path`; diagnostics name `reportedPath` (default: `path`).
    public func importSystem(path: String, reportedAs reportedPath: String? = nil, files: FileReader = FileReader()) -> SystemInventory {
        let shown = reportedPath ?? path
        switch files.read(path, reportedAs: shown) {
        case .success(let bytes): return importSystem(bytes: bytes, file: shown)
        case .failure(let diagnostic): return SystemInventory(name: shown, root: shown, diagnostics: [diagnostic])
        }
    }

    /// Reads SBOM bytes; `file` names the document in locations and diagnostics. The document is checked whole
    /// but never held as one tree: memory follows the components read (`SBOMDocument`).
    public func importSystem(bytes: [UInt8], file: String) -> SystemInventory {
        let document: SBOMDocument
        do throws(SBOMDocument.Refusal) {
            document = try SBOMDocument(bytes: bytes, file: file)
        } catch {
            return failed(file, error.diagnostic)
        }
        if document.value("bomFormat")?.string == "CycloneDX" {
            var contents = CycloneDXJSONReader(document: document).read()
            return contents.system(file: file)
        }
        if document.contains("spdxVersion") {
            var contents = SPDXJSONReader(document: document).read()
            return contents.system(file: file)
        }
        return failed(file, Diagnostic(.error, "neither CycloneDX ('bomFormat': 'CycloneDX') nor SPDX ('spdxVersion'); sovscan reads CycloneDX JSON 1.4-1.6 and SPDX 2.3 JSON",
                                       at: document.location(ofOffset: 0)))
    }

    private func failed(_ file: String, _ diagnostic: Diagnostic) -> SystemInventory {
        SystemInventory(name: file, root: file, manifests: [file], diagnostics: [diagnostic])
    }
}

/// Helpers the SBOM readers share.
enum SBOMReading {
    /// The elements of the list `key` of `value`: empty when absent; when present but not an array (a
    /// `components` object), an error diagnostic, since whatever it holds is not read.
    static func list(_ key: String, of value: JSONValue, document: SBOMDocument, diagnostics: inout [Diagnostic]) -> [JSONValue] {
        guard let member = value[key] else { return [] }
        guard let array = member.array else {
            diagnostics.append(SBOMDocument.notAnArray(key, kind: member.kindName, at: document.location(of: member)))
            return []
        }
        return array
    }

    /// The purl of a package: the stated one when it parses, else a `generic` purl from name and version (with
    /// a diagnostic when a stated purl was malformed).
    static func purl(stated: String?, name: String, group: String?, version: String?, at location: SourceLocation,
                     diagnostics: inout [Diagnostic]) -> PackageURL? {
        if let stated {
            do { return try PackageURL(parsing: stated) } catch {
                diagnostics.append(Diagnostic(.error, "invalid purl '\(stated)': \(error); a generic purl is used", at: location))
            }
        }
        do {
            return try PackageURL(type: "generic", namespace: group, name: name, version: version)
        } catch {
            diagnostics.append(Diagnostic(.error, "the package has no usable name; it is left out", at: location))
            return nil
        }
    }

    /// A component for a package read from an SBOM: the ecosystem and group from the purl (unless the document
    /// states a group), the name as the document spells it, without a repeated group prefix (`group:name`,
    /// `@scope/name`).
    static func component(purl: PackageURL, name: String, group: String?, version: String?, location: SourceLocation) -> Component {
        let ecosystem = Ecosystem(purlType: purl.type)
        let purlGroup = purl.namespace.map { ecosystem == .npm && !$0.hasPrefix("@") ? "@" + $0 : $0 }
        let finalGroup = group ?? (ecosystem == .generic ? nil : purlGroup)
        var finalName = name
        let separator = ecosystem == .maven ? ":" : "/"
        if let finalGroup, ecosystem != .swift, name.hasPrefix(finalGroup + separator) {
            finalName = String(name.dropFirst(finalGroup.count + separator.count))
        }
        // The name as the purl holds it when they are equal: one stored text instead of two per component.
        return Component(purl: purl, ecosystem: ecosystem, group: finalGroup, name: finalName == purl.name ? purl.name : finalName,
                         version: version.map { $0 == purl.version ? purl.version ?? $0 : $0 } ?? purl.version,
                         locations: [location])
    }

    /// Where a component read from an SBOM was declared: the positions sovscan recorded when it wrote the
    /// document (none, when it recorded none), else the package's place in the document.
    static func settle(_ component: inout Component, facts: SovScanFacts) {
        if facts.setsScope && !facts.setsLocations { component.locations = [] }
    }
}
