import Catalogers
import SovScanModel
import Testing

/// Bundled packages (`inBundle`) and `devOptional` packages of a lockfile version 3.
@Suite struct PackageLockFlagsTests {
    let result = NPMFixtures.catalog("lock-v3-bundled")

    @Test func bundledPackagesAreKeptAndMarked() throws {
        let bundled = try #require(result.component("pkg:npm/tiny-inflate@1.0.3"))
        #expect(bundled.properties["bundled"] == "true")
        #expect(bundled.properties["resolved"] == nil)
        #expect(bundled.scope == .runtime && !bundled.isDirect)
        #expect(result.hasEdge("pkg:npm/pdf-fonts@2.0.1", "pkg:npm/tiny-inflate@1.0.3", .runtime))
        #expect(result.component("pkg:npm/pdf-fonts@2.0.1")?.properties["bundled"] == nil)
    }

    @Test func devOptionalShipsAsOptional() throws {
        let fsevents = try #require(result.component("pkg:npm/fsevents@2.3.3"))
        #expect(fsevents.scope == .runtime)
        #expect(fsevents.isOptional)
        #expect(fsevents.isDirect)
        #expect(result.hasEdge("pkg:npm/bundler-app@1.0.0", "pkg:npm/fsevents@2.3.3", .dev))
        #expect(result.hasEdge("pkg:npm/watchpack@2.4.1", "pkg:npm/fsevents@2.3.3", .runtime))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}

/// A folder with both `npm-shrinkwrap.json` and `package-lock.json`: npm reads the shrinkwrap, and so does sovscan.
@Suite struct ShrinkwrapTests {
    @Test func shrinkwrapWinsOverPackageLock() throws {
        let result = NPMFixtures.catalog("shrinkwrap")
        #expect(result.component("pkg:npm/pdf-fonts@2.0.1") != nil)
        #expect(result.component("pkg:npm/stale@0.0.1") == nil)
        let note = try #require(result.diagnostics.first)
        #expect(note.severity == .note)
        #expect(note.location == SourceLocation(file: "package-lock.json"))
        #expect(result.diagnostics.count == 1)
    }
}
