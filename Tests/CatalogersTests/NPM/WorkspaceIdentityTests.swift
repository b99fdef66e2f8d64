import Catalogers
import SovScanModel
import Testing

/// The identity and version of the project's own packages (modelled on mobx's npm workspaces and jest's many
/// nameless `package.json` folders).
@Suite("npm workspace identity")
struct WorkspaceIdentityTests {
    @Test("a workspace's version is its package.json's, and a stale lockfile is named")
    func manifestVersionCounts() throws {
        let result = NPMFixtures.catalog("lock-v3-stale-workspaces")
        let statekit = try #require(result.component("pkg:npm/statekit@7.0.3"))
        #expect(statekit.isFirstParty)
        #expect(statekit.locations.map(\.file).contains("packages/statekit/package.json"))
        #expect(result.component("pkg:npm/statekit@6.16.1") == nil)
        #expect(result.component("pkg:npm/statekit-react@10.0.2")?.isFirstParty == true)
        #expect(result.hasEdge("pkg:npm/statekit-react@10.0.2", "pkg:npm/statekit@7.0.3", .runtime))
        #expect(result.diagnostics.map { "\($0.location?.description ?? "") \($0.message)" } == [
            "package-lock.json:62:5 package-lock.json is stale: it records version 6.16.1 for 'packages/statekit', packages/statekit/package.json says 7.0.3 (the package.json counts)",
            "package-lock.json:66:5 package-lock.json is stale: it records version 9.2.2 for 'packages/statekit-react', packages/statekit-react/package.json says 10.0.2 (the package.json counts)",
        ])
    }

    @Test("a workspace without a name gets a local identity, never the npm purl of its folder name")
    func namelessWorkspace() throws {
        let result = NPMFixtures.catalog("lock-v3-stale-workspaces")
        #expect(!result.purls.contains { $0.hasPrefix("pkg:npm/lint-config") })
        let tooling = try #require(result.component("pkg:generic/packages/lint-config"))
        #expect(tooling.isFirstParty && tooling.ecosystem == .npm && tooling.group == nil && tooling.name == "lint-config")
        #expect(result.hasEdge("pkg:generic/packages/lint-config", "pkg:npm/eslint-config-prettier@9.1.0", .dev))
        #expect(result.hasEdge("pkg:npm/statekit-monorepo", "pkg:generic/packages/lint-config"))
    }

    @Test("a nameless package.json without a lockfile, and a nameless root, are local too")
    func namelessUnpinned() throws {
        let result = NPMFixtures.catalog("nameless-folders")
        #expect(result.purls == ["pkg:generic/nameless-folders", "pkg:generic/tooling", "pkg:npm/asap"])
        #expect(result.component("pkg:generic/tooling")?.isFirstParty == true)
        // The registry package `asap` is the dependency, not the folder.
        #expect(result.component("pkg:npm/asap")?.isFirstParty == false)
        #expect(result.hasEdge("pkg:generic/tooling", "pkg:npm/asap", .dev))
    }

    @Test("pnpm: a nameless root is kept as a local package instead of being skipped as an invalid name")
    func namelessPnpmRoot() throws {
        let result = NPMFixtures.catalog("pnpm-v9-nameless-root")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.purls == [
            "pkg:generic/pnpm-v9-nameless-root@3.5.41", "pkg:npm/%40demo/shared@3.5.41", "pkg:npm/typescript@5.6.3",
        ])
        #expect(result.component("pkg:generic/pnpm-v9-nameless-root@3.5.41")?.isFirstParty == true)
        #expect(result.hasEdge("pkg:generic/pnpm-v9-nameless-root@3.5.41", "pkg:npm/typescript@5.6.3", .dev))
        #expect(result.hasEdge("pkg:generic/pnpm-v9-nameless-root@3.5.41", "pkg:npm/%40demo/shared@3.5.41", .dev))
    }

    @Test("npm ls agrees on the third-party packages; for workspaces it reads the lockfile's stale versions")
    func agreesWithNPM() throws {
        guard NPMTool.path != nil else { return }
        let truth = try #require(try NPMTool.listTree(of: NPMFixtures.path("lock-v3-stale-workspaces")))
        let result = NPMFixtures.catalog("lock-v3-stale-workspaces")
        let thirdParty = result.components.filter { !$0.isFirstParty }
        #expect(Set(thirdParty.map { "\($0.displayName)@\($0.version ?? "?")" })
                == Set(truth.packages.keys.filter { !["statekit", "statekit-react", "lint-config"].contains(String($0.split(separator: "@")[0])) }))
        for component in thirdParty {
            #expect((component.scope == .dev) == truth.packages["\(component.displayName)@\(component.version ?? "?")"]?.dev)
        }
        // `npm ls --package-lock-only` knows the workspaces only from the lockfile: the versions sovscan calls stale.
        #expect(truth.packages["statekit@6.16.1"] != nil && truth.packages["statekit-react@9.2.2"] != nil)
    }
}
