import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, vendor tail: popular npm packages that the utility families filed under `independent` although their
/// repositories belong to a person with a vendor id of their own or to a company (the 5,000 most downloaded
/// packages; each rule's note names the repositories).
@Suite struct PopularPackageStewardTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func packagesGoToTheOwnersOfTheirRepositories() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/object-assign@4.1.1", "sindresorhus"),
            ("pkg:npm/query-string@7.1.3", "sindresorhus"),
            ("pkg:npm/core-util-is@1.0.2", "isaacs"),
            ("pkg:npm/json-stringify-safe@5.0.1", "isaacs"),
            ("pkg:npm/supports-preserve-symlinks-flag@1.0.0", "ljharb"),
            ("pkg:npm/concat-map@0.0.1", "ljharb"),
            ("pkg:npm/enquirer@2.4.1", "jonschlinkert"),
            ("pkg:npm/mute-stream@2.0.0", "github"),
            ("pkg:npm/arg@5.0.2", "vercel"),
            ("pkg:npm/import-in-the-middle@1.14.2", "openjs"),
            ("pkg:npm/ajv-errors@3.0.0", "openjs"),
            ("pkg:npm/%40react-native/codegen@0.79.2", "meta"),
            ("pkg:npm/buffer-equal-constant-time@1.0.1", "salesforce"),
        ]
        for (purl, id) in expected {
            #expect(try match(purl).technology?.vendor == id, "\(purl)")
        }
    }

    @Test func companiesWithoutAVendorBeforeHaveOne() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/asn1@0.2.4", "joyent"), ("pkg:npm/sshpk@1.18.0", "joyent"),
            ("pkg:npm/cypress@13.6.0", "cypress-io"), ("pkg:npm/nx@20.1.0", "nrwl"),
            ("pkg:npm/lerna@8.1.9", "nrwl"), ("pkg:npm/react-native-screens@4.4.0", "software-mansion"),
            ("pkg:npm/mongoose@8.9.0", "automattic"), ("pkg:npm/xlsx@0.18.5", "sheetjs"),
        ]
        for (purl, id) in expected {
            #expect(try match(purl).technology?.vendor == id, "\(purl)")
            #expect(classifier.rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
        #expect(classifier.rules.vendors["joyent"]?.bloc == .us)
        #expect(classifier.rules.vendors["software-mansion"]?.bloc == .eu)
    }

    @Test func movingAPackageKeepsItsLevel() throws {
        // A steward's rule names who controls a package, not how it is used: utilities still take the level of their
        // use, and tools and frameworks keep theirs.
        #expect(try match("pkg:npm/asn1@0.2.4").technology?.level == nil)
        #expect(try match("pkg:npm/object-assign@4.1.1").technology?.level == nil)
        #expect(try match("pkg:npm/cypress@13.6.0").technology?.level == .developmentTooling)
        #expect(try match("pkg:npm/mongoose@8.9.0").technology?.level == .database)
        #expect(try match("pkg:npm/react-native-screens@4.4.0").technology?.level == .frontend)
    }

    @Test func othersInTheSameFamiliesStayWithTheirStewards() throws {
        // Community plugins of Cypress, Mongoose's helper repositories and the CSS Modules plugins are not the
        // company's or PostCSS's.
        #expect(try match("pkg:npm/cypress-real-events@1.13.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/mquery@5.0.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/postcss-modules-values@4.0.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/postcss-nested@6.2.0").technology?.vendor == "postcss")
    }

    /// A dependency is not its dependent's project: Axios needs proxy-from-env, cssnano ships its own PostCSS plugins.
    @Test func dependenciesLeaveTheirDependentsFamily() throws {
        #expect(try match("pkg:npm/proxy-from-env@1.1.0").technology?.vendor == "independent")
        #expect(try match("pkg:npm/axios@1.7.9").technology?.vendor == "axios")
        let mergeRules = try match("pkg:npm/postcss-merge-rules@5.1.4").technology
        #expect(mergeRules?.id == "js-minifiers")
        #expect(mergeRules?.level == .developmentTooling)
    }
}
