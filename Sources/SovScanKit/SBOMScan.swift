import Catalogers
import Foundation
import SovScanModel

extension Scanner {
    /// Reads a supplier's SBOM (CycloneDX JSON 1.4-1.6 or SPDX 2.3 JSON) as one system and concludes its
    /// licences like a scanned repository's, so it can be classified and judged the same way.
    public func scan(sbom path: String) -> SystemInventory {
        var system = SBOMImporter().importSystem(path: path)
        guard let licenses, !system.components.isEmpty else { return system }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        LicenseStage.enrich(&system, rootPath: folder, files: FileReader(confinedTo: folder), with: licenses)
        return system
    }
}
