@testable import Catalogers
import SovScanModel
import Testing

/// yarn's `resolutions` and berry's local locators (modelled on jest's yarn 4 monorepo and its e2e/pnp project).
@Suite("yarn resolutions and local locators")
struct YarnResolutionsTests {
    @Test("berry: a resolved descriptor is found under the lockfile key the resolution gives")
    func berryResolutions() throws {
        let result = NPMFixtures.catalog("yarn-berry-resolutions")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        // `@types/node: *` (core) and `^18.14` (root) both resolve to `@types/node@npm:18.x`.
        let node = try #require(result.component("pkg:npm/%40types/node@18.19.130"))
        #expect(node.isDirect && node.scope == .runtime)
        #expect(node.locations.map(\.file).sorted() == ["package.json", "packages/core/package.json", "yarn.lock"])
        #expect(result.hasEdge("pkg:npm/%40demo/core@30.0.0", "pkg:npm/%40types/node@18.19.130", .runtime))
        #expect(result.hasEdge("pkg:npm/%40demo/monorepo", "pkg:npm/%40types/node@18.19.130", .dev))
        #expect(result.hasEdge("pkg:npm/%40types/node@18.19.130", "pkg:npm/undici-types@5.26.5", .runtime))
        // `ansi-escapes/type-fest` applies to ansi-escapes' own dependency.
        #expect(result.hasEdge("pkg:npm/ansi-escapes@4.3.2", "pkg:npm/type-fest@2.19.0", .runtime))
        #expect(result.component("pkg:npm/type-fest@2.19.0")?.scope == .runtime)
        // `lru-cache@^10.2.0` becomes a patch: locator, whose key carries berry's `::locator=` parameter.
        #expect(result.hasEdge("pkg:npm/%40demo/core@30.0.0", "pkg:npm/lru-cache@10.4.3", .runtime))
        #expect(result.component("pkg:npm/lru-cache@10.4.3")?.isDirect == true)
    }

    @Test("berry: a link: to a workspace is that workspace, not a third-party 0.0.0-use.local package")
    func linkToWorkspace() throws {
        let result = NPMFixtures.catalog("yarn-berry-resolutions")
        #expect(!result.purls.contains { $0.contains("0.0.0-use.local") })
        #expect(result.purls.filter { $0.contains("demo/util") } == ["pkg:npm/%40demo/util@30.0.0"])
        #expect(result.hasEdge("pkg:npm/%40demo/core@30.0.0", "pkg:npm/%40demo/util@30.0.0", .runtime))
        #expect(result.component("pkg:npm/%40demo/util@30.0.0")?.isFirstParty == true)
    }

    @Test("berry: portal: and file: folders are first-party packages named and versioned by their package.json")
    func portalsAndFiles() throws {
        let result = NPMFixtures.catalog("yarn-berry-portals")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.purls == [
            "pkg:generic/undeclared-dependency", "pkg:generic/yarn-berry-portals", "pkg:npm/foo@1.0.0",
            "pkg:npm/helper@0.3.0", "pkg:npm/is-number@7.0.0",
        ])
        let foo = try #require(result.component("pkg:npm/foo@1.0.0"))
        #expect(foo.isFirstParty && foo.properties["link"] == "portal:./lib")
        #expect(foo.locations.map(\.file).contains("lib/package.json"))
        #expect(result.component("pkg:npm/helper@0.3.0")?.isFirstParty == true)
        #expect(result.component("pkg:generic/undeclared-dependency")?.isFirstParty == true)
        // A portal's own dependencies are followed; what it needs ships.
        #expect(result.hasEdge("pkg:npm/foo@1.0.0", "pkg:npm/is-number@7.0.0", .runtime))
        #expect(result.component("pkg:npm/is-number@7.0.0").map { !$0.isFirstParty && $0.scope == .runtime } == true)
        #expect(result.hasEdge("pkg:generic/yarn-berry-portals", "pkg:generic/undeclared-dependency", .runtime))
    }

    @Test("yarn 1 (modelled on metro): `**/name` and `parent/name` resolutions; the headers keep the declared ranges")
    func yarnV1Resolutions() throws {
        let result = NPMFixtures.catalog("yarn-v1-resolutions")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.purls == [
            "pkg:npm/bundler-monorepo", "pkg:npm/json5@2.2.3", "pkg:npm/minimist@1.2.8", "pkg:npm/strip-bom@3.0.0",
            "pkg:npm/tsconfig-paths@3.15.0",
        ])
        #expect(result.hasEdge("pkg:npm/tsconfig-paths@3.15.0", "pkg:npm/json5@2.2.3", .runtime))
        // yarn 1 writes the declared range beside the resolution's (`minimist@1.2.8, minimist@^1.2.6`): both lead
        // to the one entry.
        #expect(result.hasEdge("pkg:npm/tsconfig-paths@3.15.0", "pkg:npm/minimist@1.2.8", .runtime))
        #expect(result.component("pkg:npm/minimist@1.2.8")?.scope == .dev)
        #expect(result.component("pkg:npm/json5@2.2.3")?.scope == .runtime)
    }

    @Test("resolution keys: name, name@range, parent/name, **/name, scoped names; the most specific wins")
    func ruleForms() {
        let resolutions = YarnResolutions([
            ("@types/node", "18.x"),
            ("lru-cache@^10.2.0", "patch:lru-cache@npm:10.4.3#./fix.patch"),
            ("ansi-escapes/type-fest", "^2.0.0"),
            ("**/json5", "2.2.3"),
            ("@testing-library/react-native/@jest/types", "workspace:*"),
            ("json5", "1.0.2"),
            ("tsconfig-paths/json5", "1.0.2"),
            ("@broken", "1.0.0"),
        ])
        #expect(resolutions.rules.count == 7)
        #expect(resolutions.replacement(for: "@types/node", range: "*", parent: "@demo/core") == "18.x")
        #expect(resolutions.replacement(for: "lru-cache", range: "npm:^10.2.0", parent: "x")
                == "patch:lru-cache@npm:10.4.3#./fix.patch")
        #expect(resolutions.replacement(for: "lru-cache", range: "^11.0.0", parent: "x") == nil)
        #expect(resolutions.replacement(for: "type-fest", range: "^0.21.3", parent: "ansi-escapes") == "^2.0.0")
        #expect(resolutions.replacement(for: "type-fest", range: "^0.21.3", parent: "boxen") == nil)
        #expect(resolutions.replacement(for: "@jest/types", range: "^29", parent: "@testing-library/react-native")
                == "workspace:*")
        #expect(resolutions.replacement(for: "json5", range: "^1.0.2", parent: "tsconfig-paths") == "1.0.2")
        #expect(resolutions.replacement(for: "json5", range: "^2.2.3", parent: "babel-core") != nil)
    }

    @Test("local locators: the folder is resolved against the declaring workspace; tarballs are packages")
    func locators() throws {
        let link = try #require(YarnLocator(localFolderIn: "@jest/test-result@link:../../../packages/jest-test-result::locator=root-workspace-0b6124%40workspace%3A."))
        #expect(link.reference == "link:../../../packages/jest-test-result")
        #expect(link.folder == "../../../packages/jest-test-result")
        let portal = try #require(YarnLocator(localFolderIn: "@demo/util@link:../util::locator=%40demo%2Fcore%40workspace%3Apackages%2Fcore"))
        #expect(portal.folder == "packages/util")
        #expect(YarnLocator(localFolderIn: "vendored@file:./vendor/vendored-1.0.0.tgz::locator=a%40workspace%3A.") == nil)
        #expect(YarnLocator(localFolderIn: "left-pad@npm:^1.3.0") == nil)
        #expect(YarnLocator.bare("lru-cache@patch:lru-cache@npm%3A10.4.3#./p.patch::version=10.4.3&hash=e5e8aa")
                == "lru-cache@patch:lru-cache@npm:10.4.3#./p.patch")
    }
}
