/// The output formats of `sovscan scan`/`check`. The names are a contract: later work fills in the ones that
/// are not yet implemented, and asking for one of those is a usage error (exit 2) until then.
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
    /// SARIF 2.1.0 (policy findings).
    case sarif
    /// JUnit XML (policy findings).
    case junit

    /// Whether this version of sovscan can write the format.
    public var isImplemented: Bool {
        switch self {
        case .table, .cyclonedx, .cyclonedxXML, .spdx, .csv, .csvShares, .json, .html, .markdown: true
        case .sarif, .junit: false
        }
    }
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
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw OutputRequestError.unknownFormat(String(name))
        }
        guard format.isImplemented else { throw OutputRequestError.notImplemented(format) }
        self.init(format: format, file: file)
    }
}

/// Why a `--format` value was refused.
public enum OutputRequestError: Error, Equatable, CustomStringConvertible {
    case unknownFormat(String)
    case notImplemented(OutputFormat)
    case emptyFile(String)

    public var description: String {
        let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknownFormat(let name):
            return "unknown format '\(name)'; formats are: \(known)"
        case .notImplemented(let format):
            let ready = OutputFormat.allCases.filter(\.isImplemented).map(\.rawValue).joined(separator: ", ")
            if format == .sarif || format == .junit {
                return "format '\(format.rawValue)' reports policy findings: use 'sovscan check --format \(format.rawValue)'; "
                    + "scan writes: \(ready)"
            }
            return "format '\(format.rawValue)' is not implemented yet; available now: \(ready)"
        case .emptyFile(let text):
            return "'\(text)' names no file after ':'"
        }
    }
}
