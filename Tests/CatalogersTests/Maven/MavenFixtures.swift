import Foundation

/// Paths of the Maven fixtures bundled with the tests.
enum MavenFixtures {
    static var base: String {
        (Bundle.module.resourcePath ?? ".") + "/Fixtures/maven"
    }

    static func path(_ relative: String) -> String { base + "/" + relative }

    static func bytes(_ relative: String) -> [UInt8] {
        FileManager.default.contents(atPath: path(relative)).map { [UInt8]($0) } ?? []
    }
}
