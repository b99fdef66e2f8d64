import Analysis
import Classification
import Foundation
import SovScanModel

/// Writes sovscan's own JSON document: the inventory of every system with its diagnostics, under a versioned
/// schema name (`sovscan-scan/1`) so consumers can check what they read; when the later stages ran, the
/// classification of every system and the analysis document (`sovscan-analysis`) beside it. The bytes are those
/// of `JSONEncoder` (pretty-printed, keys sorted, slashes unescaped): the inventory and the classifications are
/// written member by member (`InventoryJSONLayout`, `ClassificationJSONLayout`), the analysis a system at a time
/// (`AnalysisJSONLayout`).
public struct ScanJSONWriter: Sendable {
    /// The schema name and version of the document.
    public static let schema = "sovscan-scan/1"

    public init() {}

    /// The document as an `Encodable` value: the reference the written bytes are tested against.
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
        let output = ReportOutput()
        try write(input, context: context, to: output)
        return try output.finish()
    }

    /// The same document written to `output` as it is laid out, never whole in memory; the bytes are those of
    /// `write(_:context:)`.
    public func write(_ input: ReportInput, context: ReportContext, to output: ReportOutput) throws {
        let inventory = input.inventory
        var json = JSONOutput(to: output)
        try json.object { json in
            if let analysis = input.analysis {
                try json.member("analysis", object: { try analysis.writeMembers(to: &$0) })
            }
            if !input.classifications.isEmpty {
                json.member("classifications", objects: input.classifications) { $0.writeMembers(to: &$1) }
            }
            json.member("incomplete", inventory.isIncomplete)
            try json.member("inventory", object: { try inventory.writeMembers(to: &$0) })
            json.member("schema", Self.schema)
            json.member("timestamp", context.isoTimestamp)
            json.member("tool", "sovscan \(context.toolVersion)")
        }
        try json.finish(appending: [0x0A])
    }
}
