import SovScanModel
import Testing
@testable import Classification

/// A project does not declare for running what it declares only for development (issue 15, thirtieth sample: Kong
/// Manager's Playwright workspace lists lodash-es among its devDependencies while the Vue app ships it through its
/// component kit). Such a declaration neither makes the test workspace a server app nor hands it the level of a
/// dependency without a level of its own.
@Suite struct DevelopmentDeclarationKindTests: ScansFixtures {
    @Test func aTestWorkspacesDevelopmentDeclarationDoesNotDecideTheLevel() throws {
        let (_, result) = try scan("npm-levels/test-workspace-dev-declaration")
        let (level, why) = try level(result, "pkg:npm/lodash-es")
        #expect(level == .frontend, "\(why)")
        #expect(why.contains("frontend app (vue)"), "\(why)")
        #expect(try self.level(result, "pkg:npm/ui-kit").0 == .frontend)
        #expect(try self.level(result, "pkg:npm/%40playwright/test").0 == .developmentTooling)
    }
}
