import Catalogers
import Foundation
import SovScanModel

/// Runs the npm cataloger over the fixture folders of `Fixtures/npm`.
enum NPMFixtures {
    /// `Tests/CatalogersTests/Fixtures/npm`, found from this file's path.
    static let folder: String = {
        let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return testsFolder.appendingPathComponent("Fixtures/npm").path
    }()

    /// The absolute path of a fixture folder.
    static func path(_ name: String) -> String { folder + "/" + name }

    /// Discovers the manifests of a fixture folder and catalogs them.
    static func catalog(_ name: String, options: CatalogOptions = CatalogOptions()) -> CatalogResult {
        catalog(root: path(name), options: options)
    }

    /// Discovers the manifests under `root` and catalogs them.
    static func catalog(root: String, options: CatalogOptions = CatalogOptions()) -> CatalogResult {
        let manifests = Discovery().manifests(under: root).files
        return NPMCataloger().catalog(manifests.filter { NPMCataloger().kinds.contains($0.kind) },
                                      in: CatalogContext(root: root, options: options))
    }
}

extension CatalogResult {
    /// Whether an edge `from -> to` exists (purl texts), with the scope if given.
    func hasEdge(_ from: String, _ to: String, _ scope: Scope? = nil) -> Bool {
        edges.contains { $0.from.description == from && $0.to.description == to && (scope == nil || $0.scope == scope) }
    }

    /// The purl texts of all components, sorted.
    var purls: [String] { components.map(\.purl.description).sorted() }
}
