import Catalogers
import SovScanModel
import Testing

/// Installed packages under `node_modules` give licences and licence files to the components of a yarn lockfile.
@Suite struct InstalledPackagesTests {
    let result = NPMFixtures.catalog("installed-yarn")

    @Test func licencesComeFromInstalledPackageJSON() throws {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let leftPad = try #require(result.component("pkg:npm/left-pad@1.3.0"))
        #expect(leftPad.declaredLicenses == [DeclaredLicense(
            text: "WTFPL", source: .manifest,
            location: SourceLocation(file: "node_modules/left-pad/package.json", line: 4, column: 14))])
        #expect(leftPad.licenseFiles == ["node_modules/left-pad/COPYING"])
        let scoped = try #require(result.component("pkg:npm/%40sindresorhus/is@4.6.0"))
        #expect(scoped.licenseFiles == ["node_modules/@sindresorhus/is/license"])
    }

    @Test func nestedInstallsAndLegacyLicencesArrays() throws {
        let nested = try #require(result.component("pkg:npm/js-tokens@3.0.2"))
        #expect(nested.declaredLicenses.map(\.text) == ["MIT"])
        #expect(nested.declaredLicenses.first?.url == "https://opensource.org/licenses/MIT")
        #expect(nested.licenseFiles == ["node_modules/left-pad/node_modules/js-tokens/LICENSE"])
        #expect(result.component("pkg:npm/js-tokens@4.0.0")?.licenseFiles == ["node_modules/js-tokens/LICENSE"])
        #expect(result.component("pkg:npm/installed-app@1.0.0")?.licenseFiles.isEmpty == true)
    }
}
