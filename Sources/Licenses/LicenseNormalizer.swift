import Foundation
import SovScanModel

/// What a declared licence string means in SPDX, with the raw text it came from.
public struct NormalizedLicense: Sendable, Hashable {
    /// The text as written.
    public let raw: String
    /// The URL given with it, if any.
    public let url: String?
    /// The SPDX expression; `nil` when the text could not be mapped (or names a file, see `fileReference`).
    public let expression: LicenseExpression?
    /// 0...1: 1 for a valid SPDX expression as written, lower for aliases and ambiguous names, 0 when unknown.
    public let confidence: Double
    /// How the mapping was made, or why there is none.
    public let reason: String
    /// The file named by npm's `SEE LICENSE IN <file>`, to be identified by its text.
    public let fileReference: String?
}

/// Maps what manifests say about licences to SPDX expressions: SPDX expressions in any letter case and with
/// deprecated ids, names and abbreviations (`Apache 2`, `GPLv2 with classpath exception`), URLs of licence texts,
/// npm's `UNLICENSED` and `SEE LICENSE IN <file>`, legacy npm objects, and lists joined with `/`, `or`, `and`.
/// The mapping table is `Rules/licenses/aliases.yml`.
public struct LicenseNormalizer: Sendable {
    public let resolver: LicenseExpressionResolver
    let aliases: LicenseAliases

    init(resolver: LicenseExpressionResolver, aliases: LicenseAliases) {
        self.resolver = resolver
        self.aliases = aliases
    }

    /// Loads the licence list and `aliases.yml` from `rulesDirectory/licenses/`.
    public init(rulesDirectory: URL) throws {
        let resolver = LicenseExpressionResolver(list: try LicenseList.load(rulesDirectory: rulesDirectory))
        try self.init(rulesDirectory: rulesDirectory, resolver: resolver)
    }

    init(rulesDirectory: URL, resolver: LicenseExpressionResolver) throws {
        self.init(
            resolver: resolver,
            aliases: try LicenseAliases.load(rulesDirectory: rulesDirectory, list: resolver.list, resolver: resolver))
    }

    /// Normalises a declared licence.
    public func normalize(_ declared: DeclaredLicense) -> NormalizedLicense {
        normalize(text: declared.text, url: declared.url)
    }

    /// Normalises a licence text (`license` of package.json, `<name>` of a POM licence) and its URL.
    public func normalize(text: String, url: String? = nil) -> NormalizedLicense {
        var raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var url = url?.trimmingCharacters(in: .whitespacesAndNewlines)
        if url?.isEmpty == true { url = nil }
        // A legacy npm object written as text: { "type": "MIT", "url": "..." }.
        if raw.hasPrefix("{"), let object = Self.legacyObject(raw) {
            raw = object.type ?? ""
            url = url ?? object.url
        }
        let original = text
        if raw.isEmpty && url == nil {
            return NormalizedLicense(
                raw: original, url: nil, expression: nil, confidence: 0, reason: "empty licence", fileReference: nil)
        }
        if let file = Self.seeLicenseIn(raw) {
            return NormalizedLicense(
                raw: original, url: url, expression: nil, confidence: 0,
                reason: "licence is in the file '\(file)'", fileReference: file)
        }
        let fromText = raw.isEmpty ? nil : mapText(raw)
        let fromURL = url.flatMap(mapURL)
        switch (fromText, fromURL) {
        case let (text?, address?):
            if text.expression == address.expression {
                return make(original, url, text.expression, min(1, max(text.confidence, address.confidence) + 0.05),
                            "\(text.reason); the URL agrees")
            }
            let (winner, other) = text.confidence >= address.confidence ? (text, address) : (address, text)
            return make(original, url, winner.expression, winner.confidence * 0.95,
                        "\(winner.reason); the \(winner.isURL ? "name" : "URL") says \(other.expression.spdx)")
        case let (text?, nil):
            let note = url.map { "; URL \($0) not recognised" } ?? ""
            return make(original, url, text.expression, text.confidence, text.reason + note)
        case let (nil, address?):
            let note = raw.isEmpty ? "" : "; name '\(raw)' not recognised"
            return make(original, url, address.expression, address.confidence, address.reason + note)
        case (nil, nil):
            return NormalizedLicense(
                raw: original, url: url, expression: nil, confidence: 0,
                reason: "no SPDX licence, alias or known URL matches '\(raw.isEmpty ? url ?? "" : raw)'",
                fileReference: nil)
        }
    }

    private func make(_ raw: String, _ url: String?, _ expression: LicenseExpression, _ confidence: Double,
                      _ reason: String) -> NormalizedLicense {
        NormalizedLicense(
            raw: raw, url: url, expression: expression, confidence: confidence, reason: reason, fileReference: nil)
    }

    private struct Mapping {
        let expression: LicenseExpression
        let confidence: Double
        let reason: String
        var isURL = false
    }

    // MARK: - Text

    private func mapText(_ text: String) -> Mapping? {
        if text.uppercased() == "UNLICENSED" {
            return Mapping(
                expression: .license(id: "LicenseRef-UNLICENSED"), confidence: 1,
                reason: "npm UNLICENSED: no rights granted")
        }
        if Self.looksLikeURL(text), var mapping = mapURL(text) {
            mapping.isURL = false
            return mapping
        }
        if let expression = try? resolver.parse(text) {
            if expression.isFullyKnown {
                let exact = expression.changes.isEmpty
                return Mapping(
                    expression: expression.expression, confidence: exact ? 1 : 0.95,
                    reason: exact ? "SPDX expression" : "SPDX expression (\(expression.changes.joined(separator: "; ")))")
            }
            if let mapped = mapUnknownLeaves(expression) { return mapped }
        }
        if let mapped = mapName(text) { return mapped }
        return mapCompound(text)
    }

    /// A name as a whole, then without a parenthesised part, then the parenthesised part alone
    /// ("The MIT License (MIT)").
    private func mapName(_ text: String) -> Mapping? {
        if let target = aliases.names[LicenseAliases.nameKey(text)] {
            return Mapping(
                expression: target.expression, confidence: target.confidence,
                reason: "name '\(text)' (\(target.origin))")
        }
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let outside = String(text[..<open]) + " " + String(text[text.index(after: close)...])
        let inside = String(text[text.index(after: open)..<close])
        for part in [outside, inside] {
            let key = LicenseAliases.nameKey(part)
            if !key.isEmpty, let target = aliases.names[key] {
                return Mapping(
                    expression: target.expression, confidence: target.confidence * 0.95,
                    reason: "name '\(part.trimmingCharacters(in: .whitespaces))' in '\(text)' (\(target.origin))")
            }
            if let expression = try? resolver.parse(part), expression.isFullyKnown {
                return Mapping(
                    expression: expression.expression, confidence: 0.9, reason: "SPDX expression '\(part)' in '\(text)'")
            }
        }
        return nil
    }

    /// An expression that parsed but names unknown ids (`Apache-2 OR MIT`): each unknown id looked up as a name.
    private func mapUnknownLeaves(_ resolved: ResolvedExpression) -> Mapping? {
        guard resolved.unknownExceptions.isEmpty else { return nil }
        var confidence = 1.0
        func map(_ expression: LicenseExpression) -> LicenseExpression? {
            switch expression {
            case let .license(id, orLater, exception):
                if resolver.list.license(id) != nil || id.hasPrefix("LicenseRef-") || id.hasPrefix("DocumentRef-") {
                    return expression
                }
                guard let target = aliases.names[LicenseAliases.nameKey(id + (orLater ? "+" : ""))] else { return nil }
                confidence = min(confidence, target.confidence * 0.95)
                if let exception, case let .license(newID, newOrLater, nil) = target.expression {
                    return .license(id: newID, orLater: newOrLater, exception: exception)
                }
                return exception == nil ? target.expression : nil
            case .and(let operands):
                let mapped = operands.compactMap(map)
                return mapped.count == operands.count ? .and(mapped) : nil
            case .or(let operands):
                let mapped = operands.compactMap(map)
                return mapped.count == operands.count ? .or(mapped) : nil
            }
        }
        guard let mapped = map(resolved.expression) else { return nil }
        let flattened = resolver.resolve(mapped).expression
        return Mapping(
            expression: flattened, confidence: confidence,
            reason: "expression with aliases for \(resolved.unknownIDs.joined(separator: ", "))")
    }

    /// `MIT/Apache-2.0`, `MPL 1.1/GPL 2.0/LGPL 2.1`, `Apache 2 or MIT`, `MIT and BSD`: every part must map.
    private func mapCompound(_ text: String) -> Mapping? {
        let lower = text.lowercased()
        let (separators, isOr): ([String], Bool) =
            lower.contains(" and ") && !lower.contains(" or ") && !lower.contains("/")
            ? ([" and ", " & "], false) : ([" or ", "/", ", ", "; ", " | "], true)
        var parts = [text]
        for separator in separators {
            parts = parts.flatMap { Self.split($0, by: separator) }
        }
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return nil }
        var operands: [LicenseExpression] = []
        var confidence = 1.0
        for part in parts {
            if let expression = try? resolver.parse(part), expression.isFullyKnown {
                operands.append(expression.expression)
                confidence = min(confidence, 0.9)
            } else if let target = aliases.names[LicenseAliases.nameKey(part)] {
                operands.append(target.expression)
                confidence = min(confidence, target.confidence)
            } else {
                return nil
            }
        }
        var unique: [LicenseExpression] = []
        for operand in operands where !unique.contains(operand) { unique.append(operand) }
        let combined: LicenseExpression = unique.count == 1 ? unique[0] : (isOr ? .or(unique) : .and(unique))
        return Mapping(
            expression: resolver.resolve(combined).expression, confidence: confidence * 0.9,
            reason: "list '\(text)' read as \(isOr ? "OR" : "AND") of its parts")
    }

    /// `text` split at every occurrence of `separator` in any letter case.
    private static func split(_ text: String, by separator: String) -> [String] {
        var parts: [String] = []
        var rest = text[...]
        while let range = rest.range(of: separator, options: .caseInsensitive) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    // MARK: - URL

    private func mapURL(_ address: String) -> Mapping? {
        let key = LicenseAliases.urlKey(address)
        if let target = aliases.urls[key] {
            return Mapping(
                expression: target.expression, confidence: target.confidence,
                reason: "URL \(address) (\(target.origin))", isURL: true)
        }
        // opensource.org/licenses/<id>, spdx.org/licenses/<id>, choosealicense.com/licenses/<id>.
        let patterns = ["opensource.org/licenses/", "opensource.org/license/", "spdx.org/licenses/",
                        "choosealicense.com/licenses/"]
        for prefix in patterns where key.hasPrefix(prefix) {
            let leaf = String(key.dropFirst(prefix.count))
            guard !leaf.isEmpty, !leaf.contains("/") else { continue }
            if let info = resolver.list.license(leaf), let expression = try? resolver.parse(info.id),
               expression.isFullyKnown {
                return Mapping(
                    expression: expression.expression, confidence: 0.9, reason: "URL \(address) names \(info.id)",
                    isURL: true)
            }
            if let target = aliases.names[LicenseAliases.nameKey(leaf)] {
                return Mapping(
                    expression: target.expression, confidence: target.confidence * 0.95,
                    reason: "URL \(address) names '\(leaf)'", isURL: true)
            }
        }
        return nil
    }

    private static func looksLikeURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
            && !lower.contains(" ")
    }

    // MARK: - npm forms

    /// `SEE LICENSE IN <file>` (any letter case, `LICENCE` too): the file name.
    static func seeLicenseIn(_ text: String) -> String? {
        let upper = text.uppercased()
        for prefix in ["SEE LICENSE IN ", "SEE LICENCE IN "] where upper.hasPrefix(prefix) {
            let file = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return file.isEmpty ? nil : file
        }
        return nil
    }

    private static func legacyObject(_ text: String) -> (type: String?, url: String?)? {
        guard let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return (object["type"] as? String, object["url"] as? String)
    }
}
