import SovScanModel

/// The dependency maps of a `package.json` (and of a lockfile entry, which copies them).
enum NPMDependencyKind: String, Sendable, CaseIterable {
    case production = "dependencies"
    case dev = "devDependencies"
    case optional = "optionalDependencies"
    case peer = "peerDependencies"

    /// The scope of an edge declared in this map.
    var scope: Scope {
        switch self {
        case .production, .optional: .runtime
        case .dev: .dev
        case .peer: .peer
        }
    }
}

/// One `"name": "specifier"` entry of a dependency map, with where it is written.
struct NPMDependencyDeclaration: Sendable {
    /// The name the dependency is installed under (the alias name for `npm:` aliases).
    let name: String
    let specifier: String
    let kind: NPMDependencyKind
    let location: SourceLocation
}

/// Reading helpers shared by `package.json` and lockfile entries.
enum NPMJSON {
    /// The declarations of all dependency maps of `object`. A name in `optionalDependencies` replaces the same name
    /// in `dependencies` (npm's rule); wrong types become warnings.
    static func declarations(in object: JSONObject, document: JSONDocument, file: String,
                             kinds: [NPMDependencyKind] = NPMDependencyKind.allCases,
                             diagnostics: inout [Diagnostic]) -> [NPMDependencyDeclaration] {
        var result: [NPMDependencyDeclaration] = []
        var optionalNames: Set<String> = []
        for kind in kinds {
            guard let value = object[kind.rawValue] else { continue }
            guard let map = value.object else {
                diagnostics.append(Diagnostic(.warning, "'\(kind.rawValue)' should be an object, not \(value.kindName)",
                                              at: document.location(of: value, file: file)))
                continue
            }
            for member in map.members {
                guard let specifier = member.value.string else {
                    diagnostics.append(Diagnostic(
                        .warning, "the specifier of '\(member.key)' should be a string, not \(member.value.kindName)",
                        at: document.location(of: member.value, file: file)))
                    continue
                }
                if kind == .optional { optionalNames.insert(member.key) }
                result.append(NPMDependencyDeclaration(
                    name: member.key, specifier: specifier, kind: kind,
                    location: document.location(ofOffset: member.keyOffset, file: file)))
            }
        }
        return result.filter { $0.kind != .production || !optionalNames.contains($0.name) }
    }

    /// The licences of a `license` (string or legacy `{type, url}`) and legacy `licenses` (array) field.
    static func licenses(in object: JSONObject, document: JSONDocument, file: String,
                         source: LicenseSource) -> [DeclaredLicense] {
        var result: [DeclaredLicense] = []
        func add(_ value: JSONValue) {
            let location = document.location(of: value, file: file)
            if let text = value.string, !text.isEmpty {
                result.append(DeclaredLicense(text: text, source: source, location: location))
            } else if let type = value["type"]?.string ?? value["name"]?.string, !type.isEmpty {
                result.append(DeclaredLicense(text: type, url: value["url"]?.string, source: source, location: location))
            }
        }
        if let license = object["license"] {
            if let list = license.array { list.forEach(add) } else { add(license) }
        }
        if let licenses = object["licenses"] {
            if let list = licenses.array { list.forEach(add) } else { add(licenses) }
        }
        return result
    }

    /// A string member, with a warning when the member exists with another type.
    static func string(_ key: String, in object: JSONObject, document: JSONDocument, file: String,
                       diagnostics: inout [Diagnostic]) -> String? {
        guard let value = object[key] else { return nil }
        guard let text = value.string else {
            diagnostics.append(Diagnostic(.warning, "'\(key)' should be a string, not \(value.kindName)",
                                          at: document.location(of: value, file: file)))
            return nil
        }
        return text
    }

    /// Parses `bytes`, turning a syntax error into an error diagnostic and repeated keys into warnings.
    static func parse(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> JSONDocument? {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes)
        } catch let error as JSONSyntaxError {
            diagnostics.append(Diagnostic(.error, "invalid JSON: \(error.message)",
                                          at: SourceLocation(file: file, line: error.line, column: error.column),
                                          detail: DiagnosticDetail(.malformedFile, ["JSON"])))
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, "invalid JSON: \(error)", at: SourceLocation(file: file),
                                          detail: DiagnosticDetail(.malformedFile, ["JSON"])))
            return nil
        }
        for duplicate in document.duplicateKeys.prefix(20) {
            diagnostics.append(Diagnostic(.warning, "key '\(duplicate.key)' repeated; the last one counts",
                                          at: document.location(ofOffset: duplicate.offset, file: file)))
        }
        return document
    }
}
