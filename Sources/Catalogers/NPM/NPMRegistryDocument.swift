import SovScanModel

/// Reads the licence of a package version from a registry's version document (what the fetch layer keeps).
public enum NPMRegistryDocument {
    /// The declared licences of the document (`license`, legacy `licenses`), as registry statements located at
    /// `url`; empty when the document is not a JSON object or declares none.
    public static func licenses(_ bytes: [UInt8], url: String) -> [DeclaredLicense] {
        guard let document = try? JSONDocument(bytes: bytes), let object = document.root.object else { return [] }
        return NPMJSON.licenses(in: object, document: document, file: url, source: .registry).map { declared in
            var located = declared
            located.location = SourceLocation(file: url)
            return located
        }
    }
}
