import Catalogers
import Foundation
import SovScanModel

/// Paths and helpers for the infrastructure fixtures (located from this file, so no bundle is needed).
enum InfrastructureFixtures {
    /// `Tests/CatalogersTests/Fixtures/infrastructure`.
    static let root: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/infrastructure").path
    }()

    /// The bytes of a fixture file.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath)))
    }

    /// Runs discovery and one cataloger over a fixture folder, as the scanner does.
    static func catalog(_ folder: String, with cataloger: any Cataloger) -> (CatalogResult, [ManifestFile]) {
        let path = root + "/" + folder
        let found = Discovery().manifests(under: path)
        var result = cataloger.catalog(found.files.filter { cataloger.kinds.contains($0.kind) },
                                       in: CatalogContext(root: path))
        result.diagnostics += found.diagnostics
        return (result, found.files)
    }
}

extension CatalogResult {
    /// `file:line: severity: message` of every diagnostic, sorted.
    var diagnosticStrings: [String] {
        diagnostics.map(\.description).sorted()
    }
}
