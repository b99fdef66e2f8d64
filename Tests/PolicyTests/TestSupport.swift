import Foundation
import Policy
import SovScanModel

/// Paths and small builders shared by the policy tests.
enum TestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let profiles = repositoryRoot.appendingPathComponent("Rules/profiles")

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static let loader = PolicyLoader(profilesDirectory: profiles)

    /// The folder of this test process that holds every temporary folder of the policy tests; it is removed when
    /// the process exits, so a test run leaves nothing behind in the system's temporary folder.
    private static let processFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sovscan-policy-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        atexit { try? FileManager.default.removeItem(at: TestSupport.processFolder) }
        return url
    }()

    /// A fresh temporary folder, removed with the others when the test process exits.
    static func temporaryFolder() throws -> URL {
        let url = processFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` as a policy file in a temporary folder and loads it.
    static func load(_ text: String, name: String = ".sovscan.yml") throws -> Policy {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try loader.load(path: file.path)
    }

    /// The error loading `text` gives, or `nil`.
    static func loadError(_ text: String) throws -> PolicyError? {
        do {
            _ = try load(text)
            return nil
        } catch let error as PolicyError {
            return error
        }
    }

    static func purl(_ text: String) -> PackageURL {
        // Test inputs are written by hand; a typo should fail the test loudly.
        guard let value = try? PackageURL(parsing: text) else { fatalError("bad purl in test: \(text)") }
        return value
    }

    /// A component with a licence expression built from SPDX ids (`nil` for an unknown licence).
    static func component(_ purlText: String, license: LicenseExpression?, scope: Scope = .compile,
                          direct: Bool = true, line: Int? = nil, file: String = "pom.xml") -> Component {
        let purl = purl(purlText)
        return Component(
            purl: purl, ecosystem: Ecosystem(purlType: purl.type), group: purl.namespace, name: purl.name,
            version: purl.version, scope: scope, isDirect: direct,
            concludedLicense: license.map { ConcludedLicense(expression: $0, confidence: 1, reason: "test") },
            locations: line.map { [SovScanModel.SourceLocation(file: file, line: $0, column: 5)] } ?? []
        )
    }

    static let knowledge = LicenseKnowledge(table: [
        "MIT": .permissive, "Apache-2.0": .permissive, "BSD-3-Clause": .permissive, "MPL-2.0": .weakCopyleft,
        "LGPL-2.1-only": .weakCopyleft, "GPL-2.0-only": .strongCopyleft, "GPL-3.0-only": .strongCopyleft,
        "AGPL-3.0-only": .networkCopyleft, "BUSL-1.1": .sourceAvailable, "SSPL-1.0": .sourceAvailable,
        "CC0-1.0": .publicDomain,
    ])

    static let day = PolicyDate("2026-11-29")!
}
