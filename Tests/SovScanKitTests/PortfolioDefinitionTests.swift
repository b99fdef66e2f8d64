import Foundation
import Testing
@testable import SovScanKit

struct PortfolioDefinitionTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-portfolio-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func repositorySubfoldersAreSystems() throws {
        let root = try folder(["a/pom.xml": "<project/>", "b/.git/HEAD": "ref", "notes/readme.txt": "x", ".hidden/pom.xml": "<project/>"])
        defer { try? FileManager.default.removeItem(at: root) }
        let definition = try PortfolioDefinition.load(folder: root.path).get()
        #expect(definition.systems.map(\.name) == ["a", "b"])
    }

    @Test func systemsFileGivesNamesAndFacts() throws {
        let root = try folder([
            "systems.yml": """
            systems:
              - name: Sagsbehandling
                path: sag
                layer: fagsystemer
                criticality: high
                personal-data: true
              - path: web
            """,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let systems = try PortfolioDefinition.load(folder: root.path).get().systems
        #expect(systems.map(\.name) == ["Sagsbehandling", "web"])
        #expect(systems[0].criticality == "high")
        #expect(systems[0].personalData == true)
        #expect(systems[0].path == root.appendingPathComponent("sag").path)
    }

    @Test(arguments: [
        ("systems:\n  - path: a\n    owner: x\n", 3, "unknown key 'owner'"),
        ("systems:\n  - name: a\n", 2, "needs a 'path'"),
        ("systems:\n  - path: a\n    criticality: extreme\n", 3, "criticality"),
        ("systems:\n  - path: a\n    personal-data: maybe\n", 3, "personal-data"),
        ("sytems: []\n", 1, "systems"),
    ])
    func badFilesSayWhere(_ text: String, _ line: Int, _ fragment: String) throws {
        let root = try folder(["systems.yml": text])
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .failure(let diagnostic) = PortfolioDefinition.load(folder: root.path) else {
            Issue.record("a bad systems.yml was accepted")
            return
        }
        #expect(diagnostic.location?.line == line, "\(diagnostic)")
        #expect(diagnostic.message.contains(fragment), "\(diagnostic)")
    }
}
