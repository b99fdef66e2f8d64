import Foundation
import SovScanModel

/// A name pattern in a policy: a literal (compared without regard to case) or a glob (`Apache-*`, `aws*`).
public struct PolicyPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    private let glob: Glob?

    /// Parses a pattern; an unclosed `[` is an error.
    public init(_ text: String) throws(GlobError) {
        self.text = text
        let candidate = try Glob(text.lowercased())
        glob = candidate.isLiteral ? nil : candidate
    }

    public var description: String { text }

    /// Whether `name` matches.
    public func matches(_ name: String) -> Bool {
        let lowered = name.lowercased()
        if let glob { return glob.matches(lowered) }
        return lowered == text.lowercased()
    }
}

/// An entry of `licenses.allow`/`deny`: a licence category, or an SPDX id or glob over ids.
public enum LicensePattern: Sendable, Hashable, CustomStringConvertible {
    case category(LicenseCategory)
    case name(PolicyPattern)

    /// A category name becomes a category; anything else an id pattern.
    public init(_ text: String) throws(GlobError) {
        if let category = LicenseCategory(rawValue: text) {
            self = .category(category)
        } else {
            self = .name(try PolicyPattern(text))
        }
    }

    public var description: String {
        switch self {
        case .category(let category): category.rawValue
        case .name(let pattern): pattern.text
        }
    }
}

/// A package pattern: `pkg:TYPE/NAMESPACE/NAME` as a glob, with an optional `@VERSION` glob
/// (`pkg:maven/com.oracle.database.jdbc/ojdbc11@*`, `pkg:npm/%40aws-sdk/*`, `pkg:npm/left-pad@1.*`).
///
/// Matching is on the decoded, version-less key of a purl (npm names lower-cased); `*` stays within one `/`
/// segment, `**` crosses segments.
public struct PackagePattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    private let key: Glob
    private let version: Glob?

    /// Parses a pattern; the error says what is wrong.
    public init(_ text: String) throws(PatternError) {
        self.text = text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("pkg:") else { throw PatternError("'\(text)' must start with 'pkg:'") }
        var body = String(trimmed.dropFirst(4))
        var versionText: String?
        if let at = body.lastIndex(of: "@"), body[..<at].contains("/"),
           !body[body.index(after: at)...].contains("/") {
            versionText = String(body[body.index(after: at)...])
            body = String(body[..<at])
        }
        guard let slash = body.firstIndex(of: "/"), slash != body.startIndex, body.index(after: slash) != body.endIndex
        else { throw PatternError("'\(text)' needs a type and a name: pkg:TYPE/NAMESPACE/NAME") }
        let type = body[..<slash].lowercased()
        var path = Self.percentDecoded(String(body[body.index(after: slash)...]))
        if type == "npm" || type == "github" { path = path.lowercased() }
        do {
            key = try Glob("pkg:" + type + "/" + path)
            version = try versionText.map { try Glob($0.isEmpty ? "*" : $0) }
        } catch {
            throw PatternError("'\(text)': \(error)")
        }
    }

    public var description: String { text }

    /// Whether the purl matches (version included when the pattern has one).
    public func matches(_ purl: PackageURL) -> Bool {
        guard key.matches(Self.key(of: purl)) else { return false }
        guard let version else { return true }
        return version.matches(purl.version ?? "")
    }

    /// The decoded match key of a purl: `pkg:TYPE/NAMESPACE/NAME`.
    static func key(of purl: PackageURL) -> String {
        "pkg:" + purl.type + "/" + (purl.namespace.map { $0 + "/" } ?? "") + purl.name
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A pattern that could not be parsed.
public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
