import Catalogers
import Foundation
import SovScanModel

/// Paths and helpers for the SwiftPM fixtures (located from this file, so no bundle is needed).
enum SwiftPMFixtures {
    /// `Tests/CatalogersTests/Fixtures/swiftpm`.
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/swiftpm").path
    }()

    /// The repository root (three levels above this file's folder).
    static let repositoryRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }()

    /// The bytes of a fixture file.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath)))
    }

    /// Runs discovery and the SwiftPM cataloger over a folder, as the scanner does.
    static func catalog(folder: String) -> CatalogResult {
        let found = Discovery().manifests(under: folder)
        var result = SwiftPMCataloger().catalog(found.files, in: CatalogContext(root: folder))
        result.diagnostics += found.diagnostics
        return result
    }
}

extension CatalogResult {
    /// `from -> to` of every edge, sorted.
    var edgeStrings: [String] {
        edges.map { "\($0.from) -> \($0.to)" }.sorted()
    }
}
