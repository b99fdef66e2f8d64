import Catalogers
import Foundation
import SovScanKit
import SovScanModel
import Testing
@testable import Classification

/// Issue 15, "two mechanisms": the level of a Swift package follows the `Package.swift` targets that use it (client
/// app features, server executables, tests, plugins), and a technology rule's `build-time:` edges make what only a
/// package's own CLI needs development tooling. Both run on fixture repositories through the whole scanner with
/// the bundled rules.
@Suite struct TargetLevelTests: ScansFixtures {
    @Test func anAppAndItsServerInOnePackageGiveEachDependencyTheSideOfItsTargets() throws {
        let (system, result) = try scan("swift-targets/word-game")
        // Only the app's targets use it: client.
        let (collections, collectionsWhy) = try level(result, "pkg:swift/github.com/pointfreeco/swift-identified-collections")
        #expect(collections == .frontend)
        #expect(collectionsWhy.contains("client side of the targets that use it"), "\(collectionsWhy)")
        #expect(collectionsWhy.contains("GameCore (GameCore: through AppFeature, linked by the Xcode app)"), "\(collectionsWhy)")
        // Only the server's targets use it: server.
        let (prelude, preludeWhy) = try level(result, "pkg:swift/github.com/pointfreeco/swift-prelude")
        #expect(prelude == .backend)
        #expect(preludeWhy.contains("server targets SiteMiddleware (SiteMiddleware: uses swift-web)"), "\(preludeWhy)")
        // Used by two client targets and one server target: the client side has more.
        let (casePaths, casePathsWhy) = try level(result, "pkg:swift/github.com/pointfreeco/swift-case-paths")
        #expect(casePaths == .frontend)
        #expect(casePathsWhy.contains("the client side has more"), "\(casePathsWhy)")
        // Used by a shared target only (SharedModels serves both halves): a tie counts as the server side.
        let (tagged, taggedWhy) = try level(result, "pkg:swift/github.com/pointfreeco/swift-tagged")
        #expect(tagged == .backend)
        #expect(taggedWhy.contains("as many on each side, so the server side"), "\(taggedWhy)")
        // Test targets only: development, by scope.
        let snapshots = try #require(system.components.first { $0.name == "swift-snapshot-testing" })
        #expect(snapshots.scope == .test)
        #expect(try level(result, "pkg:swift/github.com/pointfreeco/swift-snapshot-testing").0 == .developmentTooling)
        // Only an executable that only a build-tool plugin runs: build time.
        let parser = try #require(system.components.first { $0.name == "swift-argument-parser" })
        #expect(parser.scope == .dev)
        #expect(parser.properties[Component.targetEvidenceProperty]?.contains("asset-catalog-gen") == true)
        #expect(try level(result, "pkg:swift/github.com/apple/swift-argument-parser").0 == .developmentTooling)
        // A rule level still decides where there is one.
        #expect(try level(result, "pkg:swift/github.com/vapor/postgres-kit").0 == .database)
        #expect(try level(result, "pkg:swift/github.com/pointfreeco/swift-composable-architecture").0 == .frontend)
    }

    @Test func aVaporServerAndAnIOSKitInOnePackage() throws {
        let (_, result) = try scan("swift-targets/tasks-monorepo")
        // Before target facts, Vapor made the whole package a server app and every default backend.
        let (get, why) = try level(result, "pkg:swift/github.com/kean/get")
        #expect(get == .frontend)
        #expect(why.contains("client targets TasksKit (TasksKit: uses kingfisher)"), "\(why)")
        #expect(try level(result, "pkg:swift/github.com/onevcat/kingfisher").0 == .frontend)
        #expect(try level(result, "pkg:swift/github.com/johnsundell/ink").0 == .backend)
        let (anyCodable, anyWhy) = try level(result, "pkg:swift/github.com/flight-school/anycodable")
        #expect(anyCodable == .backend)
        #expect(anyWhy.contains("client targets TasksModels") && anyWhy.contains("server targets TasksModels"), "\(anyWhy)")
    }

    @Test func whatOnlySvelteI18nsCLINeedsIsDevelopmentTooling() throws {
        let (_, result) = try scan("build-time/cli-only")
        let (sade, why) = try level(result, "pkg:npm/sade")
        #expect(sade == .developmentTooling)
        #expect(why.contains("a build-time dependency of svelte-i18n by rule svelte-i18n"), "\(why)")
        #expect(why.contains("https://github.com/kaisermann/svelte-i18n"), "\(why)")
        // Its own dependencies follow it; the runtime's stay with svelte-i18n.
        #expect(try level(result, "pkg:npm/mri").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/tiny-glob").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/globrex").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/d").0 == .developmentTooling)
        #expect(try level(result, "pkg:npm/svelte-i18n").0 == .frontend)
        #expect(try level(result, "pkg:npm/deepmerge").0 == .frontend)
        #expect(try level(result, "pkg:npm/intl-messageformat").0 == .frontend)
    }

    @Test func aBuildTimeDependencyTheAppAlsoDeclaresShips() throws {
        let (_, result) = try scan("build-time/cli-and-app")
        let (sade, why) = try level(result, "pkg:npm/sade")
        #expect(sade != .developmentTooling, "\(why)")
        #expect(sade == .frontend)
        #expect(try level(result, "pkg:npm/mri").0 == .frontend)
        // What only svelte-i18n's CLI needs is still tooling.
        #expect(try level(result, "pkg:npm/tiny-glob").0 == .developmentTooling)
    }
}
