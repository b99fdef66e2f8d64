import Catalogers
import Foundation
import SovScanModel
import Testing

/// Runs the SwiftPM cataloger over the swift cases of the shared peer corpus (`../shared/corpus` of the repository,
/// or `$SOVSCAN_SHARED/corpus`) and scores it as the corpus's `compare.py` does: by repository path and version.
/// Skips with a printed reason when the corpus is absent or a case's manifests are missing from it.
/// `$SOVSCAN_SWIFT_CORPUS_INPUTS/<case>/` adds files a case lacks.
@Suite("SwiftPM conformance with the peer corpus")
struct SwiftCorpusConformanceTests {
    static var corpus: String? {
        var candidates = [URL(fileURLWithPath: SwiftPMFixtures.repositoryRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/corpus").path]
        if let shared = ProcessInfo.processInfo.environment["SOVSCAN_SHARED"] { candidates.insert(shared + "/corpus", at: 0) }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/compare.py") }
    }

    @Test("every swift case whose inputs are present matches its expected components")
    func corpusCases() throws {
        guard let corpus = Self.corpus else {
            print("skipped: no shared corpus beside the repository (set SOVSCAN_SHARED)")
            return
        }
        let overlay = ProcessInfo.processInfo.environment["SOVSCAN_SWIFT_CORPUS_INPUTS"]
        var scored = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus).sorted() {
            let caseFolder = corpus + "/" + name
            guard let data = FileManager.default.contents(atPath: caseFolder + "/expected.json"),
                  let expected = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  expected["ecosystem"] as? String == "swift" else { continue }
            let folder = try prepare(caseFolder, overlay: overlay.map { $0 + "/" + name })
            defer { try? FileManager.default.removeItem(atPath: folder) }
            guard FileManager.default.fileExists(atPath: folder + "/Package.resolved") else {
                print("skipped \(name): no Package.resolved in the corpus copy")
                continue
            }
            let result = SwiftPMFixtures.catalog(folder: folder)
            let hasManifest = FileManager.default.fileExists(atPath: folder + "/Package.swift")
            let (matched, total, problems) = score(result, expected: expected["components"] as? [[String: Any]] ?? [],
                                                   checkDirect: hasManifest)
            print("\(name): \(matched)/\(total)" + (problems.isEmpty ? "" : " " + problems.joined(separator: "; ")))
            #expect(problems.isEmpty, "\(name): \(problems)")
            scored += 1
        }
        print("swift corpus cases scored: \(scored)")
    }

    /// A temporary copy of a case with the overlay's files added.
    private func prepare(_ caseFolder: String, overlay: String?) throws -> String {
        let folder = NSTemporaryDirectory() + "sovscan-swift-case-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: caseFolder, toPath: folder)
        if let overlay, let files = try? FileManager.default.contentsOfDirectory(atPath: overlay) {
            for file in files where !FileManager.default.fileExists(atPath: folder + "/" + file) {
                try FileManager.default.copyItem(atPath: overlay + "/" + file, toPath: folder + "/" + file)
            }
        }
        return folder
    }

    /// Matches expected components by lower-cased repository path (`host/owner/repo`) and version, and, when the
    /// case has a `Package.swift`, whether each is direct.
    private func score(_ result: CatalogResult, expected: [[String: Any]], checkDirect: Bool) -> (Int, Int, [String]) {
        var found: [String: [String]] = [:]
        var direct: [String: Bool] = [:]
        for component in result.components where !component.isFirstParty {
            let key = ((component.group.map { $0 + "/" } ?? "") + component.name).lowercased()
            found[key, default: []].append(component.version ?? "")
            direct[key] = component.isDirect
        }
        var matched = 0
        var problems: [String] = []
        for item in expected {
            let key = repositoryKey(item)
            guard let versions = found[key] else {
                problems.append("missing \(key)")
                continue
            }
            let wanted = item["version"] as? String
            let accepted = [wanted].compactMap { $0 } + (item["accept_versions"] as? [String] ?? [])
            if checkDirect, let isDirect = item["direct"] as? Bool, direct[key] != isDirect {
                problems.append("\(key) direct is \(direct[key] ?? false), expected \(isDirect)")
            }
            if wanted == nil || versions.contains(where: accepted.contains) {
                matched += 1
            } else {
                problems.append("\(key) version \(versions) instead of \(accepted)")
            }
        }
        return (matched, expected.count, problems)
    }

    private func repositoryKey(_ item: [String: Any]) -> String {
        if let location = item["location"] as? String, let parsed = SwiftRepositoryLocation(sourceControl: location) {
            return (parsed.namespace + "/" + parsed.name).lowercased()
        }
        if let purl = (item["purl"] as? String).flatMap({ try? PackageURL(parsing: $0) }) {
            return ((purl.namespace.map { $0 + "/" } ?? "") + purl.name).lowercased()
        }
        return ((item["group"] as? String).map { $0 + "/" } ?? "") + ((item["name"] as? String) ?? "").lowercased()
    }
}
