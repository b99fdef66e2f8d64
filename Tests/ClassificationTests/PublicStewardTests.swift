import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: the public bodies and companies whose own packages the first and sixth labelled samples showed
/// without a steward (the Corona-Warn-App, the EU wallet and certificate libraries, GDS's GOV.UK app and One Login,
/// Binary Birds); each rule names a steward only, so the packages keep the level of their use. Also the Commonhaus
/// Foundation's projects that the rules filed under other stewards.
@Suite struct PublicStewardTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    @Test func ownPackagesOfPublicBodiesAndCompaniesHaveTheirSteward() throws {
        let expected: [(String, String, Bloc)] = [
            ("pkg:swift/github.com/corona-warn-app/BlueRSA@4bece7a18aac6e905f5acc215719fc050c2ecbc4", "cwa", .eu),
            ("pkg:maven/app.coronawarn/cwa-parent-spring-boot@2.0.2?type=pom", "cwa", .eu),
            ("pkg:swift/github.com/eu-digital-identity-wallet/eudi-lib-ios-openid4vp-swift@0.35.1", "european-commission", .eu),
            ("pkg:swift/github.com/eu-digital-green-certificates/JSONSchema.swift@1.0.0", "european-commission", .eu),
            ("pkg:swift/github.com/alphagov/govuk-mobile-ios-ui-components@1.0.0", "gds", .uk),
            ("pkg:npm/%40govuk-one-login/frontend-device-intelligence@1.2.0", "gds", .uk),
            ("pkg:swift/github.com/BinaryBirds/swift-nanoid@1.1.1", "binarybirds", .eu),
        ]
        for (purl, id, bloc) in expected {
            let technology = classifier.match(try PackageURL(parsing: purl)).technology
            #expect(technology?.vendor == id, "\(purl)")
            #expect(technology?.level == nil, "\(purl): the level of its use")
            #expect(classifier.rules.vendors[id]?.bloc == bloc, "\(id)")
            #expect(classifier.rules.vendors[id]?.sources.isEmpty == false, "\(id) keeps its sources")
        }
    }

    /// The projects of the Commonhaus Foundation's PROJECTS.yaml that the rules filed elsewhere; each keeps its level.
    @Test func commonhausProjects() throws {
        let expected: [(String, StackLevel?)] = [
            ("pkg:maven/io.github.openfeign/feign-httpclient@13.5", nil),
            ("pkg:maven/org.easymock/easymock@5.4.0", .developmentTooling),
            ("pkg:maven/org.objenesis/objenesis@3.4", nil),
            ("pkg:maven/org.wildfly.common/wildfly-common@1.7.0.Final", .backend),
            ("pkg:maven/org.infinispan/infinispan-core@15.0.0.Final", nil),
            ("pkg:maven/org.jreleaser/jreleaser-maven-plugin@1.15.0", .developmentTooling),
        ]
        for (purl, level) in expected {
            let technology = classifier.match(try PackageURL(parsing: purl)).technology
            #expect(technology?.vendor == "commonhaus", "\(purl)")
            #expect(technology?.level == level, "\(purl)")
        }
        #expect(classifier.match(try PackageURL(parsing: "pkg:maven/org.jboss.logging/jboss-logging@3.6.1.Final")).technology?.vendor == "redhat")
    }
}
