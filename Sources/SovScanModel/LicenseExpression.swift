/// An SPDX licence expression as a tree. Parsing and printing with the SPDX grammar live in the `Licenses`
/// module; this is the value every stage passes on.
public indirect enum LicenseExpression: Sendable, Hashable, Codable {
    /// A licence: an SPDX id (`MIT`), or a `LicenseRef-...` / `DocumentRef-x:LicenseRef-...` reference,
    /// optionally with `+` (or later) and a `WITH` exception.
    case license(id: String, orLater: Bool = false, exception: String? = nil)
    /// All operands apply.
    case and([LicenseExpression])
    /// Any one operand may be chosen.
    case or([LicenseExpression])

    /// The expression in SPDX syntax, with parentheses only where precedence needs them (`AND` binds tighter
    /// than `OR`).
    public var spdx: String { render(parentIsAnd: false, isTop: true) }

    /// Whether the expression is one licence without `+`, exception or reference: CycloneDX's `license.id` case.
    public var singleLicenseID: String? {
        if case let .license(id, orLater, exception) = self, !orLater, exception == nil, !id.hasPrefix("LicenseRef-"),
           !id.hasPrefix("DocumentRef-") {
            return id
        }
        return nil
    }

    /// Every licence id mentioned, in order of appearance.
    public var licenseIDs: [String] {
        switch self {
        case .license(let id, _, _): [id]
        case .and(let operands), .or(let operands): operands.flatMap(\.licenseIDs)
        }
    }

    private func render(parentIsAnd: Bool, isTop: Bool) -> String {
        switch self {
        case let .license(id, orLater, exception):
            return id + (orLater ? "+" : "") + (exception.map { " WITH \($0)" } ?? "")
        case .and(let operands):
            return operands.map { $0.render(parentIsAnd: true, isTop: false) }.joined(separator: " AND ")
        case .or(let operands):
            let text = operands.map { $0.render(parentIsAnd: false, isTop: false) }.joined(separator: " OR ")
            return (parentIsAnd && !isTop) ? "(\(text))" : text
        }
    }
}

/// Where a licence statement came from.
public enum LicenseSource: String, Sendable, Hashable, Codable {
    /// The manifest of the package itself (`package.json` `license`, POM `<licenses>`).
    case manifest
    /// A lockfile entry that copies the package's declaration (`package-lock.json` `license`).
    case lockfile
    /// A licence file found in the installed or checked-out package.
    case licenseFile = "license-file"
    /// A supplier's SBOM.
    case sbom
    /// A registry or metadata service asked online.
    case registry
    /// A rule in `Rules/` or a user override.
    case rule
}

/// A licence as a manifest states it, before normalisation: the raw evidence.
public struct DeclaredLicense: Sendable, Hashable, Codable {
    /// The text as written (`"The Apache Software License, Version 2.0"`, `"(MIT OR Apache-2.0)"`).
    public var text: String
    /// A URL given with it (POM `<url>`, npm legacy `{ "url": ... }`).
    public var url: String?
    /// Where the statement was found.
    public var source: LicenseSource
    /// The manifest position of the statement, when known; for a registry answer, its URL.
    public var location: SourceLocation?
    /// How far the source vouches for the statement, 0...1; `nil` for fully (a licence of a repository's default
    /// branch standing in for the pinned revision is weaker).
    public var confidence: Double?

    public init(text: String, url: String? = nil, source: LicenseSource, location: SourceLocation? = nil,
                confidence: Double? = nil) {
        self.text = text
        self.url = url
        self.source = source
        self.location = location
        self.confidence = confidence
    }
}

/// A concluded licence: an SPDX expression with how sure sovscan is, or the reason it is unknown.
public struct ConcludedLicense: Sendable, Hashable, Codable {
    /// The SPDX expression; `nil` when the licence is unknown.
    public var expression: LicenseExpression?
    /// Free text that could not be mapped to SPDX (CycloneDX `license.name`).
    public var unmappedText: String?
    /// 0...1; 1 for an exact SPDX expression in the manifest.
    public var confidence: Double
    /// Why the licence is what it is (or why it is unknown), for `sovscan explain`.
    public var reason: String
    /// The category of the expression (DESIGN section 4); `unknown` until the enrich stage classified it.
    public var category: LicenseCategory
    /// Whether the expression can be satisfied with OSI-approved or FSF-free licences; `nil` when unknown.
    public var isOSS: Bool?

    public init(expression: LicenseExpression?, unmappedText: String? = nil, confidence: Double, reason: String,
                category: LicenseCategory = .unknown, isOSS: Bool? = nil) {
        self.expression = expression
        self.unmappedText = unmappedText
        self.confidence = confidence
        self.reason = reason
        self.category = category
        self.isOSS = isOSS
    }
}

/// What kind of licence a licence (or a whole expression) is: DESIGN section 4.
public enum LicenseCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case permissive
    case weakCopyleft = "weak-copyleft"
    case strongCopyleft = "strong-copyleft"
    case networkCopyleft = "network-copyleft"
    case publicDomain = "public-domain"
    /// Source is readable but use is restricted (BUSL, SSPL, Elastic, Commons Clause, PolyForm, FSL...): not OSS.
    case sourceAvailable = "source-available"
    /// Proprietary, including npm's `UNLICENSED`.
    case proprietary
    case unknown
}
