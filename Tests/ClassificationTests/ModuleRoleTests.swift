import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, tenth session: a Maven module's role from its own POM's words. A test identity provider that only
/// the tests use does not ship (OIOSAML.Java's `idp`: "Test Identity Provider", "IdP used for testing OIOSAML
/// 3.0"); a configuration synchroniser is operations support (eHDSI's `configuration-synchronizer`); a mock server
/// that a library ships to its users, and words that only look alike, change nothing.
@Suite struct ModuleRoleTests: ScansFixtures {
    @Test func wordsThatNameATestServer() {
        for text in ["Test Identity Provider", "IdP used for testing OIOSAML 3.0", "Registry :: Utils :: RAML Test Microservice",
                     "raml-test-micro-service", "Mock OAuth server", "stub-backend", "Service for tests of the portal"] {
            #expect(ModuleRole.clauses(of: text).contains(where: ModuleRole.saysTestServer), "\(text)")
        }
        for text in ["Durable Execution :: Testing Utilities", "CDOC2 server stub generation from OpenAPI spec",
                     "Quarkus Sample :: Super-Heroes :: Heroes Microservice", "Support :: Test Database",
                     "Jhipster Sample Application", "Service for test data", "Test :: Server", "mockserver-netty"] {
            #expect(!ModuleRole.clauses(of: text).contains(where: ModuleRole.saysTestServer), "\(text)")
        }
    }

    @Test func wordsThatNameConfigurationTooling() {
        for text in ["configuration-synchronizer", "Config sync", "Synchronises configuration"] {
            #expect(ModuleRole.clauses(of: text).contains(where: ModuleRole.saysConfigurationSync), "\(text)")
        }
        for text in ["Azure AD Sync", "os2skoledata-azure-ad-sync", "Registry :: Config Index :: Runtime",
                     "Durable Execution :: Engine Migrations", "Support :: v4 Migrator", "Common :: Config"] {
            #expect(!ModuleRole.clauses(of: text).contains(where: ModuleRole.saysConfigurationSync), "\(text)")
        }
    }

    /// OIOSAML.Java's shape: what only the test identity provider declares is development tooling, named with the
    /// POM's words; what the library declares too ships.
    @Test func whatOnlyATestIdentityProviderDeclaresDoesNotShip() throws {
        let (_, result) = try scan("maven-module-roles/saml-library")
        let (starter, reason) = try level(result, "pkg:maven/org.springframework.boot/spring-boot-starter-web")
        #expect(starter == .developmentTooling)
        #expect(reason.contains("saml-idp") && reason.contains("'Test Identity Provider'"), "\(reason)")
        #expect(try level(result, "pkg:maven/org.webjars/bootstrap").0 == .developmentTooling)
        #expect(try level(result, "pkg:maven/org.slf4j/slf4j-api").0 == .backend)
        #expect(try level(result, "pkg:maven/org.opensaml/opensaml-core").0 == .backend)
    }

    /// A mock server that the library's own shipping module depends on is the product: it keeps its levels.
    @Test func aMockServerThatShipsKeepsItsLevels() throws {
        let (_, result) = try scan("maven-module-roles/mock-library")
        #expect(try level(result, "pkg:maven/io.netty/netty-codec-http").0 == .backend)
    }

    /// eHDSI's shape: what only the configuration synchroniser declares is operations support, unless a rule gives
    /// it a level (the database driver it writes the table with); what the connector declares too stays backend.
    @Test func whatOnlyAConfigurationSynchroniserDeclaresIsOpsSupport() throws {
        let (_, result) = try scan("maven-module-roles/connector")
        let (beanutils, reason) = try level(result, "pkg:maven/commons-beanutils/commons-beanutils")
        #expect(beanutils == .opsSupport)
        #expect(reason.contains("configuration-synchronizer") && reason.contains("artifactId"), "\(reason)")
        #expect(try level(result, "pkg:maven/commons-io/commons-io").0 == .opsSupport)
        #expect(try level(result, "pkg:maven/org.mariadb.jdbc/mariadb-java-client").0 == .database)
        #expect(try level(result, "pkg:maven/org.apache.commons/commons-lang3").0 == .backend)
        #expect(try level(result, "pkg:maven/dk.example.ncp/configuration-synchronizer").0 == .opsSupport)
    }
}
