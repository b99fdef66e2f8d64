import Foundation
import Testing
@testable import Classification
import SovScanModel

/// WebJars whose names are not the npm package's (classic names, Bower names, `bowergithub` groups, `github-com-`
/// names, as Maven Central holds them) are read as the npm package they repackage, and a WebJar takes that package's
/// binding and relicensing events as well as its steward.
@Suite struct WebJarOriginTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func npm(_ purl: String) throws -> [String] {
        WebJarOrigin.npmPackages(of: try PackageURL(parsing: purl)).map(\.description)
    }

    @Test func namesThatAreNotTheNpmPackagesAreRead() throws {
        #expect(try npm("pkg:maven/org.webjars/d3js@6.7.0") == ["pkg:npm/d3@6.7.0"])
        #expect(try npm("pkg:maven/org.webjars/chartjs@4.4.3") == ["pkg:npm/chart.js@4.4.3"])
        #expect(try npm("pkg:maven/org.webjars/jquery@3.7.1") == ["pkg:npm/jquery@3.7.1"], "the same name stays")
        #expect(try npm("pkg:maven/org.webjars.bower/Chart.js@2.5.0") == ["pkg:npm/chart.js@2.5.0"])
        #expect(try npm("pkg:maven/org.webjars.bowergithub.jashkenas/underscore@1.13.2") == ["pkg:npm/underscore@1.13.2"])
        #expect(try npm("pkg:maven/org.webjars.npm/github-com-d3-d3@5.15.1").first == "pkg:npm/d3@5.15.1")
        #expect(try npm("pkg:maven/org.webjars.npm/github-com-chartjs-Chart-js@4.5.0").first == "pkg:npm/chart.js@4.5.0")
        #expect(try npm("pkg:maven/org.webjars.bower/github-com-g1eb-angular-datetime-range@0.2.11")
                    .contains("pkg:npm/angular-datetime-range@0.2.11"))
        #expect(try npm("pkg:maven/org.apache.commons/commons-lang3@3.14.0").isEmpty)
        #expect(WebJarOrigin.gitHubAccounts(of: try PackageURL(parsing: "pkg:maven/org.webjars.bowergithub.jashkenas/underscore@1.13.2"))
                    == ["jashkenas"])
        #expect(WebJarOrigin.gitHubAccounts(of: try PackageURL(parsing: "pkg:maven/org.webjars.npm/github-com-g1eb-angular-datetime-range@0.2.11"))
                    == ["g1eb", "g1eb-angular", "g1eb-angular-datetime"])
    }

    /// Each WebJar gets the vendor a rule names for the npm package, not presumed.
    @Test func aWebJarWithAnotherNameHasTheNpmPackagesSteward() throws {
        let pairs = [
            ("pkg:maven/org.webjars/d3js@6.7.0", "pkg:npm/d3@6.7.0"),
            ("pkg:maven/org.webjars/chartjs@4.4.3", "pkg:npm/chart.js@4.4.3"),
            ("pkg:maven/org.webjars.bower/Chart.js@2.5.0", "pkg:npm/chart.js@2.5.0"),
            ("pkg:maven/org.webjars.npm/github-com-chartjs-Chart-js@4.5.0", "pkg:npm/chart.js@4.5.0"),
            ("pkg:maven/org.webjars.bowergithub.jashkenas/underscore@1.13.2", "pkg:npm/underscore@1.13.2"),
        ]
        let system = SystemInventory(name: "s", root: "/s", components: try pairs.flatMap {
            [try component($0.0, scope: .compile, direct: true), try component($0.1, scope: .compile, direct: true)]
        })
        let result = classifier.classify(system) { _ in nil }
        for (webJar, package) in pairs {
            let expected = try #require(result.classification(of: try PackageURL(parsing: package))?.vendor, "\(package)")
            let found = result.classification(of: try PackageURL(parsing: webJar))?.vendor
            #expect(found?.id == expected.id, "\(webJar)")
            #expect(found?.isPresumed == false, "\(webJar)")
        }
    }

    /// Handsontable's WebJar carries the npm package's relicensing (MIT until 6.2.2) and Firebase's its binding.
    @Test func aWebJarTakesTheNpmPackagesBindingAndRelicensing() throws {
        let handsontable = classifier.match(try PackageURL(parsing: "pkg:maven/org.webjars.npm/handsontable@14.6.1"))
        #expect(handsontable.relicensing.map(\.id) == ["handsontable-7"])
        #expect(classifier.match(try PackageURL(parsing: "pkg:maven/org.webjars.npm/handsontable@6.2.2")).relicensing.isEmpty,
                "the version decides, as for npm")
        let firebase = classifier.match(try PackageURL(parsing: "pkg:maven/org.webjars.npm/firebase@10.7.0"))
        let npmFirebase = classifier.match(try PackageURL(parsing: "pkg:npm/firebase@10.7.0"))
        #expect(firebase.binding != nil)
        #expect(firebase.binding?.id == npmFirebase.binding?.id)
        #expect(classifier.match(try PackageURL(parsing: "pkg:maven/org.webjars.npm/bootstrap@5.3.8")).binding == nil)
    }
}
