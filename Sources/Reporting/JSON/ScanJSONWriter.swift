import Foundation
import SovScanModel

/// Writes sovscan's own JSON document: the inventory of every system with its diagnostics, under a versioned
/// schema name (`sovscan-scan/1`) so consumers can check what they read. Classification and analysis add
/// their sections to this document as they land.
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
    }

    /// The document as pretty-printed JSON with sorted keys and a final newline.
    public func write(_ inventory: Inventory, context: ReportContext) throws -> Data {
        let document = Document(schema: Self.schema, tool: "sovscan \(context.toolVersion)", timestamp: context.isoTimestamp,
                                incomplete: inventory.isIncomplete, inventory: inventory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }
}
