import Analysis
import Classification
import Foundation
import SovScanModel

/// Writes sovscan's own JSON document: the inventory of every system with its diagnostics, under a versioned
/// schema name (`sovscan-scan/1`) so consumers can check what they read; when the later stages ran, the
/// classification of every system and the analysis document (`sovscan-analysis`) beside it. The bytes are those
/// of `JSONEncoder` (pretty-printed, keys sorted, slashes unescaped), written by `TreeEncoder` without its cost.
public struct ScanJSONWriter: Sendable {
    /// The schema name and version of the document.
    public static let schema = "sovscan-scan/1"

    public init() {}

    struct Document: Encodable {
        let schema: String
        let tool: String
        let timestamp: String
        let incomplete: Bool
        let inventory: Inventory
        let classifications: [ClassifiedSystem]?
        let analysis: AnalysisDocument?
    }

    /// The document of a bare inventory as pretty-printed JSON with sorted keys and a final newline.
    public func write(_ inventory: Inventory, context: ReportContext) throws -> Data {
        try write(ReportInput(inventory: inventory), context: context)
    }

    /// The document with the classifications and the analysis document when present.
    public func write(_ input: ReportInput, context: ReportContext) throws -> Data {
        let inventory = input.inventory
        let document = Document(schema: Self.schema, tool: "sovscan \(context.toolVersion)", timestamp: context.isoTimestamp,
                                incomplete: inventory.isIncomplete, inventory: inventory,
                                classifications: input.classifications.isEmpty ? nil : input.classifications,
                                analysis: input.analysis)
        return try TreeEncoder.encode(document, appending: [0x0A])
    }
}
