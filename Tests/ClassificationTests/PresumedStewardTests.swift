import Foundation
import Testing
import Catalogers
@testable import Classification
import SovScanModel

/// Issue 15: a third-party package that no rule names a steward for is presumed an independent maintainers' when it is
/// published under its maintainers' own name (a Swift package on a public code host, a Maven groupId under a code
/// host's namespace, an unscoped npm package), marked as presumed and said so; anything published under a company's
/// name (a Maven domain, an npm scope, a company's own Git server) keeps vendor unknown (docs/methodology.md
/// section 3).
@Suite struct PresumedStewardTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func classify(_ purls: [String], firstParty: Bool = false) throws -> [String: Classification] {
        let system = SystemInventory(name: "s", root: "/s", components: try purls.map {
            try component($0, scope: .compile, direct: true, firstParty: firstParty)
        })
        let result = classifier.classify(system) { _ in nil }
        var found: [String: Classification] = [:]
        for purl in purls { found[purl] = try #require(result.classification(of: try PackageURL(parsing: purl))) }
        return found
    }

    private func vendorReason(_ classification: Classification?) -> String {
        classification?.explanation.first { $0.fact == "vendor" }?.reason ?? ""
    }

    @Test func packagesPublishedUnderTheirMaintainersOwnNameArePresumedIndependent() throws {
        let expected = [
            "pkg:swift/github.com/small-studio/TextKit@1.2.0": "github.com/small-studio, an account",
            "pkg:swift/gitlab.com/jane/swift-lib@0.3.0": "gitlab.com/jane",
            "pkg:maven/io.github.jane-doe/json-helpers@2.0.1": "io.github.jane-doe lies under io.github",
            "pkg:maven/com.github.someone/datatables@8.0.0": "under com.github",
            "pkg:maven/net.sourceforge.cleaner/cleaner@2.29": "under net.sourceforge",
            "pkg:npm/tiny-phone-format@1.0.0": "an unscoped npm package",
        ]
        let found = try classify(Array(expected.keys))
        for (purl, evidence) in expected {
            let item = try #require(found[purl])
            #expect(item.vendor?.id == "independent", "\(purl)")
            #expect(item.vendor?.isPresumed == true, "\(purl)")
            #expect(item.bloc == .unknown, "\(purl): independent maintainers have no seat")
            let reason = vendorReason(item)
            #expect(reason.hasPrefix("presumed: no rule names a steward"), "\(purl): \(reason)")
            #expect(reason.contains(evidence), "\(purl): \(reason)")
        }
    }

    @Test func packagesPublishedUnderACompanysNameKeepAnUnknownVendor() throws {
        let purls = [
            "pkg:maven/com.example.corp/client@1.0.0",  // a domain: whoever holds it may be a company
            "pkg:maven/io.github/bare@1.0.0",  // the namespace itself, no account under it
            "pkg:npm/%40acme-corp/sdk@3.1.0",  // an npm scope
            "pkg:swift/git.acme-corp.example/mobile/acme-kit@1.0.0",  // a company's own Git server
        ]
        let found = try classify(purls)
        for purl in purls {
            #expect(found[purl]?.vendor == nil, "\(purl)")
            #expect(vendorReason(found[purl]).hasPrefix("no rule names a vendor"), "\(purl): \(vendorReason(found[purl]))")
        }
    }

    /// An account that rules name as a company's for some of its Swift packages is not a person's: its other packages
    /// keep vendor unknown, and the explanation names the company.
    @Test func anotherPackageOfACompanysAccountIsNotPresumed() throws {
        let found = try classify(["pkg:swift/github.com/facebook/unlisted-kit@1.0.0",
                                  "pkg:swift/github.com/Square/unlisted-kit@1.0.0"])
        for (purl, company) in [("pkg:swift/github.com/facebook/unlisted-kit@1.0.0", "Meta"),
                                ("pkg:swift/github.com/Square/unlisted-kit@1.0.0", "Block")] {
            #expect(found[purl]?.vendor == nil, "\(purl)")
            let reason = vendorReason(found[purl])
            #expect(reason.contains("rules name other packages of its account as") && reason.contains(company),
                    "\(purl): \(reason)")
        }
    }

    /// GitHub Actions that workflows use (modelled on the sets' workflows: `softprops/action-gh-release`,
    /// `peter-evans/create-pull-request`) are published under their maintainers' own account like Swift packages;
    /// one from an account rules name as a company's takes that company; an official action keeps its rule.
    @Test func gitHubActionsArePresumedLikeSwiftPackages() throws {
        let purls = ["pkg:github/softprops/action-gh-release@v2", "pkg:github/airbnb/unlisted-action@v1",
                     "pkg:github/actions/checkout@v4"]
        let system = SystemInventory(name: "s", root: "/s", components: try purls.map { text in
            let purl = try PackageURL(parsing: text)
            return Component(purl: purl, ecosystem: .ci, group: purl.namespace, name: purl.name, version: purl.version,
                             isDirect: true)
        })
        let result = classifier.classify(system) { _ in nil }
        let person = try #require(result.classification(of: try PackageURL(parsing: purls[0])))
        #expect(person.vendor?.id == "independent" && person.vendor?.isPresumed == true)
        #expect(vendorReason(person).contains("the action is published from github.com/softprops, an account"),
                "\(vendorReason(person))")
        let company = try #require(result.classification(of: try PackageURL(parsing: purls[1])))
        #expect(company.vendor?.id == "airbnb" && company.vendor?.isPresumed != true, "\(vendorReason(company))")
        #expect(vendorReason(company).contains("a GitHub Action of github.com/airbnb"), "\(vendorReason(company))")
        let official = try #require(result.classification(of: try PackageURL(parsing: purls[2])))
        #expect(official.vendor?.id == "github" && official.vendor?.isPresumed != true)
    }

    /// A supplier's SBOM may list GitHub repositories as `pkg:github/OWNER/NAME` (a library vendored from GitHub, a
    /// GitHub Action): imported, they are presumed as a Swift package of the same account is, and an account rules
    /// name as a company's is not presumed independent.
    @Test func gitHubRepositoriesOfASuppliersSBOMArePresumedByTheirAccount() throws {
        let sbom = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"type": "library", "name": "tiny-lib", "version": "1.2.0", "purl": "pkg:github/tinyauthor/tiny-lib@1.2.0"},
              {"type": "library", "name": "unlisted-kit", "version": "2.0.0", "purl": "pkg:github/airbnb/unlisted-kit@2.0.0"}
            ]}
            """
        let system = SBOMImporter().importSystem(bytes: Array(sbom.utf8), file: "supplier.cdx.json")
        #expect(system.components.count == 2, "\(system.diagnostics)")
        let result = classifier.classify(system) { _ in nil }
        let person = try #require(result.classification(of: try PackageURL(parsing: "pkg:github/tinyauthor/tiny-lib@1.2.0")))
        #expect(person.vendor?.id == "independent" && person.vendor?.isPresumed == true, "\(vendorReason(person))")
        #expect(vendorReason(person).contains("published from github.com/tinyauthor"), "\(vendorReason(person))")
        let company = try #require(result.classification(of: try PackageURL(parsing: "pkg:github/airbnb/unlisted-kit@2.0.0")))
        #expect(company.vendor?.isPresumed != true, "\(vendorReason(company))")
        #expect(company.vendor?.id != "independent", "\(vendorReason(company))")
    }

    /// A binding rule names the platform's vendor, not the steward of the account: Vapor's APNs client binds to
    /// Apple's service, so Vapor's CI workflow (`vapor/ci`, used by Penny) is no Apple package.
    @Test func aBindingDoesNotMakeAnAccountThePlatformVendors() throws {
        let purl = try PackageURL(parsing: "pkg:github/vapor/ci@main")
        let system = SystemInventory(name: "s", root: "/s", components: [
            Component(purl: purl, ecosystem: .ci, group: "vapor", name: "ci", version: "main", isDirect: true),
        ])
        let found = try #require(classifier.classify(system) { _ in nil }.classification(of: purl))
        #expect(found.vendor?.id != "apple", "\(vendorReason(found))")
        #expect(!vendorReason(found).contains("Apple"), "\(vendorReason(found))")
        #expect(found.vendor?.id == "independent" && found.vendor?.isPresumed == true, "\(vendorReason(found))")
    }

    /// A binding rule for one client package (octokit.swift binds to GitHub's API) says nothing about who keeps the
    /// rest of that person's account: another of their packages is presumed independent, not GitHub's.
    @Test func aBindingOfOnePackageClaimsNoAccount() throws {
        let found = try classify(["pkg:swift/github.com/nerdishbynature/RequestKit@3.3.0"])
        let item = try #require(found["pkg:swift/github.com/nerdishbynature/RequestKit@3.3.0"])
        #expect(item.vendor?.id == "independent" && item.vendor?.isPresumed == true, "\(vendorReason(item))")
        #expect(!vendorReason(item).contains("GitHub"), "\(vendorReason(item))")
    }

    @Test func aRulesStewardIsNeverPresumed() throws {
        let found = try classify(["pkg:npm/express@4.21.2", "pkg:swift/github.com/apple/swift-log@1.6.1",
                                  "pkg:swift/github.com/wishkit/wishkit-ios@4.7.0"])
        #expect(found["pkg:npm/express@4.21.2"]?.vendor?.id == "openjs")
        #expect(found["pkg:swift/github.com/apple/swift-log@1.6.1"]?.vendor?.id == "apple")
        #expect(found["pkg:swift/github.com/wishkit/wishkit-ios@4.7.0"]?.vendor?.id == "wishkit",
                "a small company's SDK under its own account, which the presumption would miss, is named by a rule")
        for item in found.values { #expect(item.vendor?.presumed == nil, "\(item.purl)") }
    }

    /// AngularJS is Google's, though its npm packages have no scope; its and Moment's classic WebJars are named
    /// unlike their npm packages, so neither is presumed independent maintainers'.
    @Test func unscopedPackagesOfKnownStewardsAreNamedNotPresumed() throws {
        let expected = [
            "pkg:npm/angular@1.8.3": "google", "pkg:npm/angular-route@1.8.3": "google",
            "pkg:maven/org.webjars/angularjs@1.8.3": "google", "pkg:maven/org.webjars.bower/angular-sanitize@1.8.3": "google",
            "pkg:maven/org.webjars/momentjs@2.30.1": "openjs",
        ]
        let found = try classify(Array(expected.keys))
        for (purl, vendor) in expected {
            #expect(found[purl]?.vendor?.id == vendor, "\(purl)")
            #expect(found[purl]?.vendor?.isPresumed == false, "\(purl)")
            #expect(found[purl]?.level == .frontend, "\(purl)")
        }
    }

    @Test func theSystemsOwnModulesHaveNoPresumedVendor() throws {
        let found = try classify(["pkg:npm/my-app@1.0.0", "pkg:maven/io.github.team/service@1.0.0"], firstParty: true)
        for item in found.values { #expect(item.vendor == nil, "\(item.purl)") }
    }

    @Test func aPresumedVendorIsMarkedInTheJSONAndANamedOneIsNot() throws {
        let found = try classify(["pkg:npm/tiny-phone-format@1.0.0", "pkg:npm/express@4.21.2"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let presumed = String(decoding: try encoder.encode(try #require(found["pkg:npm/tiny-phone-format@1.0.0"]?.vendor)),
                              as: UTF8.self)
        let named = String(decoding: try encoder.encode(try #require(found["pkg:npm/express@4.21.2"]?.vendor)), as: UTF8.self)
        #expect(presumed.contains(#""presumed":true"#), "\(presumed)")
        #expect(!named.contains("presumed"), "\(named)")
    }

    /// An SBOM says a presumed vendor is presumed, as the JSON and CSV do; the importer leaves the fact out.
    @Test func aPresumedVendorIsMarkedInSBOMProperties() throws {
        let found = try classify(["pkg:npm/tiny-phone-format@1.0.0", "pkg:npm/express@4.21.2"])
        let presumed = try #require(found["pkg:npm/tiny-phone-format@1.0.0"]).sbomProperties
        let named = try #require(found["pkg:npm/express@4.21.2"]).sbomProperties
        #expect(presumed.contains { $0 == ("sovscan:vendor-presumed", "true") }, "\(presumed)")
        #expect(!named.contains { $0.name == "sovscan:vendor-presumed" }, "\(named)")
        #expect(SovScanPropertyNames.classificationNames.contains("sovscan:vendor-presumed"))
    }

    /// A WebJar repackages an npm package for Maven: its steward is that package's, named or presumed as for npm.
    @Test func aWebJarHasTheStewardOfTheNpmPackageItRepackages() throws {
        let found = try classify([
            "pkg:maven/org.webjars.npm/react@18.2.0", "pkg:maven/org.webjars.npm/angular__core@17.0.0",
            "pkg:maven/org.mvnpm.at.angular/core@17.0.0", "pkg:maven/org.webjars/jstree@3.3.7",
            "pkg:maven/org.webjars.npm/acme-corp__widgets@1.0.0",
        ])
        let react = try #require(found["pkg:maven/org.webjars.npm/react@18.2.0"])
        #expect(react.vendor?.id == "meta" && react.vendor?.isPresumed == false)
        #expect(vendorReason(react).contains("a WebJar of the npm package react"), "\(vendorReason(react))")
        for purl in ["pkg:maven/org.webjars.npm/angular__core@17.0.0", "pkg:maven/org.mvnpm.at.angular/core@17.0.0"] {
            #expect(found[purl]?.vendor?.id == "google", "\(purl)")
            #expect(vendorReason(found[purl]).contains("npm package @angular/core"), "\(purl): \(vendorReason(found[purl]))")
        }
        let jstree = try #require(found["pkg:maven/org.webjars/jstree@3.3.7"])
        #expect(jstree.vendor?.id == "independent" && jstree.vendor?.isPresumed == true)
        #expect(vendorReason(jstree).contains("a WebJar of the unscoped npm package jstree"))
        #expect(found["pkg:maven/org.webjars.npm/acme-corp__widgets@1.0.0"]?.vendor == nil, "a scope: a company's")
    }

    /// The online stage asks GitHub only about packages whose steward no rule names: a WebJar of a named npm package
    /// has one, as the classifier says.
    @Test func aWebJarOfANamedNpmPackageNeedsNoQuestionToGitHub() throws {
        #expect(classifier.namesSteward(of: try component("pkg:maven/org.webjars.npm/react@18.2.0")))
        #expect(classifier.namesSteward(of: try component("pkg:maven/org.mvnpm.at.angular/core@17.0.0")))
        #expect(!classifier.namesSteward(of: try component("pkg:maven/org.webjars/jstree@3.3.7")))
    }

    /// Nor about a package from an account that rules name as a company's: it is not presumed whatever GitHub says
    /// of its owner (a Swift package), or takes that company (an npm package installed from its Git repository).
    @Test func aPackageOfAnAccountRulesNameNeedsNoQuestionToGitHub() throws {
        #expect(classifier.namesSteward(of: try component("pkg:swift/github.com/square/paralayout@1.1.0")))
        #expect(!classifier.namesSteward(of: try component("pkg:swift/github.com/jane-doe/tiny-kit@1.0.0")))
        var closure = try component("pkg:npm/google-closure-library@20230802.0.0")
        closure.properties["resolved"] = "git+https://github.com/google/closure-library.git#1f2b6e1"
        #expect(classifier.namesSteward(of: closure))
        closure.properties["resolved"] = "https://registry.npmjs.org/google-closure-library/-/google-closure-library-20230802.0.0.tgz"
        #expect(!classifier.namesSteward(of: closure))
    }
}
