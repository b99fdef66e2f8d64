import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, pattern 4: the review of the vendors of the most used packages of the coverage fixtures (the 500 most
/// used npm and Maven packages and the Swift list). Each steward here was corrected by the review, with the source
/// in the rule's note or the vendor's sources.
@Suite struct VendorReviewTests {
    let rules = RuleSet.load(directories: [bundledRules]).rules

    private func vendor(_ purl: String) throws -> String? {
        Classifier(rules: rules).match(try PackageURL(parsing: purl)).technology?.vendor
    }

    @Test func stewardsCorrectedByTheReview() throws {
        let expected: [(String, String)] = [
            // OpenJS Foundation projects (its Cross Project Council's project list).
            ("pkg:npm/lodash@4.17.21", "lodash"), ("pkg:npm/lodash.merge@4.6.2", "lodash"),
            ("pkg:npm/moment@2.30.1", "openjs"), ("pkg:npm/moment-timezone@0.5.45", "openjs"),
            // jws and jwa live in their author's repositories; jsonwebtoken stays Auth0's.
            ("pkg:npm/jwa@1.4.2", "independent"), ("pkg:npm/jws@3.2.2", "independent"),
            ("pkg:npm/jsonwebtoken@9.0.2", "auth0"),
            // SWC: the swc-project organisation, funded through Open Collective.
            ("pkg:npm/%40swc/core@1.15.18", "independent"), ("pkg:npm/%40swc/core-linux-x64-gnu@1.15.18", "independent"),
            ("pkg:npm/telecom-mas-agent@1.0.12", "independent"),
            // The other date libraries keep their family.
            ("pkg:npm/dayjs@1.11.13", "independent"),
            // Stax2 API is FasterXML's (Jackson; FasterXML is part of Commonhaus); the rest of Codehaus keeps its family.
            ("pkg:maven/org.codehaus.woodstox/stax2-api@4.2.2", "fasterxml"),
            ("pkg:maven/org.codehaus.janino/janino@3.1.12", "independent"),
            ("pkg:maven/com.softwaremill.sttp.client3/core_2.13@3.9.8", "softwaremill"),
            ("pkg:maven/io.circe/circe-core_2.13@0.14.10", "independent"),
        ]
        for (purl, id) in expected {
            #expect(try vendor(purl) == id, "\(purl)")
            #expect(rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
    }

    @Test func seatsOfTheNewAndCorrectedStewards() {
        let lodash = rules.vendors["lodash"]
        #expect(lodash?.parent == "openjs")
        #expect(lodash?.bloc == .us && lodash?.governance == .foundation)
        #expect(rules.vendors["softwaremill"]?.country == "PL")
        #expect(rules.vendors["softwaremill"]?.bloc == .eu)
    }
}
