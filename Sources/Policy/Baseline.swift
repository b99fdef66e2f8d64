import Foundation

/// The findings of an earlier run (`sovscan check --format json`), by fingerprint: a finding already there does
/// not fail the check, so a legacy system can adopt the gate and fail only on new findings.
public struct Baseline: Sendable, Hashable {
    public var fingerprints: Set<String>

    public init(fingerprints: Set<String>) { self.fingerprints = fingerprints }

    /// Reads a result written by `CheckJSONWriter`.
    /// - Throws: `PolicyError` that says why the file is refused.
    public init(data: Data, file: String) throws {
        struct Document: Decodable {
            struct Entry: Decodable { let fingerprint: String }
            let schema: String
            let findings: [Entry]
        }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw PolicyError(file: file, message: "not a sovscan check result (run 'sovscan check --format json:FILE' to make one): \(error)")
        }
        guard document.schema == CheckJSONWriter.schema else {
            throw PolicyError(file: file, message: "the baseline has schema '\(document.schema)'; expected '\(CheckJSONWriter.schema)'")
        }
        fingerprints = Set(document.findings.map(\.fingerprint))
    }
}
