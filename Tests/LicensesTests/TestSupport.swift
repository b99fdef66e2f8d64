import Foundation
import Licenses

/// Paths and data shared by the licence tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The project's `Rules/` folder.
    static let rulesDirectory = repositoryRoot.appendingPathComponent("Rules")

    /// `shared/spdx` in the nearest folder above the repository that has it (`../shared` beside a clone), present
    /// on the development machines only.
    static let sharedSPDX: URL? = {
        var folder = repositoryRoot.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/spdx/license-list-XML-src")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.deletingLastPathComponent() }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// This target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The enricher, loaded once for all tests (loading is what a scan does once).
    private static let loaded: Result<LicenseEnricher, LoadError> = Result {
        try LicenseEnricher(rulesDirectory: rulesDirectory)
    }.mapError { LoadError(message: "cannot load Rules/licenses: \($0)") }

    struct LoadError: Error, Sendable {
        let message: String
    }

    static func enricher() throws -> LicenseEnricher { try loaded.get() }

    static func fixtureBytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
    }
}
