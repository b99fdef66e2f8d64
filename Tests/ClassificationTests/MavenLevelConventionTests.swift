import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15, ninth session: the level conventions of the labelled README's "Conventions" section for Maven (data
/// access is `database`, a Spring Boot starter takes the level of what it starts, Quarkus extensions' deployment
/// artefacts run at build time, a library's demo application does not ship) and the stewards and bindings the
/// labels settled (FasterXML's Woodstox, the Alamofire Software Foundation's seat, Confluent's serializers).
@Suite struct MavenLevelConventionTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    private func level(_ purl: String) throws -> StackLevel? {
        try match(purl).technology?.level
    }

    @Test func springBootStartersTakeTheLevelOfWhatTheyStart() throws {
        for name in ["spring-boot-starter-data-jpa", "spring-boot-starter-data-jdbc", "spring-boot-starter-jdbc",
                     "spring-boot-starter-flyway", "spring-boot-starter-liquibase", "spring-boot-starter-data-redis",
                     "spring-boot-data-jpa", "spring-boot-jdbc", "spring-boot-flyway"] {
            #expect(try level("pkg:maven/org.springframework.boot/\(name)@3.5.0") == .database, "\(name)")
        }
        for name in ["spring-boot-starter-web", "spring-boot-starter-security", "spring-boot-starter-thymeleaf",
                     "spring-boot-starter-validation", "spring-boot-starter", "spring-boot-starter-data-rest"] {
            #expect(try level("pkg:maven/org.springframework.boot/\(name)@3.5.0") == .backend, "\(name)")
        }
        #expect(try level("pkg:maven/org.springframework.boot/spring-boot-starter-amqp@3.5.0") == .middleware)
        #expect(try level("pkg:maven/org.springframework.boot/spring-boot-starter-batch@3.5.0") == .dataTechnology)
        #expect(try level("pkg:maven/org.springframework.boot/spring-boot-starter-actuator@3.5.0") == .opsSupport)
        // Spring Boot 4's test modules and test starters, which a data module's name must not pull into database.
        for name in ["spring-boot-data-jpa-test", "spring-boot-starter-jdbc-test", "spring-boot-starter-test"] {
            #expect(try level("pkg:maven/org.springframework.boot/\(name)@4.0.0") == .developmentTooling, "\(name)")
        }
    }

    @Test func springsDataAccessModulesAreDatabase() throws {
        for purl in ["pkg:maven/org.springframework.data/spring-data-jpa@3.5.0",
                     "pkg:maven/org.springframework.data/spring-data-envers@3.5.0",
                     "pkg:maven/org.springframework.data/spring-data-commons@3.5.0",
                     "pkg:maven/org.springframework/spring-jdbc@6.2.0", "pkg:maven/org.springframework/spring-orm@6.2.0"] {
            #expect(try level(purl) == .database, "\(purl)")
            #expect(try match(purl).technology?.vendor == "broadcom", "\(purl)")
        }
        #expect(try level("pkg:maven/org.springframework.data/spring-data-rest-webmvc@4.5.0") == .backend)
        #expect(try level("pkg:maven/org.springframework/spring-webmvc@6.2.0") == .backend)
        #expect(try level("pkg:maven/org.springframework/spring-tx@6.2.0") == .backend)
    }

    @Test func quarkusDeploymentArtefactsRunAtBuildTime() throws {
        #expect(try level("pkg:maven/io.quarkus/quarkus-arc-deployment@3.15.1") == .developmentTooling)
        #expect(try level("pkg:maven/io.quarkus/quarkus-rest-deployment@3.15.1") == .developmentTooling)
        #expect(try level("pkg:maven/io.quarkus/quarkus-extension-processor@3.15.1") == .developmentTooling)
        #expect(try level("pkg:maven/io.quarkus/quarkus-arc@3.15.1") == .backend)
        #expect(try match("pkg:maven/io.quarkus/quarkus-arc-deployment@3.15.1").technology?.vendor == "commonhaus")
    }

    /// Apicurio Registry's shape: the app module and a Quarkus extension whose deployment module declares the
    /// deployment artefact of ArC; what only the deployment module declares is build time.
    @Test func whatOnlyAnExtensionsDeploymentModuleDeclaresIsBuildTime() throws {
        let app = "pkg:maven/io.apicurio/apicurio-registry-app@3.0.0"
        let deployment = "pkg:maven/io.apicurio/apicurio-registry-config-index-deployment@3.0.0"
        let arcDeployment = "pkg:maven/io.quarkus/quarkus-arc-deployment@3.15.1"
        let rest = "pkg:maven/io.quarkus/quarkus-rest@3.15.1"
        let system = SystemInventory(
            name: "registry", root: "/registry",
            components: [try component(app, firstParty: true), try component(deployment, firstParty: true),
                         try component(arcDeployment, direct: true), try component(rest, direct: true)],
            graph: DependencyGraph(edges: [try edge(app, rest), try edge(deployment, arcDeployment)]))
        let result = classifier.classify(system) { _ in nil }
        #expect(result.classification(of: try PackageURL(parsing: arcDeployment))?.level == .developmentTooling)
        #expect(result.classification(of: try PackageURL(parsing: rest))?.level == .backend)
    }

    /// OIOSAML.Java's shape: the library ships; its `demo` web application, which the integration test drives,
    /// does not, so what only the demo declares is development tooling, and what the library declares too ships.
    @Test func whatOnlyALibrarysDemoDeclaresDoesNotShip() throws {
        let library = "pkg:maven/dk.digst/oiosaml3.java@3.2.3"
        let demo = "pkg:maven/dk.digst/oiosaml3-demo@3.2.3?type=war"
        let jstl = "pkg:maven/javax.servlet.jsp.jstl/javax.servlet.jsp.jstl-api@1.2.2"
        let slf4j = "pkg:maven/org.slf4j/slf4j-api@1.7.32"
        let opensaml = "pkg:maven/org.opensaml/opensaml-core@3.4.5"
        var libraryModule = try component(library, firstParty: true)
        libraryModule.locations = [SourceLocation(file: "oiosaml/pom.xml", line: 3)]
        var demoModule = try component(demo, firstParty: true)
        demoModule.locations = [SourceLocation(file: "demo/pom.xml", line: 3)]
        let system = SystemInventory(
            name: "oiosaml", root: "/oiosaml",
            components: [libraryModule, demoModule, try component(jstl, direct: true), try component(slf4j, direct: true),
                         try component(opensaml, direct: true)],
            graph: DependencyGraph(edges: [try edge(library, opensaml), try edge(library, slf4j), try edge(demo, jstl),
                                           try edge(demo, slf4j), try edge(demo, library)]))
        let result = classifier.classify(system) { _ in nil }
        let only = try #require(result.classification(of: try PackageURL(parsing: jstl)))
        #expect(only.level == .developmentTooling)
        #expect(only.explanation.contains { $0.fact == "level" && $0.reason.contains("oiosaml3-demo") })
        #expect(result.classification(of: try PackageURL(parsing: slf4j))?.level == .backend)
        #expect(result.classification(of: try PackageURL(parsing: opensaml))?.level == .backend)
    }

    @Test func levelsOfServiceLibrariesTheLabelsSettled() throws {
        #expect(try level("pkg:maven/io.smallrye.stork/stork-service-discovery-knative@2.7.0") == .middleware)
        #expect(try match("pkg:maven/io.smallrye.stork/stork-core@2.7.0").technology?.vendor == "redhat")
        #expect(try level("pkg:maven/io.smallrye.reactive/mutiny@2.6.0") == .backend)
        #expect(try level("pkg:maven/no.nav.foreldrepenger.felles/felles-db@7.6.11") == .database)
        #expect(try level("pkg:maven/no.nav.foreldrepenger.felles.integrasjon/kafka-properties@7.6.11") == .middleware)
        #expect(try level("pkg:maven/no.nav.foreldrepenger.felles/felles-log@7.6.11") == nil, "other NAV modules: by use")
        #expect(try level("pkg:maven/dk.digitalidentity/downdetector-module-java21@1.0.2") == .opsSupport)
        #expect(try level("pkg:maven/dk.digitalidentity/saml-module@3.0.0") == .backend)
    }

    @Test func stewardsAndBindingsTheLabelsSettled() throws {
        // Woodstox and Jackson are FasterXML's, itself part of the Commonhaus Foundation.
        for purl in ["pkg:maven/com.fasterxml.woodstox/woodstox-core@7.2.2",
                     "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2"] {
            #expect(try match(purl).technology?.vendor == "fasterxml", "\(purl)")
        }
        #expect(classifier.rules.vendors["fasterxml"]?.parent == "commonhaus")
        // The Alamofire Software Foundation is registered as a US non-profit.
        let alamofire = classifier.rules.vendors["alamofire"]
        #expect(alamofire?.country == "US" && alamofire?.bloc == .us)
        #expect(try match("pkg:swift/github.com/Alamofire/Alamofire@5.10.2").technology?.vendor == "alamofire")
        // Confluent's serializers speak a schema registry the system can run itself: no binding.
        #expect(try match("pkg:maven/io.confluent/kafka-avro-serializer@8.1.0").binding == nil)
        #expect(try level("pkg:maven/io.confluent/kafka-avro-serializer@8.1.0") == .middleware)
        // So do Confluent's JavaScript clients: a Kafka client and a registry client for any broker and registry
        // (dbildungs-iam-server points it at its own KAFKA_BROKER), Confluent's middleware, no hosted service.
        for purl in ["pkg:npm/%40confluentinc/kafka-javascript@1.9.1", "pkg:npm/%40confluentinc/schemaregistry@1.10.1"] {
            let client = try match(purl)
            #expect(client.binding == nil, "\(purl)")
            #expect(client.technology?.level == .middleware && client.technology?.vendor == "confluent", "\(purl)")
        }
        // MongoDB's drivers talk to whatever MongoDB server the system runs (ORCID's message listener its own):
        // no binding to Atlas; the Realm Web SDK calls Atlas App Services, which only Atlas runs.
        for purl in ["pkg:maven/org.mongodb/mongo-java-driver@3.5.0", "pkg:maven/org.mongodb/mongodb-driver-sync@5.2.0",
                     "pkg:npm/mongodb@6.10.0", "pkg:npm/mongoose@8.9.0"] {
            #expect(try match(purl).binding == nil, "\(purl)")
        }
        #expect(try match("pkg:npm/realm-web@2.0.1").binding?.platform == "MongoDB Atlas")
        // France's platforms as a service: their Terraform providers bind a system deployed there.
        #expect(try match("pkg:generic/registry.terraform.io/scalingo/scalingo@2.3.0").binding?.platform == "Scalingo")
        #expect(classifier.rules.vendors["scalingo"]?.bloc == .eu)
        #expect(try match("pkg:generic/registry.terraform.io/clevercloud/clevercloud@0.5.0").binding?.platform == "Clever Cloud")
        // The reusable CI of accounts the rules know is theirs, not "independent".
        #expect(try match("pkg:github/diggsweden/reusable-ci@v2").technology?.vendor == "digg")
        #expect(try match("pkg:github/apicurio/apicurio-github-actions@v1").technology?.vendor == "redhat")
    }
}
