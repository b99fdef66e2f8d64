import Catalogers
import SovScanModel
import Testing

/// A lockfile version 1 (npm 6): nested `dependencies`, `requires`, an alias, a git dependency.
@Suite struct PackageLockV1Tests {
    let result = NPMFixtures.catalog("lock-v1-nested")

    @Test func nestedEntriesBecomeComponents() {
        #expect(result.purls == [
            "pkg:npm/ansi-styles@3.2.1", "pkg:npm/chalk@2.4.2", "pkg:npm/color-convert@1.9.3",
            "pkg:npm/color-name@1.1.3", "pkg:npm/colors@1.4.0", "pkg:npm/escape-string-regexp@1.0.5",
            "pkg:npm/has-flag@3.0.0", "pkg:npm/has-flag@4.0.0", "pkg:npm/left-pad@1.3.0",
            "pkg:npm/legacy-tool@0.3.0", "pkg:npm/minimist@1.2.8", "pkg:npm/mkdirp@0.5.6",
            "pkg:npm/supports-color@5.5.0", "pkg:npm/supports-color@7.2.0",
            "pkg:npm/web-animations-js@5e9b9ab8ec7dda1aa7a7de1ec4b5bf9dd7b4b1bb",
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func requiresResolveToTheNearestNestedCopy() {
        #expect(result.hasEdge("pkg:npm/chalk@2.4.2", "pkg:npm/supports-color@5.5.0"))
        #expect(result.hasEdge("pkg:npm/supports-color@5.5.0", "pkg:npm/has-flag@3.0.0"))
        #expect(result.hasEdge("pkg:npm/supports-color@7.2.0", "pkg:npm/has-flag@4.0.0"))
        #expect(!result.hasEdge("pkg:npm/supports-color@5.5.0", "pkg:npm/has-flag@4.0.0"))
        #expect(result.hasEdge("pkg:npm/legacy-tool@0.3.0", "pkg:npm/left-pad@1.3.0", .runtime))
        #expect(result.hasEdge("pkg:npm/legacy-tool@0.3.0", "pkg:npm/mkdirp@0.5.6", .dev))
    }

    @Test func flagsAndDirectness() throws {
        #expect(result.component("pkg:npm/minimist@1.2.8")?.scope == .dev)
        #expect(result.component("pkg:npm/colors@1.4.0")?.isOptional == true)
        #expect(result.component("pkg:npm/colors@1.4.0")?.isDirect == true)
        #expect(result.component("pkg:npm/color-name@1.1.3")?.isDirect == false)
        let git = try #require(result.component("pkg:npm/web-animations-js@5e9b9ab8ec7dda1aa7a7de1ec4b5bf9dd7b4b1bb"))
        #expect(git.isDirect)
        #expect(git.properties["resolved"] == "github:web-animations/web-animations-js#5e9b9ab8ec7dda1aa7a7de1ec4b5bf9dd7b4b1bb")
    }
}
