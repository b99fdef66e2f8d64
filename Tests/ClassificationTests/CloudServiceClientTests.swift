import Foundation
import Testing
@testable import Classification
import SovScanModel

/// Issue 15: a client of one managed cloud service takes the level of that service (docs/methodology.md, "Clients of
/// managed cloud services"), what it pulls in inherits that level, and the binding stays the SDK's platform.
@Suite struct CloudServiceClientTests {
    let classifier = Classifier(rules: RuleSet.load(directories: [bundledRules]).rules)

    private func match(_ purl: String) throws -> RuleMatch {
        classifier.match(try PackageURL(parsing: purl))
    }

    @Test func eachServiceClientHasItsServicesLevelAndKeepsItsBinding() throws {
        let expected: [(String, StackLevel, String)] = [
            ("pkg:npm/%40aws-sdk/client-dynamodb@3.700.0", .database, "AWS"),
            ("pkg:npm/%40aws-sdk/lib-dynamodb@3.700.0", .database, "AWS"),
            ("pkg:maven/software.amazon.awssdk/dynamodb-enhanced@2.29.0", .database, "AWS"),
            ("pkg:npm/%40azure/cosmos@4.2.0", .database, "Azure"),
            ("pkg:maven/com.google.cloud/google-cloud-firestore@3.30.0", .database, "Google Cloud"),
            ("pkg:npm/%40aws-sdk/client-sqs@3.700.0", .middleware, "AWS"),
            ("pkg:maven/com.azure/azure-messaging-servicebus@7.17.0", .middleware, "Azure"),
            ("pkg:npm/%40google-cloud/pubsub@4.9.0", .middleware, "Google Cloud"),
            ("pkg:npm/%40aws-sdk/client-cloudwatch-logs@3.700.0", .opsSupport, "AWS"),
            ("pkg:npm/aws-xray-sdk-core@3.10.0", .opsSupport, "AWS"),
            ("pkg:npm/%40aws-lambda-powertools/logger@2.11.0", .opsSupport, "AWS"),
            ("pkg:npm/%40google-cloud/profiler@6.0.5", .opsSupport, "Google Cloud"),
            ("pkg:maven/com.google.cloud/google-cloud-logging-logback@0.131.0-alpha", .opsSupport, "Google Cloud"),
            ("pkg:npm/%40azure/monitor-query@1.3.0", .opsSupport, "Azure"),
        ]
        for (purl, level, platform) in expected {
            let found = try match(purl)
            #expect(found.technology?.level == level, "\(purl)")
            #expect(found.binding?.platform == platform, "\(purl)")
        }
        // General clients and analytics services keep the level of the code that calls them.
        for purl in ["pkg:npm/%40aws-sdk/client-s3@3.700.0", "pkg:npm/%40google-cloud/bigquery@7.9.0",
                     "pkg:maven/software.amazon.awssdk/s3@2.29.0"] {
            #expect(try match(purl).technology?.level == nil, "\(purl)")
        }
        #expect(try match("pkg:npm/elastic-apm-node@4.8.0").technology?.level == .opsSupport)
        // Azure Monitor is one technology whichever of its SDKs a system uses.
        let monitor = try match("pkg:npm/%40azure/monitor-query@1.3.0").technology?.name
        for purl in ["pkg:npm/applicationinsights@2.9.8", "pkg:npm/%40azure/monitor-opentelemetry@1.8.0",
                     "pkg:maven/com.microsoft.azure/applicationinsights-core@3.6.2"] {
            #expect(try match(purl).technology?.name == monitor, "\(purl)")
        }
        #expect(try match("pkg:npm/dynamoose@4.0.2").technology?.level == .database)
    }

    /// In a server, what only the profiler pulls in is operations support, what the queue client pulls in is
    /// middleware, and a general client (S3) is backend like the server.
    @Test func whatAServiceClientPullsInInheritsItsLevel() throws {
        let app = "pkg:npm/server@1.0.0", express = "pkg:npm/express@4.21.2"
        let profiler = "pkg:npm/%40google-cloud/profiler@6.0.5", pprof = "pkg:npm/pprof@4.0.0"
        let npmlog = "pkg:npm/npmlog@5.0.1", sqs = "pkg:npm/%40aws-sdk/client-sqs@3.700.0"
        let credentials = "pkg:npm/%40aws-sdk/credential-provider-node@3.700.0"
        let s3 = "pkg:npm/%40aws-sdk/client-s3@3.700.0", xml = "pkg:npm/fast-xml-parser@4.5.0"
        let direct = [express, profiler, sqs, s3]
        let purls = [app] + direct + [pprof, npmlog, credentials, xml]
        let system = SystemInventory(
            name: "s", root: "/s",
            components: try purls.map { try component($0, scope: .runtime, direct: direct.contains($0), firstParty: $0 == app) },
            graph: DependencyGraph(edges: try direct.map { try edge(app, $0) } + [
                try edge(profiler, pprof), try edge(pprof, npmlog), try edge(sqs, credentials), try edge(s3, xml),
            ]))
        let result = classifier.classify(system) { _ in nil }
        func level(_ purl: String) throws -> StackLevel? {
            try #require(result.classification(of: try PackageURL(parsing: purl))).level
        }
        #expect(try level(profiler) == .opsSupport)
        #expect(try level(npmlog) == .opsSupport)
        #expect(try level(sqs) == .middleware)
        #expect(try level(credentials) == .middleware)
        #expect(try level(s3) == .backend)
        #expect(try level(xml) == .backend)
    }
}
