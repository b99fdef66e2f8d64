import Catalogers
import Foundation
import SovScanModel
import Testing

/// Writes a minimal CycloneDX file per Maven case of the peer corpus (`../shared/corpus/`), for
/// `scripts/maven-conformance.sh` to score with the corpus's `compare.py`. Runs only when
/// `SOVSCAN_MAVEN_CONFORMANCE_OUT` names the output folder.
@Suite struct MavenConformanceTests {
    @Test func writeCorpusSBOMs() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let output = environment["SOVSCAN_MAVEN_CONFORMANCE_OUT"], !output.isEmpty else {
            print("skipped: SOVSCAN_MAVEN_CONFORMANCE_OUT is not set (scripts/maven-conformance.sh sets it)")
            return
        }
        let corpus = environment["SOVSCAN_CORPUS"] ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        let cases = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().filter { name in
            guard let data = FileManager.default.contents(atPath: "\(corpus)/\(name)/expected.json"),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
            return json["ecosystem"] as? String == "maven"
        }
        for name in cases {
            let root = "\(corpus)/\(name)"
            let repository = FileManager.default.fileExists(atPath: root + "/maven-repo") ? root + "/maven-repo"
                : root + "/.no-repository"
            let manifests = Discovery().manifests(under: root).files
            let result = MavenCataloger().catalog(manifests, in: CatalogContext(
                root: root, options: CatalogOptions(mavenRepository: repository)))
            let components: [[String: Any]] = result.components.map { component in
                var entry: [String: Any] = ["type": "library", "name": component.name,
                                            "purl": component.purl.description,
                                            "scope": component.ships ? "required" : "excluded"]
                entry["group"] = component.group
                entry["version"] = component.version
                return entry
            }
            let bom: [String: Any] = ["bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                                      "components": components]
            let data = try JSONSerialization.data(withJSONObject: bom, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: "\(output)/\(name).json"))
            print("CONFORMANCE-CASE \(name) components=\(components.count) diagnostics=\(result.diagnostics.count)")
        }
    }
}
