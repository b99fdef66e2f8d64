import Foundation
import Testing
@testable import Classification
import SovScanModel

/// An npm package installed from a Git repository rather than the registry, as each lockfile records it
/// (`NPMGitSource`): from an account the rules name as a company's it takes that company as vendor; from an account no
/// rule names it is presumed independent maintainers', and the explanation says from where.
@Suite struct GitInstalledPackageTests: ScansFixtures {
    private func reason(_ classification: Classification) -> String {
        classification.explanation.first { $0.fact == "vendor" }?.reason ?? ""
    }

    @Test(arguments: ["package-lock", "yarn-v1", "yarn-berry", "pnpm"])
    func theAccountAPackageWasInstalledFromDecidesItsSteward(lockfile: String) throws {
        let (_, result) = try scan("git-installed/" + lockfile)
        let closure = try #require(result.classifications.first { $0.purl.name == "google-closure-library" }, "\(lockfile)")
        #expect(closure.vendor?.id == "google", "\(lockfile): \(reason(closure))")
        #expect(closure.vendor?.isPresumed == false, "\(lockfile)")
        #expect(reason(closure).contains("installed from a Git repository of github.com/google"), "\(lockfile): \(reason(closure))")
        let punch = try #require(result.classifications.first { $0.purl.name == "jquery-ui-touch-punch" }, "\(lockfile)")
        #expect(punch.vendor?.id == "independent" && punch.vendor?.isPresumed == true, "\(lockfile): \(reason(punch))")
        #expect(reason(punch).contains("installed from a Git repository of github.com/furf"), "\(lockfile): \(reason(punch))")
    }

    /// The sources lockfiles write for Git repositories, and texts that name none (a registry tarball, a local folder,
    /// yarn berry's registry resolution, a company's own Git server).
    @Test func eachLockfilesWayOfNamingTheRepository() {
        func account(_ text: String) -> String? { NPMGitSource.account(resolved: text).map { "\($0.host)/\($0.owner)" } }
        #expect(account("github:web-animations/web-animations-js#5e9b9ab8ec7dda1aa7a7de1ec4b5bf9dd7b4b1bb") == "github.com/web-animations")
        #expect(account("git+https://github.com/furf/jquery-ui-touch-punch.git#4bc009145202d9c7483ba85f3a236a8f3470354d") == "github.com/furf")
        #expect(account("git+ssh://git@gitlab.com/some-team/widgets.git#v1.0.0") == "gitlab.com/some-team")
        #expect(account("https://codeload.github.com/furf/jquery-ui-touch-punch/tar.gz/4bc0091") == "github.com/furf")
        #expect(account("jquery-ui-touch-punch@https://github.com/furf/jquery-ui-touch-punch.git#commit=4bc0091") == "github.com/furf")
        #expect(account("bitbucket:acme/tool#main") == "bitbucket.org/acme")
        #expect(account("https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz") == nil)
        #expect(account("lodash@npm:4.17.21") == nil)
        #expect(account("file:../shared") == nil)
        #expect(account("git+https://git.kommune.dk/team/widgets.git#main") == nil)
        #expect(account("github:../../etc#x") == nil)
        // Code hosts' package registries: tarballs, no account's repository.
        #expect(account("https://gitlab.com/api/v4/projects/4711/packages/npm/kort-tiles/-/kort-tiles-2.0.1.tgz") == nil)
        #expect(account("https://gitlab.com/api/v4/packages/npm/@kommune/kort/-/@kommune/kort-1.2.0.tgz") == nil)
        #expect(account("https://gitlab.com/api/v4/groups/812/-/packages/npm/@kommune/kort/-/@kommune/kort-1.2.0.tgz") == nil)
        #expect(account("https://codeberg.org/api/packages/kommune/npm/kort/-/1.2.0/kort-1.2.0.tgz") == nil)
        #expect(account("git+https://gitlab.com/kommune/kort-tiles.git#v2.0.1") == "gitlab.com/kommune")
    }

    /// A package resolved from a GitLab project's npm registry came from no Git repository: its explanation names no
    /// account (GitLab's API path is none).
    @Test func aPackageFromAGitLabRegistryIsNoGitInstall() throws {
        let (_, result) = try scan("git-installed/gitlab-registry")
        let tiles = try #require(result.classifications.first { $0.purl.name == "kort-tiles" })
        #expect(!reason(tiles).contains("gitlab.com/api"), "\(reason(tiles))")
        #expect(!reason(tiles).contains("installed from a Git repository"), "\(reason(tiles))")
        #expect(tiles.vendor?.id == "independent" && tiles.vendor?.isPresumed == true, "\(reason(tiles))")
        #expect(reason(tiles).contains("it is an unscoped npm package (companies"), "\(reason(tiles))")
    }
}
