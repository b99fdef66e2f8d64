import Foundation
import SovScanModel
import Yams

/// One alias: the expression a name or URL stands for and how sure the mapping is.
struct AliasTarget: Sendable, Hashable {
    let expression: LicenseExpression
    let confidence: Double
    /// Where the mapping comes from (`aliases.yml`, `SPDX name`, `SPDX cross reference`).
    let origin: String
}

/// Names and URLs of licences mapped to SPDX: `Rules/licenses/aliases.yml`, plus every SPDX licence's id, name
/// and cross-reference URL (only URLs that name one licence).
struct LicenseAliases: Sendable {
    private(set) var names: [String: AliasTarget] = [:]
    private(set) var urls: [String: AliasTarget] = [:]

    init(names: [String: AliasTarget] = [:], urls: [String: AliasTarget] = [:]) {
        self.names = names
        self.urls = urls
    }

    /// `aliases.yml` entries win over SPDX data; SPDX names or URLs that point at several licences are dropped.
    static func load(rulesDirectory: URL, list: LicenseList, resolver: LicenseExpressionResolver) throws
        -> LicenseAliases
    {
        struct File: Decodable {
            let names: [String: Entry]
            let urls: [String: Entry]
        }
        let url = rulesDirectory.appendingPathComponent("licenses/aliases.yml")
        let file = try RulesFile.yaml(url, as: File.self)
        var aliases = LicenseAliases()

        var spdxNames: [String: Set<String>] = [:]
        var spdxURLs: [String: Set<String>] = [:]
        for license in list.allLicenses where license.isSPDX {
            let target = license.deprecated ? (license.replacedBy ?? license.id) : license.id
            for key in [nameKey(license.id), nameKey(license.name)] where !key.isEmpty {
                spdxNames[key, default: []].insert(target)
            }
            for address in license.urls {
                spdxURLs[urlKey(address), default: []].insert(target)
            }
        }
        /// A current id stands for itself; a deprecated id's replacement may be an expression.
        func expression(_ target: String) -> LicenseExpression? {
            target.contains(" ") ? try? resolver.parse(target).expression : .license(id: target)
        }
        for (key, targets) in spdxNames where targets.count == 1 {
            if let target = targets.first, let expression = expression(target) {
                aliases.names[key] = AliasTarget(expression: expression, confidence: 0.9, origin: "SPDX licence name")
            }
        }
        for (key, targets) in spdxURLs where targets.count == 1 {
            if let target = targets.first, let expression = expression(target) {
                aliases.urls[key] = AliasTarget(
                    expression: expression, confidence: 0.85, origin: "SPDX cross reference")
            }
        }
        for (name, entry) in file.names {
            aliases.names[nameKey(name)] = try target(entry, key: name, url: url, resolver: resolver)
        }
        for (address, entry) in file.urls {
            aliases.urls[urlKey(address)] = try target(entry, key: address, url: url, resolver: resolver)
        }
        return aliases
    }

    private static func target(_ entry: Entry, key: String, url: URL, resolver: LicenseExpressionResolver) throws
        -> AliasTarget
    {
        let resolved: ResolvedExpression
        do {
            resolved = try resolver.parse(entry.spdx)
        } catch {
            throw LicenseDataError(file: url.path, message: "'\(key)': '\(entry.spdx)' \(error)")
        }
        guard resolved.isFullyKnown else {
            throw LicenseDataError(
                file: url.path,
                message: "'\(key)': unknown ids \((resolved.unknownIDs + resolved.unknownExceptions).joined(separator: ", "))")
        }
        return AliasTarget(expression: resolved.expression, confidence: entry.confidence ?? 0.9, origin: "aliases.yml")
    }

    /// An alias value: an expression, or `{ spdx:, confidence: }`.
    private struct Entry: Decodable {
        let spdx: String
        let confidence: Double?

        private enum Keys: String, CodingKey { case spdx, confidence }

        init(from decoder: Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                spdx = text
                confidence = nil
            } else {
                let container = try decoder.container(keyedBy: Keys.self)
                spdx = try container.decode(String.self, forKey: .spdx)
                confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
            }
        }
    }

    // MARK: - Keys

    private static let droppedWords: Set<String> = ["the", "version", "license", "licence", "licenses", "licences"]

    /// A licence name reduced to what distinguishes it: lower case, words split at punctuation and between letters
    /// and digits, without "the", "version", "license", a "v" before a number or ".0" after one.
    static func nameKey(_ text: String) -> String {
        var raw: [String] = []
        var current = String.UnicodeScalarView()
        var lastWasDigit = false
        for scalar in text.lowercased().unicodeScalars {
            let isDigit = scalar.isASCII ? (scalar >= "0" && scalar <= "9") : scalar.properties.numericType != nil
            let isLetter = scalar.isASCII ? (scalar >= "a" && scalar <= "z") : scalar.properties.isAlphabetic
            if scalar == "+" {
                if !current.isEmpty { raw.append(String(current)) }
                current = String.UnicodeScalarView()
                raw.append("+")
            } else if isLetter || isDigit {
                if !current.isEmpty, isDigit, !lastWasDigit {
                    raw.append(String(current))
                    current = String.UnicodeScalarView()
                }
                current.append(scalar)
                lastWasDigit = isDigit
            } else {
                if !current.isEmpty { raw.append(String(current)) }
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { raw.append(String(current)) }

        var words: [String] = []
        for (index, word) in raw.enumerated() {
            let nextIsNumber = index + 1 < raw.count && raw[index + 1].unicodeScalars.first.map(Self.isDigit) == true
            if droppedWords.contains(word) { continue }
            if word == "v", nextIsNumber { continue }
            if word == "0", let last = words.last, last.unicodeScalars.first.map(Self.isDigit) == true { continue }
            if word.count > 1, word.hasSuffix("v"), nextIsNumber, word.unicodeScalars.first.map(Self.isDigit) == false {
                words.append(String(word.dropLast()))
                continue
            }
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar >= "0" && scalar <= "9") : scalar.properties.numericType != nil
    }

    /// A URL without scheme, `www.`, query, fragment, trailing `/` and file extension, in lower case.
    static func urlKey(_ text: String) -> String {
        var key = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for scheme in ["https://", "http://", "ftp://"] where key.hasPrefix(scheme) {
            key.removeFirst(scheme.count)
        }
        if key.hasPrefix("www.") { key.removeFirst(4) }
        if let cut = key.firstIndex(where: { $0 == "?" || $0 == "#" }) { key = String(key[..<cut]) }
        while key.hasSuffix("/") { key.removeLast() }
        for suffix in [".html", ".htm", ".txt", ".php", ".md", ".json"] where key.hasSuffix(suffix) {
            key.removeLast(suffix.count)
            break
        }
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }
}
