import Classification
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

    /// A pattern without wildcards; it cannot fail.
    public static func literal(_ text: String) -> PolicyPattern { PolicyPattern(literal: text) }

    private init(literal text: String) {
        self.text = text
        glob = nil
    }

    public var description: String { text }

    /// Whether the pattern has no wildcard.
    public var isLiteral: Bool { glob == nil }

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

/// A package pattern: the classification rules' purl pattern (`pkg:TYPE/NAMESPACE/NAME` as a glob, percent-encoded
/// or not, npm names lower-cased) with an optional `@VERSION` glob: `pkg:maven/com.oracle.database.jdbc/ojdbc11@*`,
/// `pkg:npm/%40aws-sdk/*`, `pkg:npm/left-pad@1.*`.
public struct PackagePattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    private let key: PurlPattern
    private let version: Glob?

    /// Parses a pattern; the error says what is wrong.
    public init(_ text: String) throws(PatternError) {
        self.text = text
        var body = text.trimmingCharacters(in: .whitespaces)
        var versionText: String?
        if let at = body.lastIndex(of: "@"), body[..<at].contains("/"), !body[body.index(after: at)...].contains("/") {
            versionText = String(body[body.index(after: at)...])
            body = String(body[..<at])
        }
        do {
            key = try PurlPattern(body)
        } catch {
            throw PatternError(error.message)
        }
        do {
            version = try versionText.map { try Glob($0.isEmpty ? "*" : $0) }
        } catch {
            throw PatternError("'\(text)': \(error)")
        }
    }

    public var description: String { text }

    /// The pattern without its version glob.
    public var packages: PurlPattern { key }

    /// Whether the purl matches (version included when the pattern has one).
    public func matches(_ purl: PackageURL) -> Bool {
        guard key.matches(PurlPattern.key(of: purl)) else { return false }
        guard let version else { return true }
        return version.matches(purl.version ?? "")
    }

    /// The decoded match key of a purl: `pkg:TYPE/NAMESPACE/NAME`.
    static func key(of purl: PackageURL) -> String { PurlPattern.key(of: purl) }
}

/// A pattern that could not be parsed.
public struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
