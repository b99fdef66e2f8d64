import Foundation

/// The JSON document reports and policies consume: one analysis per system, versioned.
///
/// `schema` is always `sovscan-analysis`; `version` follows semantic versioning: a new optional field raises the
/// minor version, a renamed or removed field the major one. `docs/methodology.md` describes every field.
public struct AnalysisDocument: Sendable, Hashable, Codable {
    /// The current version of the document format.
    public static let currentVersion = "1.5.0"

    public var schema: String
    public var version: String
    /// The program that wrote the document (`sovscan 0.1.0`), if given.
    public var generator: String?
    public var options: AnalysisOptions
    /// Systems sorted by name.
    public var systems: [SystemAnalysis]
    /// The aggregation over the systems; present when there is more than one.
    public var portfolio: PortfolioAnalysis?

    public init(generator: String? = nil, options: AnalysisOptions, systems: [SystemAnalysis]) {
        schema = "sovscan-analysis"
        version = Self.currentVersion
        self.generator = generator
        self.options = options
        self.systems = systems.sorted { $0.name < $1.name }
        portfolio = systems.count > 1 ? PortfolioAnalysis(systems, cutoffs: options.cutoffs) : nil
    }

    /// The document as pretty-printed JSON with sorted keys: equal analyses give equal bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a document, refusing another schema or a newer major version.
    public static func decode(_ data: Data) throws -> AnalysisDocument {
        let document = try JSONDecoder().decode(AnalysisDocument.self, from: data)
        guard document.schema == "sovscan-analysis" else {
            throw DocumentError("not a sovscan analysis document (schema '\(document.schema)')")
        }
        let major = document.version.split(separator: ".").first.flatMap { Int($0) }
        guard let major, major <= 1 else {
            throw DocumentError("analysis document version \(document.version) is newer than this sovscan reads")
        }
        return document
    }
}

/// Why an analysis document could not be read.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) { self.description = description }
}
