import Classification
import Foundation
import SovScanModel

/// Writes an inventory as a CycloneDX 1.6 JSON document (the model of `CycloneDXBuilder`): components with
/// purl, scope, licences in the right field (`license.id` for one SPDX id, `expression` for an expression,
/// `license.name` for free text), the dependency graph, and what sovscan learned as `sovscan:` properties.
/// Output is deterministic: sorted components and properties, `bom-ref` = purl, a serial number derived from
/// the content, and the timestamp of the `ReportContext`. The bytes are those `JSONEncoder` would give
/// (pretty-printed, keys sorted, slashes unescaped), written by `JSONOutput` without the encoder's cost.
public struct CycloneDXJSONWriter: Sendable {
    public init() {}

    /// The document as UTF-8 JSON bytes (pretty-printed, keys sorted, ending with a newline).
    public func write(_ inventory: Inventory, context: ReportContext) throws -> Data {
        try write(inventory, classifications: [], context: context)
    }

    /// The document with each component's classification as `sovscan:` properties and its vendor, when a rule
    /// names it, as supplier.
    public func write(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext) throws -> Data {
        let output = ReportOutput()
        try write(inventory, classifications: classifications, context: context, to: output)
        return try output.finish()
    }

    /// The same document written to `output` a component at a time, never whole in memory; the bytes are those of
    /// `write(_:classifications:context:)`.
    public func write(_ inventory: Inventory, classifications: [ClassifiedSystem], context: ReportContext,
                      to output: ReportOutput) throws {
        var json = JSONOutput(to: output)
        CycloneDXBuilder(inventory, classifications: classifications, context: context).write(to: &json)
        try json.finish(appending: [0x0A])
    }
}
