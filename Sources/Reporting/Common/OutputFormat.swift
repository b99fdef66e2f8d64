/// The output formats of `sovscan scan`. The names are a contract. The policy formats (SARIF, JUnit, GitHub and
/// GitLab annotations) report findings, which only `sovscan check` has; asking `scan` for one is a usage error
/// (exit 2) that names the command that writes it.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A readable summary for the terminal (the default).
    case table
    /// CycloneDX 1.6 JSON.
    case cyclonedx
    /// CycloneDX 1.6 XML.
    case cyclonedxXML = "cyclonedx-xml"
    /// SPDX 2.3 JSON.
    case spdx
    /// sovscan's own JSON document.
    case json
    case html
    case markdown
    case csv
    /// One row per share (system, group, level, portfolio) with its coverage.
    case csvShares = "csv-shares"

    /// The formats of `sovscan check` that report policy findings and that `scan` therefore cannot write.
    public static let policyFindingFormats = ["sarif", "junit", "github", "gitlab"]
}

/// One `--format NAME[:FILE]` request.
public struct OutputRequest: Sendable, Hashable {
    public var format: OutputFormat
    /// The file to write; `nil` writes to standard output.
    public var file: String?

    public init(format: OutputFormat, file: String? = nil) {
        self.format = format
        self.file = file
    }

    /// Parses `NAME` or `NAME:FILE`.
    public init(parsing text: String) throws(OutputRequestError) {
        let name: Substring
        var file: String?
        if let colon = text.firstIndex(of: ":") {
            name = text[..<colon]
            let rest = String(text[text.index(after: colon)...])
            guard !rest.isEmpty else { throw OutputRequestError.emptyFile(text) }
            file = rest
        } else {
            name = Substring(text)
        }
        if OutputFormat.policyFindingFormats.contains(name.lowercased()) {
            throw OutputRequestError.policyFindings(name.lowercased())
        }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw OutputRequestError.unknownFormat(String(name))
        }
        self.init(format: format, file: file)
    }
}

/// Why a `--format` value was refused.
public enum OutputRequestError: Error, Equatable, CustomStringConvertible {
    case unknownFormat(String)
    /// A format of `sovscan check` (one of `OutputFormat.policyFindingFormats`).
    case policyFindings(String)
    case emptyFile(String)

    public var description: String {
        let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknownFormat(let name):
            return "unknown format '\(name)'; formats are: \(known)"
        case .policyFindings(let name):
            return "format '\(name)' reports policy findings: use 'sovscan check --format \(name)'; scan writes: \(known)"
        case .emptyFile(let text):
            return "'\(text)' names no file after ':'"
        }
    }
}
