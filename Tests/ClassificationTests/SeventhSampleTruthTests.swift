import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: rules fixed after the seventh sample's blind measurement, each settled by a source (the rule notes):
/// object-relational mappers are the database access layer, platform log encoders operations support, and the
/// stewards of Unirest, Java CFEnv, Postman's libraries, Ajv's personal-account helpers and CodeEdit's packages.
@Suite struct SeventhSampleTruthTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func rule(_ purl: String) throws -> TechnologyRule? {
        classifier.match(try PackageURL(parsing: purl)).technology
    }

    @Test func mappersAreTheDatabaseLayerAndValidatorsStayBackend() throws {
        for purl in ["pkg:maven/org.hibernate.orm/hibernate-core@6.6.4.Final", "pkg:maven/org.hibernate/hibernate-core@5.6.15.Final",
                     "pkg:maven/jakarta.persistence/jakarta.persistence-api@3.1.0", "pkg:maven/javax.persistence/javax.persistence-api@2.2"] {
            #expect(try rule(purl)?.level == .database, "\(purl)")
            #expect(try rule(purl)?.name == "Hibernate ORM and the Jakarta Persistence API", "\(purl): one technology")
        }
        #expect(try rule("pkg:maven/org.hibernate.orm/hibernate-micrometer@6.6.4.Final")?.level == .opsSupport)
        #expect(try rule("pkg:maven/org.hibernate.validator/hibernate-validator@8.0.1.Final")?.level == .backend)
        #expect(try rule("pkg:maven/org.hibernate.orm/hibernate-jpamodelgen@6.6.4.Final")?.level == .developmentTooling)
        #expect(try rule("pkg:maven/javax.servlet/javax.servlet-api@4.0.1")?.vendor == "eclipse")
    }

    @Test func stewardsAndPlatformLogging() throws {
        let expected: [(String, String)] = [
            ("pkg:maven/com.konghq/unirest-java-core@4.4.5", "kong"),
            ("pkg:maven/io.pivotal.cfenv/java-cfenv-boot@2.4.2", "broadcom"),
            ("pkg:npm/postman-url-encoder@3.0.8", "postman"),
            ("pkg:npm/fast-deep-equal@3.1.3", "independent"),
            ("pkg:npm/ajv@8.17.1", "openjs"),
            ("pkg:swift/github.com/CodeEditApp/CodeEditTextView@0.12.1", "independent"),
            ("pkg:swift/github.com/ChimeHQ/LanguageClient@0.8.2", "independent"),
        ]
        for (purl, vendor) in expected { #expect(try rule(purl)?.vendor == vendor, "\(purl)") }
        let logging = try rule("pkg:maven/com.sap.hcp.cf.logging/cf-java-logging-support-logback@3.7.0")
        #expect(logging?.level == .opsSupport)
        #expect(logging?.vendor == "sap")
        #expect(try rule("pkg:swift/github.com/groue/Semaphore@0.1.0")?.level == nil, "a concurrency utility, no database")
        #expect(try rule("pkg:swift/github.com/groue/GRDB.swift@7.0.0")?.level == .database)
    }
}
