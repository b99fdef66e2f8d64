import SovScanModel

/// Reads `Package.resolved` formats 1 (`object.pins` with `package`, `repositoryURL`, `state`), 2 and 3 (`pins`
/// with `identity`, `kind`, `location`, `state`; 3 adds `originHash`).
///
/// Total: invalid JSON gives one error; an unknown format version a warning (the file is still read when its
/// shape is one of the known ones); a pin without a usable location, or without version, revision and branch,
/// a diagnostic at its line. Pins that can be read are always returned.
public enum PackageResolvedParser {
    /// The format versions this parser knows.
    public static let knownVersions: Set<Int> = [1, 2, 3]

    /// Parses `bytes`, reporting problems against `file`.
    public static func parse(_ bytes: [UInt8], file: String) -> (ResolvedFile?, [Diagnostic]) {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes)
        } catch let error as JSONSyntaxError {
            return (nil, [Diagnostic(.error, "Package.resolved is not valid JSON: \(error.message)",
                                     at: SourceLocation(file: file, line: error.line, column: error.column),
                                     detail: DiagnosticDetail(.malformedFile, ["JSON"]))])
        } catch {
            return (nil, [Diagnostic(.error, "Package.resolved is not valid JSON", at: SourceLocation(file: file),
                                     detail: DiagnosticDetail(.malformedFile, ["JSON"]))])
        }
        var diagnostics: [Diagnostic] = []
        guard let root = document.root.object else {
            return (nil, [Diagnostic(.error, "Package.resolved must be a JSON object, found \(document.root.kindName)",
                                     at: document.location(of: document.root, file: file))])
        }
        let versionValue = root["version"]
        let version = versionValue?.int
        let pinsValue: JSONValue?
        let shape: Int
        if let objectPins = root["object"]?["pins"] {
            pinsValue = objectPins
            shape = 1
        } else {
            pinsValue = root["pins"]
            shape = 2
        }
        if let version, !knownVersions.contains(version) {
            diagnostics.append(Diagnostic(.warning, "unknown Package.resolved format version \(version); read as format \(shape == 1 ? "1" : "2/3")",
                                          at: document.location(of: versionValue ?? document.root, file: file)))
        } else if version == nil {
            diagnostics.append(Diagnostic(.warning, "Package.resolved has no numeric 'version'; read as format \(shape == 1 ? "1" : "2/3")",
                                          at: document.location(of: versionValue ?? document.root, file: file)))
        }
        guard let pins = pinsValue?.array else {
            let at = pinsValue ?? document.root
            diagnostics.append(Diagnostic(.error, "Package.resolved has no 'pins' array", at: document.location(of: at, file: file)))
            return (nil, diagnostics)
        }
        var result = ResolvedFile(formatVersion: version ?? (shape == 1 ? 1 : 2), originHash: root["originHash"]?.string, pins: [])
        for pinValue in pins {
            let at = document.location(of: pinValue, file: file)
            guard let pin = pinValue.object else {
                diagnostics.append(Diagnostic(.error, "a pin must be an object, found \(pinValue.kindName)", at: at))
                continue
            }
            let read = shape == 1 ? readV1(pin, at: at) : readV2(pin, at: at)
            switch read {
            case .success(let pin):
                if pin.version == nil, pin.revision == nil, pin.branch == nil {
                    diagnostics.append(Diagnostic(.warning, "pin '\(pin.identity)' has no version, revision or branch", at: at))
                }
                result.pins.append(pin)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return (result, diagnostics)
    }

    private static func readV1(_ pin: JSONObject, at: SourceLocation) -> Result<ResolvedPin, Diagnostic> {
        guard let url = pin["repositoryURL"]?.string else {
            return .failure(Diagnostic(.error, "pin has no 'repositoryURL' string", at: at))
        }
        guard let location = SwiftRepositoryLocation(sourceControl: url) else {
            return .failure(Diagnostic(.error, "pin's repositoryURL '\(url)' is not a URL or path", at: at))
        }
        let kind: ResolvedPin.Kind
        if case .local = location { kind = .localSourceControl } else { kind = .remoteSourceControl }
        let state = pin["state"]?.object
        return .success(ResolvedPin(identity: location.identity, kind: kind, locationText: url, location: location,
                                    packageName: pin["package"]?.string,
                                    version: nonEmpty(state?["version"]?.string),
                                    revision: nonEmpty(state?["revision"]?.string),
                                    branch: nonEmpty(state?["branch"]?.string), declaredAt: at))
    }

    private static func readV2(_ pin: JSONObject, at: SourceLocation) -> Result<ResolvedPin, Diagnostic> {
        guard let identity = nonEmpty(pin["identity"]?.string) else {
            return .failure(Diagnostic(.error, "pin has no 'identity' string", at: at))
        }
        let kindText = pin["kind"]?.string ?? "remoteSourceControl"
        guard let kind = ResolvedPin.Kind(rawValue: kindText) else {
            return .failure(Diagnostic(.error, "pin '\(identity)' has the unknown kind '\(kindText)'", at: at))
        }
        let text = pin["location"]?.string ?? ""
        let location: SwiftRepositoryLocation
        switch kind {
        case .registry:
            guard let registry = SwiftRepositoryLocation(registryIdentity: identity) else {
                return .failure(Diagnostic(.error, "registry pin '\(identity)' is not of the form scope.name", at: at))
            }
            location = registry
        case .remoteSourceControl, .localSourceControl:
            guard let sourceControl = SwiftRepositoryLocation(sourceControl: text) else {
                return .failure(Diagnostic(.error, "pin '\(identity)' has a location '\(text)' that is not a URL or path", at: at))
            }
            location = sourceControl
        }
        let state = pin["state"]?.object
        return .success(ResolvedPin(identity: identity.lowercased(), kind: kind, locationText: text, location: location,
                                    version: nonEmpty(state?["version"]?.string),
                                    revision: nonEmpty(state?["revision"]?.string),
                                    branch: nonEmpty(state?["branch"]?.string), declaredAt: at))
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
