import Foundation
@testable import SovScanKit
import Testing

struct RegistryLicenseStageTests {
    /// The hosts of the built-in API are written out (issue 17: no ICU at start) and are those a URL parser reads;
    /// another API adds its own host.
    @Test func githubHostsOfTheBuiltInAndAGivenAPI() throws {
        let publicAPI = "https://api.github.com"  // GitHubLicenseSource.publicAPI, the default of --github-api
        let parsed = try #require(URLComponents(string: publicAPI)?.host)
        #expect(RegistryLicenseStage.githubHosts(api: publicAPI) == ["github.com", parsed])
        #expect(RegistryLicenseStage.githubHosts(api: "https://GHE.example.org/api/v3") == ["github.com", "ghe.example.org"])
    }
}
