import Testing
@testable import Classification
import SovScanModel

/// Issue 15: rules fixed after the tenth sample's blind measurement, each settled by a source (the rule notes): the
/// stewards of the Utrecht components, TopBraid SHACL, the Dynatrace agent, JOSESwift, swiyu's libraries, RediStack's
/// old home, the Thymeleaf Layout Dialect, Feathers and Bree; Elastic's APM agent as operations support; Dynatrace as a binding.
@Suite struct TenthSampleTruthTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func stewards() throws {
        let expected: [(String, String)] = [
            ("pkg:npm/%40utrecht/component-library-react@14.0.2", "nl-design-system"),
            ("pkg:maven/org.topbraid/shacl@1.4.3", "topquadrant"),
            ("pkg:swift/github.com/Dynatrace/swift-mobile-sdk@8.309.1", "dynatrace"),
            ("pkg:swift/github.com/airsidemobile/JOSESwift@2.4.0", "airsidemobile"),
            ("pkg:swift/github.com/swiyu-admin-ch/didresolver-swift@2.0.0", "foitt"),
            ("pkg:swift/gitlab.com/mordil/RediStack@1.2.0", "swift-server"),
            ("pkg:maven/nz.net.ultraq.thymeleaf/thymeleaf-layout-dialect@3.4.0", "independent"),
            ("pkg:npm/%40feathersjs/authentication-local@5.0.46", "independent"),
            ("pkg:npm/%40breejs/later@4.1.0", "independent"),
        ]
        for (purl, vendor) in expected { #expect(try match(purl).technology?.vendor == vendor, "\(purl)") }
        // Thymeleaf itself stays the Thymeleaf project's.
        #expect(try match("pkg:maven/org.thymeleaf/thymeleaf@3.1.3").technology?.vendor == "thymeleaf")
    }

    @Test func monitoringAgents() throws {
        let apm = try match("pkg:maven/co.elastic.apm/apm-agent-api@1.53.0")
        #expect(apm.technology?.level == .opsSupport)
        #expect(apm.binding == nil)
        // The Elasticsearch clients keep their level: a search engine is at database (rule elasticsearch-java).
        #expect(try match("pkg:maven/co.elastic.clients/elasticsearch-java@8.15.0").technology?.level == .database)
        // So is the engine's image, from Docker Hub or Elastic's own registry; Kibana and Logstash serve operations.
        for image in ["pkg:docker/library/elasticsearch@8.15.0",
                      "pkg:docker/docker.elastic.co/elasticsearch/elasticsearch@8.15.0"] {
            #expect(try match(image).technology?.level == .database, "\(image)")
        }
        #expect(try match("pkg:docker/docker.elastic.co/kibana/kibana@8.15.0").technology?.level == .opsSupport)
        let dynatrace = try match("pkg:swift/github.com/Dynatrace/swift-mobile-sdk@8.309.1")
        #expect(dynatrace.technology?.level == .opsSupport)
        #expect(dynatrace.binding?.platform == "Dynatrace")
    }
}
