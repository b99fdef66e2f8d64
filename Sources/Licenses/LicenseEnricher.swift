import Foundation
import SovScanModel

/// The enrich stage for licences: concludes each component's licence from its declared licences (normalised to
/// SPDX) and its licence files (identified by text).
///
/// Load once and share: all data is immutable, so `conclude` may run on many threads at once.
public struct LicenseEnricher: Sendable {
    public let normalizer: LicenseNormalizer
    public let identifier: LicenseTextIdentifier
    public let classifier: LicenseClassifier

    public init(normalizer: LicenseNormalizer, identifier: LicenseTextIdentifier) {
        self.normalizer = normalizer
        self.identifier = identifier
        self.classifier = LicenseClassifier(list: normalizer.resolver.list)
    }

    /// Loads every licence data file from `rulesDirectory/licenses/`; the licence list and aliases through
    /// `cache` when one is given (their compiled form, see `CompiledLicenseData`).
    public init(rulesDirectory: URL, cache: CompiledCache? = nil) throws {
        if let cache {
            let data = try CompiledLicenseData.load(rulesDirectory: rulesDirectory, cache: cache)
            self.init(data: data, textIndex: try LazyLicenseTextIndex(rulesDirectory: rulesDirectory))
        } else {
            let list = try LicenseList.load(rulesDirectory: rulesDirectory)
            self.init(normalizer: try LicenseNormalizer(rulesDirectory: rulesDirectory, resolver: LicenseExpressionResolver(list: list)),
                      identifier: try LicenseTextIdentifier(rulesDirectory: rulesDirectory))
        }
    }

    /// The enricher of the licence list, aliases and word equivalences in `data`, reading `textIndex` when the
    /// first licence text is identified.
    init(data: CompiledLicenseData, textIndex: LazyLicenseTextIndex) {
        self.init(normalizer: LicenseNormalizer(resolver: LicenseExpressionResolver(list: data.list), aliases: data.aliases),
                  identifier: LicenseTextIdentifier(textIndex: textIndex, normalizer: TextNormalizer(data.equivalentWords)))
    }

    /// `init(rulesDirectory:cache:)` with the decoding of licence data compiled when sovscan was built left until
    /// the enricher is first used: whether the data loads is known now (the files were read to find the form, and
    /// the form was made from the same bytes by the same build). Data from anywhere else is read at once.
    /// - Throws: what `init(rulesDirectory:cache:)` throws.
    public static func find(rulesDirectory: URL, cache: CompiledCache) throws -> FoundLicenseEnricher {
        let sourceKey = try CompiledLicenseData.sourceKey(rulesDirectory: rulesDirectory)
        guard let form = cache.prebuilt[sourceKey] else {
            return FoundLicenseEnricher(enricher: LoadedOnce(loaded: try LicenseEnricher(rulesDirectory: rulesDirectory, cache: cache)),
                                        bundledSourceKey: nil)
        }
        let textIndex = try LazyLicenseTextIndex(rulesDirectory: rulesDirectory)
        let enricher = LoadedOnce {
            // The form decodes (the build's tests read it back); parsing the same files again is the fallback, and
            // a licence list that knows nothing the last resort.
            let data = (try? CompiledLicenseData(compiled: form.value))
                ?? (try? CompiledLicenseData.parse(rulesDirectory: rulesDirectory))
                ?? CompiledLicenseData(list: LicenseList(licenses: [], exceptions: []), aliases: LicenseAliases(),
                                       equivalentWords: TextNormalizer.EquivalentWords(single: [:], pairs: [:]))
            return LicenseEnricher(data: data, textIndex: textIndex)
        }
        return FoundLicenseEnricher(enricher: enricher, bundledSourceKey: sourceKey)
    }

    /// The category of an expression (DESIGN section 4).
    public func category(of expression: LicenseExpression) -> LicenseCategory { classifier.category(of: expression) }

    /// Whether an expression can be satisfied with OSI-approved or FSF-free licences.
    public func isOSS(_ expression: LicenseExpression) -> OSSStatus { classifier.isOSS(expression) }

    /// Category of a concluded licence; `unknown` when it has no expression.
    public func category(of concluded: ConcludedLicense?) -> LicenseCategory {
        concluded?.expression.map(category(of:)) ?? .unknown
    }

    /// OSS status of a concluded licence; `unknown` when it has no expression.
    public func isOSS(_ concluded: ConcludedLicense?) -> OSSStatus {
        concluded?.expression.map(isOSS) ?? .unknown
    }

    /// Concludes the licence of `component`. Declared licences of the most authoritative source are read (a rule,
    /// then the manifest, an SBOM, the lockfile, a registry); several of them are alternatives (`OR`), as POMs and
    /// npm's legacy `licenses` array mean. Licence files (paths relative to `root`) are identified by text; several
    /// files all apply (`AND`). Declared licences win; files confirm them or stand in when none are declared.
    /// Licence files are read through `reader` (by default one confined to `root`).
    public func conclude(_ component: Component, root: String, reader: FileReader? = nil) -> ConcludedLicense {
        let reader = reader ?? FileReader(confinedTo: root)
        var usedFiles: Set<String> = []
        let declared = concludeDeclared(component, root: root, reader: reader, usedFiles: &usedFiles)
        let files = concludeFiles(component.licenseFiles.filter { !usedFiles.contains($0) }, root: root, reader: reader)

        if let expression = declared.expression, let fileExpression = files.expression,
           declared.confidence < Self.ambiguousDeclaration, files.confidence > declared.confidence,
           !Set(fileExpression.licenseIDs).isSubset(of: Set(expression.licenseIDs)) {
            // An ambiguous name ("BSD", "GPL") yields to the licence text the package ships.
            return ConcludedLicense(
                expression: fileExpression, unmappedText: nil, confidence: files.confidence,
                reason: "from licence files: " + files.reasons.joined(separator: "; ")
                    + "; declared \(expression.spdx) is ambiguous: " + declared.reasons.joined(separator: "; "))
        }
        if let expression = declared.expression {
            var confidence = declared.confidence
            var reason = declared.reasons.joined(separator: "; ")
            if let fileExpression = files.expression {
                if Set(fileExpression.licenseIDs).isSubset(of: Set(expression.licenseIDs)) {
                    confidence = max(confidence, files.confidence)
                    reason += "; licence files agree (\(files.reasons.joined(separator: "; ")))"
                } else {
                    confidence *= 0.9
                    reason += "; but licence files say \(fileExpression.spdx) (\(files.reasons.joined(separator: "; ")))"
                }
            }
            return ConcludedLicense(
                expression: expression, unmappedText: declared.unmapped.isEmpty ? nil : declared.unmapped.joined(separator: "; "),
                confidence: confidence, reason: reason)
        }
        if let fileExpression = files.expression {
            var reason = "from licence files: " + files.reasons.joined(separator: "; ")
            if !declared.reasons.isEmpty { reason += "; declared: " + declared.reasons.joined(separator: "; ") }
            return ConcludedLicense(
                expression: fileExpression,
                unmappedText: declared.unmapped.isEmpty ? nil : declared.unmapped.joined(separator: "; "),
                confidence: files.confidence, reason: reason)
        }
        let reasons = declared.reasons + files.reasons
        return ConcludedLicense(
            expression: nil,
            unmappedText: declared.unmapped.isEmpty ? nil : declared.unmapped.joined(separator: "; "),
            confidence: 0,
            reason: reasons.isEmpty ? "no licence declared and no licence file found" : "unknown: " + reasons.joined(separator: "; "))
    }

    /// Where a registry statement came from, for the reason text.
    private static func registryEvidence(_ declared: DeclaredLicense) -> String {
        guard let location = declared.location else { return " (registry)" }
        return " (registry: \(location.file))"
    }

    /// Declared licences mapped with less confidence than this are ambiguous names that a licence file overrides.
    static let ambiguousDeclaration = 0.75

    private struct Partial {
        var expression: LicenseExpression?
        var confidence = 1.0
        var reasons: [String] = []
        var unmapped: [String] = []
    }

    private static let sourcePriority: [LicenseSource] = [.rule, .manifest, .sbom, .lockfile, .registry, .licenseFile]

    private func concludeDeclared(_ component: Component, root: String, reader: FileReader, usedFiles: inout Set<String>) -> Partial {
        var partial = Partial()
        guard let source = Self.sourcePriority.first(where: { source in
            component.declaredLicenses.contains { $0.source == source }
        }) else { return partial }
        var expressions: [LicenseExpression] = []
        for declared in component.declaredLicenses where declared.source == source {
            let normalized = normalizer.normalize(declared)
            if let file = normalized.fileReference {
                guard let path = locate(file, of: component, root: root) else {
                    partial.unmapped.append(declared.text)
                    let place = component.isFirstParty ? "beside its manifest" : "in the installed package"
                    partial.reasons.append("'\(declared.text)': file '\(file)' not found \(place); the licence is unknown without it")
                    continue
                }
                usedFiles.insert(path)
                let result = identifier.identify(fileAt: Self.join(root, path), reader: reader)
                if let expression = result.expression {
                    expressions.append(expression)
                    partial.confidence = min(partial.confidence, result.confidence)
                    partial.reasons.append("'\(declared.text)': \(path): \(result.reason)")
                } else {
                    partial.unmapped.append(declared.text)
                    partial.reasons.append("'\(declared.text)': \(path): \(result.reason)")
                }
            } else if let expression = normalized.expression {
                expressions.append(expression)
                partial.confidence = min(partial.confidence, normalized.confidence * (declared.confidence ?? 1))
                partial.reasons.append("'\(normalized.raw)': \(normalized.reason)"
                                       + (declared.source == .registry ? Self.registryEvidence(declared) : ""))
            } else {
                partial.unmapped.append(normalized.raw)
                partial.reasons.append("'\(normalized.raw)': \(normalized.reason)")
            }
        }
        var unique: [LicenseExpression] = []
        for expression in expressions where !unique.contains(expression) { unique.append(expression) }
        if unique.count == 1 {
            partial.expression = unique[0]
        } else if unique.count > 1 {
            partial.expression = normalizer.resolver.resolve(.or(unique)).expression
        }
        if partial.expression != nil, !partial.unmapped.isEmpty { partial.confidence *= 0.8 }
        if partial.expression == nil { partial.confidence = 0 }
        return partial
    }

    private func concludeFiles(_ paths: [String], root: String, reader: FileReader) -> Partial {
        var partial = Partial()
        var expressions: [LicenseExpression] = []
        for path in paths.sorted() {
            let result = identifier.identify(fileAt: Self.join(root, path), reader: reader)
            partial.reasons.append("\(path): \(result.reason)")
            guard let expression = result.expression else { continue }
            partial.confidence = min(partial.confidence, result.confidence)
            if !expressions.contains(expression) { expressions.append(expression) }
        }
        if expressions.count == 1 {
            partial.expression = expressions[0]
        } else if expressions.count > 1 {
            partial.expression = normalizer.resolver.resolve(.and(expressions)).expression
        }
        if partial.expression == nil { partial.confidence = 0 }
        return partial
    }

    /// The file `SEE LICENSE IN <file>` names, which lives in the package itself: one of the component's licence
    /// files, else in the package's own folder. A dependency's folder is its installed copy
    /// (`node_modules/<name>/` beside the manifest or lockfile that declares it, or the folder of its own installed
    /// `package.json`), never the scanned repository's folder, whose file is the application's licence. Only a
    /// first-party package's folder is the folder of its manifest.
    private func locate(_ file: String, of component: Component, root: String) -> String? {
        var name = file
        while name.hasPrefix("./") { name.removeFirst(2) }
        if let known = component.licenseFiles.first(where: { $0 == name || $0.hasSuffix("/" + name) }) {
            return known
        }
        for folder in Self.packageFolders(of: component) {
            let candidate = folder.isEmpty ? name : folder + "/" + name
            if FileManager.default.fileExists(atPath: Self.join(root, candidate)) { return candidate }
        }
        return nil
    }

    /// The folders (relative to the root) that hold the component's own files.
    private static func packageFolders(of component: Component) -> [String] {
        let installed = "node_modules/" + (component.group.map { $0 + "/" } ?? "") + component.name
        var folders: [String] = []
        for location in component.locations {
            let directory = (location.file as NSString).deletingLastPathComponent
            if component.isFirstParty || directory == installed || directory.hasSuffix("/" + installed) {
                folders.append(directory)
            } else if component.ecosystem == .npm {
                folders.append(directory.isEmpty ? installed : directory + "/" + installed)
            }
        }
        return folders
    }

    private static func join(_ root: String, _ path: String) -> String {
        if path.hasPrefix("/") || root.isEmpty { return path }
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }
}

/// The licence enricher of a rules folder as `LicenseEnricher.find(rulesDirectory:cache:)` found it.
public struct FoundLicenseEnricher: Sendable {
    /// The enricher, decoded at its first use.
    public let enricher: LoadedOnce<LicenseEnricher>
    /// The `CompiledCache.sourceKey` of the licence data compiled when sovscan was built that the enricher comes
    /// from; `nil` when it comes from anywhere else.
    public let bundledSourceKey: String?

    public init(enricher: LoadedOnce<LicenseEnricher>, bundledSourceKey: String?) {
        self.enricher = enricher
        self.bundledSourceKey = bundledSourceKey
    }
}
