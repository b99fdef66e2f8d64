/// A package URL (purl) as defined by the package-url specification:
/// `pkg:type/namespace/name@version?qualifiers#subpath`.
///
/// Values are stored decoded; `description` prints the canonical form (lower-cased type, sorted qualifiers,
/// percent-encoding of everything but unreserved characters and `:`), so two equal purls print equally.
public struct PackageURL: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The parts, held in one immutable object: a purl is copied with every component, edge and classification,
    /// and one reference to count costs less than seven (issue 17: the catalog stage's profile).
    private final class Parts: Sendable {
        let type: String
        let namespace: String?
        let name: String
        let version: String?
        let qualifiers: [String: String]
        let subpath: String?
        let description: String

        init(type: String, namespace: String?, name: String, version: String?, qualifiers: [String: String],
             subpath: String?, description: String) {
            self.type = type
            self.namespace = namespace
            self.name = name
            self.version = version
            self.qualifiers = qualifiers
            self.subpath = subpath
            self.description = description
        }
    }

    private let parts: Parts

    /// The package type (`maven`, `npm`, `swift`, `github`, `generic`, ...), lower-cased.
    public var type: String { parts.type }
    /// The namespace (Maven groupId, npm scope with `@`, Swift `host/owner`), decoded; `nil` when absent.
    public var namespace: String? { parts.namespace }
    /// The package name, decoded.
    public var name: String { parts.name }
    /// The version, decoded; `nil` when absent.
    public var version: String? { parts.version }
    /// Qualifiers with lower-case keys; empty values are dropped.
    public var qualifiers: [String: String] { parts.qualifiers }
    /// The subpath without leading or trailing slashes; `nil` when absent.
    public var subpath: String? { parts.subpath }
    /// The canonical string form, made once: purls are compared, sorted and hashed by it many times per scan.
    public var description: String { parts.description }

    /// Builds a purl from its parts, applying the specification's per-type normalisation.
    /// - Throws: `PackageURLError` when a required part is missing or a part is not allowed.
    public init(
        type: String,
        namespace: String? = nil,
        name: String,
        version: String? = nil,
        qualifiers: [String: String] = [:],
        subpath: String? = nil
    ) throws {
        let loweredType = type.lowercased()
        guard Self.isValidType(loweredType) else { throw PackageURLError.invalidType(type) }
        var namespaceValue = namespace.flatMap { value -> String? in
            let segments = value.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            return segments.isEmpty ? nil : segments.joined(separator: "/")
        }
        var nameValue = name.trimmingSlashes()
        guard !nameValue.isEmpty else { throw PackageURLError.missingName }
        var normalisedQualifiers: [String: String] = [:]
        for (key, value) in qualifiers where !value.isEmpty {
            let loweredKey = key.lowercased()
            guard Self.isValidQualifierKey(loweredKey) else { throw PackageURLError.invalidQualifierKey(key) }
            normalisedQualifiers[loweredKey] = value
        }
        switch loweredType {
        case "github", "bitbucket":
            namespaceValue = namespaceValue?.lowercased()
            nameValue = nameValue.lowercased()
        case "npm":
            namespaceValue = namespaceValue?.lowercased()
            nameValue = nameValue.lowercased()
        case "pypi":
            nameValue = String(nameValue.lowercased().map { $0 == "_" ? "-" : $0 })
        default:
            break
        }
        if Self.typesRequiringNamespace.contains(loweredType), namespaceValue == nil {
            throw PackageURLError.missingNamespace(loweredType)
        }
        let versionValue = (version?.isEmpty ?? true) ? nil : version
        let subpathValue = subpath.flatMap(Self.normaliseSubpath)
        parts = Parts(type: loweredType, namespace: namespaceValue, name: nameValue, version: versionValue,
                      qualifiers: normalisedQualifiers, subpath: subpathValue,
                      description: Self.canonicalText(type: loweredType, namespace: namespaceValue, name: nameValue,
                                                      version: versionValue, qualifiers: normalisedQualifiers,
                                                      subpath: subpathValue))
    }

    /// Parses a purl string.
    /// - Throws: `PackageURLError` that says which part is wrong.
    public init(parsing text: String) throws {
        var rest = Substring(text)
        var subpath: String?
        if let hash = rest.firstIndex(of: "#") {
            subpath = try Self.decode(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var qualifiers: [String: String] = [:]
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                guard let equals = pair.firstIndex(of: "=") else { throw PackageURLError.invalidQualifier(String(pair)) }
                let key = pair[..<equals].lowercased()
                guard Self.isValidQualifierKey(key) else { throw PackageURLError.invalidQualifierKey(key) }
                let value = try Self.decode(pair[pair.index(after: equals)...])
                if !value.isEmpty { qualifiers[key] = value }
            }
            rest = rest[..<question]
        }
        guard rest.count >= 4, rest.prefix(4).lowercased() == "pkg:" else { throw PackageURLError.missingScheme }
        rest = rest.dropFirst(4)
        while rest.first == "/" { rest = rest.dropFirst() }
        guard let slash = rest.firstIndex(of: "/") else { throw PackageURLError.missingName }
        let type = String(rest[..<slash])
        var path = rest[rest.index(after: slash)...]
        while path.last == "/" { path = path.dropLast() }
        var segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard var last = segments.popLast() else { throw PackageURLError.missingName }
        var version: String?
        if let at = last.lastIndex(of: "@") {
            version = try Self.decode(last[last.index(after: at)...])
            last = last[..<at]
        }
        let name = try Self.decode(last)
        guard !name.isEmpty else { throw PackageURLError.missingName }
        let namespace = try segments.map { try Self.decode($0) }.joined(separator: "/")
        try self.init(
            type: type,
            namespace: namespace.isEmpty ? nil : namespace,
            name: name,
            version: version,
            qualifiers: qualifiers,
            subpath: subpath
        )
    }

    /// The canonical string form of the parts.
    private static func canonicalText(type: String, namespace: String?, name: String, version: String?,
                                      qualifiers: [String: String], subpath: String?) -> String {
        var text = "pkg:" + type + "/"
        if let namespace {
            text += namespace.split(separator: "/").map { Self.encode($0) }.joined(separator: "/") + "/"
        }
        text += Self.encode(name)
        if let version { text += "@" + Self.encode(version) }
        if !qualifiers.isEmpty {
            text += "?" + qualifiers.keys.sorted().map { $0 + "=" + Self.encode(qualifiers[$0]!) }.joined(separator: "&")
        }
        if let subpath {
            text += "#" + subpath.split(separator: "/").map { Self.encode($0) }.joined(separator: "/")
        }
        return text
    }

    /// The same purl without version, qualifiers and subpath: the identity of the package across versions.
    public var versionless: PackageURL {
        // Cannot fail: the parts were valid when this value was made.
        (try? PackageURL(type: type, namespace: namespace, name: name)) ?? self
    }

    /// This purl with another version.
    public func with(version newVersion: String?) -> PackageURL {
        (try? PackageURL(type: type, namespace: namespace, name: name, version: newVersion,
                         qualifiers: qualifiers, subpath: subpath)) ?? self
    }

    public static func < (lhs: PackageURL, rhs: PackageURL) -> Bool { lhs.description < rhs.description }

    /// Equal purls have equal canonical forms (the parts are normalised before the form is made).
    public static func == (lhs: PackageURL, rhs: PackageURL) -> Bool {
        lhs.parts === rhs.parts || lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: - Rules of the specification

    private static let typesRequiringNamespace: Set<String> = ["maven", "swift", "github", "bitbucket", "golang"]

    private static func isValidType(_ type: String) -> Bool {
        guard let first = type.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return type.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "+" || scalar == "-"
        }
    }

    private static func isValidQualifierKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
        }
    }

    private static func normaliseSubpath(_ subpath: String) -> String? {
        let segments = subpath.split(separator: "/").filter { $0 != "." && $0 != ".." }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// Percent-encodes everything but unreserved characters (`A-Z a-z 0-9 - . _ ~`) and `:`.
    static func encode<S: StringProtocol>(_ text: S) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                output += "%"
                output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                output.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return output
    }

    static func decode<S: StringProtocol>(_ text: S) throws -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard iterator.count >= 2,
                      let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
                else { throw PackageURLError.invalidPercentEncoding(String(text)) }
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw PackageURLError.invalidPercentEncoding(String(text))
        }
        return decoded
    }
}

/// Why a purl could not be parsed or built.
public enum PackageURLError: Error, Equatable, CustomStringConvertible {
    case missingScheme
    case invalidType(String)
    case missingName
    case missingNamespace(String)
    case invalidQualifier(String)
    case invalidQualifierKey(String)
    case invalidPercentEncoding(String)

    public var description: String {
        switch self {
        case .missingScheme: "a purl starts with 'pkg:'"
        case .invalidType(let type): "'\(type)' is not a valid purl type"
        case .missingName: "the purl has no name"
        case .missingNamespace(let type): "a '\(type)' purl needs a namespace"
        case .invalidQualifier(let text): "qualifier '\(text)' is not key=value"
        case .invalidQualifierKey(let key): "'\(key)' is not a valid qualifier key"
        case .invalidPercentEncoding(let text): "'\(text)' has invalid percent-encoding"
        }
    }
}

extension String {
    fileprivate func trimmingSlashes() -> String {
        var view = Substring(self)
        while view.first == "/" { view = view.dropFirst() }
        while view.last == "/" { view = view.dropLast() }
        return String(view)
    }
}
